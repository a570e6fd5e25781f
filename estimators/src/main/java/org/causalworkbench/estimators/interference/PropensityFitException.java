package org.causalworkbench.estimators.interference;

/**
 * Signals that the logistic propensity fit did not converge within its iteration limit. The
 * message names the adjustment, the iteration count and what to try instead.
 */
public class PropensityFitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a complete sentence with the failed fit and the remedy
     */
    public PropensityFitException(String message) {
        super(message);
    }
}
