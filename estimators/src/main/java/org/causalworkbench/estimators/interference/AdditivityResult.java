package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Outcome of {@link AdditivityCheck}: the treatment-by-signature coefficients and the F-test of
 * their joint nullity.
 *
 * @param interactionNames names of the estimable treatment-by-signature columns, such as
 *     "T x I1^2"; the signature is rescaled to [-1, 1] as in the propensity design
 * @param interactionCoefficients their least-squares coefficients, in the same order
 * @param fStatistic {@code ((RSS_0 - RSS_1) / q) / (RSS_1 / (n - p_1))}, {@code NaN} when
 *     {@code q} or {@code n - p_1} is 0
 * @param numeratorDegreesOfFreedom q, the number of estimable interaction columns
 * @param denominatorDegreesOfFreedom {@code n - p_1}, units minus columns of the larger model
 * @param pValue upper tail of the F distribution at {@code fStatistic}; 1 when both models fit
 *     exactly, 0 when only the larger one does, {@code NaN} when the test is undefined
 * @param units number n of units with a signature
 */
public record AdditivityResult(
        List<String> interactionNames,
        List<Double> interactionCoefficients,
        double fStatistic,
        int numeratorDegreesOfFreedom,
        int denominatorDegreesOfFreedom,
        double pValue,
        int units) {

    /** Copies the lists so the record stays immutable. */
    public AdditivityResult {
        interactionNames = List.copyOf(interactionNames);
        interactionCoefficients = List.copyOf(interactionCoefficients);
    }
}
