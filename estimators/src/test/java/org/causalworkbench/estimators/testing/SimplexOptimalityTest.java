package org.causalworkbench.estimators.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Checks that the independent optimality check accepts an optimum and rejects other points. */
class SimplexOptimalityTest {

    /** Two donors at 0 and 2 over two periods. The target 0.5 is fitted exactly by (3/4, 1/4). */
    private static final double[][] X = {{0, 2}, {0, 2}};
    private static final double[] Y = {0.5, 0.5};

    @Test
    void multipliers_areZero_atInteriorOptimum() {
        double[] multipliers = SimplexOptimality.multipliers(X, Y, new double[] {0.75, 0.25});

        assertArrayEquals(new double[] {0, 0}, multipliers, 1e-15);
    }

    @Test
    void assertKktConditions_fails_offOptimum() {
        double[] uniform = {0.5, 0.5};

        assertThrows(AssertionFailedError.class,
                () -> SimplexOptimality.assertKktConditions(X, Y, uniform, 1e-9));
    }

    @Test
    void assertKktConditions_fails_withoutBetterColumn() {
        double[] onlySecond = {0, 1};

        assertThrows(AssertionFailedError.class,
                () -> SimplexOptimality.assertKktConditions(X, Y, onlySecond, 1e-9));
    }

    @Test
    void assertOnSimplex_fails_onNegativeWeight() {
        double[] negative = {1.5, -0.5};

        assertThrows(AssertionFailedError.class,
                () -> SimplexOptimality.assertOnSimplex(negative, 1e-12));
    }
}
