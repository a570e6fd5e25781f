package org.causalworkbench.estimators.obsexp.simulate;

/** Argument checks shared by the generators, with messages that name the setting. */
final class SimulationChecks {

    private SimulationChecks() {
    }

    /** Checks that a probability lies in the open interval (0, 1). */
    static double requireOpenProbability(double p, String name) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(name + " must lie strictly between 0 and 1, got "
                    + p + ".");
        }
        return p;
    }

    /** Checks that a probability lies in the closed interval [0, 1]. */
    static double requireProbability(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must lie between 0 and 1, got " + p
                    + ".");
        }
        return p;
    }

    /** Checks that a count is at least a minimum. */
    static int requireAtLeast(int count, int minimum, String name) {
        if (count < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got "
                    + count + ".");
        }
        return count;
    }

    /** Checks that a value is finite and positive. */
    static double requirePositive(double value, String name) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got "
                    + value + ".");
        }
        return value;
    }

    /** Checks the length of a covariate vector against the dimension of the truth. */
    static void checkDimension(double[] x, int dimension) {
        if (x.length != dimension) {
            throw new IllegalArgumentException("the point has " + x.length
                    + " covariates but the simulation has " + dimension
                    + "; pass one value per covariate.");
        }
    }
}
