package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the grid GP draws and the lower-index lookup of grid functions. */
class GridGaussianProcessTest {

    private static final double VARIANCE = GpGapSimulation.RBF_VARIANCE;
    private static final double LENGTHSCALE = GpGapSimulation.DEFAULT_LENGTHSCALE;
    private static final int DRAWS = 4000;

    @Test
    void draw_hasKernelVarianceAndCorrelation_smallGrid() {
        GridGaussianProcess prior = new GridGaussianProcess(-3, 3, 61, VARIANCE, LENGTHSCALE);
        RandomGenerator random = new Well19937c(31);
        int[] indices = {0, 30, 60};
        double[] sumOfSquares = new double[indices.length];
        double neighbourProduct = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            double[] values = prior.draw(random).values();
            for (int k = 0; k < indices.length; k++) {
                sumOfSquares[k] += values[indices[k]] * values[indices[k]];
            }
            neighbourProduct += values[30] * values[35];
        }

        // Each grid value is exactly N(0, VARIANCE (1 + jitter)). The mean square of DRAWS
        // draws has SD VARIANCE sqrt(2 / DRAWS) = 0.016, and the tolerance is 4 SDs.
        double tolerance = 4 * VARIANCE * Math.sqrt(2.0 / DRAWS);
        for (int k = 0; k < indices.length; k++) {
            assertEquals(VARIANCE, sumOfSquares[k] / DRAWS, tolerance, "grid point "
                    + indices[k]);
        }
        // Grid points 30 and 35 are 0.5 apart, and the product's SD is at most VARIANCE sqrt(2).
        double expected = VARIANCE * Math.exp(-0.25 / (2 * LENGTHSCALE * LENGTHSCALE));
        assertEquals(expected, neighbourProduct / DRAWS, tolerance);
    }

    @Test
    void jitter_isSmall_fineGrid() {
        GridGaussianProcess prior = new GridGaussianProcess(-3, 3, 1000, VARIANCE, LENGTHSCALE);

        double jitter = prior.jitter();

        assertTrue(jitter >= 1e-10, "jitter " + jitter);
        assertTrue(jitter <= 1e-6, "jitter " + jitter);
    }

    @Test
    void draw_returnsSameValues_sameSeed() {
        GridGaussianProcess prior = new GridGaussianProcess(-3, 3, 50, VARIANCE, LENGTHSCALE);

        assertArrayEquals(prior.draw(new Well19937c(3)).values(),
                prior.draw(new Well19937c(3)).values(), 0.0);
    }

    @ParameterizedTest
    @CsvSource({
        "-3.0, 0",
        "-2.0, 0",
        "-1.5, 1",
        "-0.01, 1",
        "0.0, 2",
        "1.49, 2",
        "1.5, 3",
        "2.99, 3",
        "3.0, 4",
        "-7.0, 0",
        "9.0, 4"
    })
    void value_looksUpLowerGridPoint(double x, int expectedIndex) {
        GridFunction function = new GridFunction(-3, 3, new double[] {0, 1, 2, 3, 4});

        assertEquals(expectedIndex, function.value(x), 0.0);
    }

    @Test
    void value_rejectsNaN() {
        GridFunction function = new GridFunction(-3, 3, new double[] {0, 1});

        assertThrows(IllegalArgumentException.class, () -> function.value(Double.NaN));
    }

    @Test
    void constructor_rejectsEmptyRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new GridGaussianProcess(1, 1, 10, VARIANCE, LENGTHSCALE));
    }
}
