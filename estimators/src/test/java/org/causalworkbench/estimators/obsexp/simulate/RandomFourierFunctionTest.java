package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Checks the moments of random Fourier feature functions over many draws. */
class RandomFourierFunctionTest {

    private static final int DRAWS = 3000;
    private static final double LENGTHSCALE = GpGapSimulation.DEFAULT_LENGTHSCALE;

    @Test
    void value_hasUnitVariance_overDraws() {
        RandomGenerator random = new Well19937c(17);
        double[][] points = {{0.0, 0.0}, {2.5, -1.0}, {-3.0, 3.0}};
        double[] sumOfSquares = new double[points.length];
        double[] sums = new double[points.length];
        for (int draw = 0; draw < DRAWS; draw++) {
            RandomFourierFunction h = RandomFourierFunction.draw(2, 1000, LENGTHSCALE, random);
            for (int p = 0; p < points.length; p++) {
                double value = h.value(points[p]);
                sums[p] += value;
                sumOfSquares[p] += value * value;
            }
        }

        // Given the frequencies h(x) is exactly N(0, 1), so the mean of h(x)^2 over independent
        // draws has SD sqrt(2 / DRAWS) = 0.026. The tolerance is 4 SDs.
        double tolerance = 4 * Math.sqrt(2.0 / DRAWS);
        for (int p = 0; p < points.length; p++) {
            assertEquals(1.0, sumOfSquares[p] / DRAWS, tolerance, "variance at point " + p);
            assertEquals(0.0, sums[p] / DRAWS, 4 / Math.sqrt(DRAWS), "mean at point " + p);
        }
    }

    @Test
    void value_hasRbfCovariance_overDraws() {
        RandomGenerator random = new Well19937c(18);
        double[] origin = {0.0};
        double[] near = {0.5};
        double product = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            RandomFourierFunction h = RandomFourierFunction.draw(1, 1000, LENGTHSCALE, random);
            product += h.value(origin) * h.value(near);
        }
        double expected = Math.exp(-0.25 / (2 * LENGTHSCALE * LENGTHSCALE));

        // For unit-variance normals with correlation k, Var(h h') = 1 + k^2 <= 2, so the mean
        // of DRAWS products has SD at most sqrt(2 / DRAWS). The tolerance is 4 SDs.
        assertEquals(expected, product / DRAWS, 4 * Math.sqrt(2.0 / DRAWS));
    }

    @Test
    void value_hasUnitVariance_acrossPoints() {
        RandomFourierFunction h =
                RandomFourierFunction.draw(25, 1000, LENGTHSCALE, new Well19937c(19));
        RandomGenerator random = new Well19937c(20);
        int count = 4000;
        double sumOfSquares = 0;
        for (int i = 0; i < count; i++) {
            double[] x = SimulationRandom.uniformPoint(random, 25, -3, 3);
            double value = h.value(x);
            sumOfSquares += value * value;
        }

        // In 25 dimensions random points lie about 17 lengthscales apart, so their values are
        // nearly independent, and the mean square over points has SD about sqrt(2 / 4000) =
        // 0.022. It averages to the draw's own mean square, sum(a^2 + b^2) / (2S), which has SD
        // sqrt(1 / S) = 0.032. The tolerance 0.15 is about 4 of the combined SDs.
        assertEquals(1.0, sumOfSquares / count, 0.15);
    }

    @Test
    void draw_returnsSameFunction_sameSeed() {
        double[] x = {0.3, -0.7};
        RandomFourierFunction first = RandomFourierFunction.draw(2, 100, 1, new Well19937c(5));
        RandomFourierFunction second = RandomFourierFunction.draw(2, 100, 1, new Well19937c(5));

        assertEquals(first.value(x), second.value(x), 0.0);
    }

    @Test
    void value_rejectsPoint_wrongDimension() {
        RandomFourierFunction h = RandomFourierFunction.draw(2, 10, 1, new Well19937c(5));

        assertThrows(IllegalArgumentException.class, () -> h.value(new double[] {1.0}));
    }

    @Test
    void draw_rejectsLengthscale_zero() {
        assertThrows(IllegalArgumentException.class,
                () -> RandomFourierFunction.draw(1, 10, 0, new Well19937c(5)));
    }
}
