package org.causalworkbench.estimators.gp;

/** Argument checks shared by the kernels. */
final class KernelChecks {

    private KernelChecks() {
    }

    /**
     * Checks the length of a log-parameter array and that every value is finite.
     *
     * @throws IllegalArgumentException if not
     */
    static void checkLogParameters(double[] logParameters, int expectedCount) {
        if (logParameters.length != expectedCount) {
            throw new IllegalArgumentException("expected " + expectedCount
                    + " log-hyperparameters, got " + logParameters.length);
        }
        for (int i = 0; i < logParameters.length; i++) {
            if (!Double.isFinite(logParameters[i])) {
                throw new IllegalArgumentException("log-hyperparameter " + i
                        + " is not finite: " + logParameters[i]);
            }
        }
    }

    /**
     * Returns {@code value} after checking that it is positive and finite.
     *
     * @throws IllegalArgumentException if not, naming {@code name}
     */
    static double checkPositive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got "
                    + value);
        }
        return value;
    }
}
