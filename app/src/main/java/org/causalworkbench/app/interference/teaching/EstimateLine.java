package org.causalworkbench.app.interference.teaching;

import java.util.OptionalDouble;

/**
 * One estimate of a teaching example, or the reason the estimator returned none.
 *
 * @param estimator the estimator's name
 * @param value the estimate, empty when the estimator rejected the data
 * @param note what the number means, or the rejection message
 */
public record EstimateLine(String estimator, OptionalDouble value, String note) {

    /** Creates a line with a number. */
    static EstimateLine of(String estimator, double value, String note) {
        return new EstimateLine(estimator, OptionalDouble.of(value), note);
    }

    /** Creates a line for an estimator that rejected the data, with its message. */
    static EstimateLine rejected(String estimator, String message) {
        return new EstimateLine(estimator, OptionalDouble.empty(), message);
    }
}
