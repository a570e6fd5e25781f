package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;

/** Central finite differences for checking analytic gradients. */
final class GradientCheck {

    /** Step in each log-scale coordinate. */
    static final double STEP = 1e-5;

    /** Relative tolerance of the comparison. */
    static final double RELATIVE_TOLERANCE = 1e-5;

    private GradientCheck() {
    }

    /** Returns the central-difference gradient of {@code function} at {@code point}. */
    static double[] centralDifferences(ToDoubleFunction<double[]> function, double[] point) {
        double[] gradient = new double[point.length];
        for (int k = 0; k < point.length; k++) {
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            gradient[k] = (function.applyAsDouble(plus) - function.applyAsDouble(minus))
                    / (2 * STEP);
        }
        return gradient;
    }

    /**
     * Asserts that each analytic entry is within {@link #RELATIVE_TOLERANCE} of the numerical
     * one, relative to the larger of its size and {@code scale}, which keeps entries near zero
     * from demanding an impossible precision.
     */
    static void assertGradientsAgree(double[] numerical, double[] analytic, double scale,
            String context) {
        assertEquals(numerical.length, analytic.length, context + ": gradient length");
        for (int k = 0; k < numerical.length; k++) {
            double tolerance = RELATIVE_TOLERANCE * Math.max(Math.abs(numerical[k]), scale);
            assertEquals(numerical[k], analytic[k], tolerance, context + ": entry " + k);
        }
    }
}
