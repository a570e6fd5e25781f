package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks where identification works across correlation strength and task complexity. Measured
 * with seed 1: cosines 0.06 (rho 0.3, K 1), 0.94 (0.3, 4), 0.91 (0.9, 1) and 0.92 (0.9, 4).
 */
class GraspSweepTest {

    private static final double[] CORRELATIONS = {0.3, 0.9};
    private static final int[] COMPLEXITIES = {1, 4};

    private static GraspSweepResult sweep;

    @BeforeAll
    static void runSweep() {
        sweep = GraspSweep.run(GraspConfiguration.withDefaults(), CORRELATIONS, COMPLEXITIES,
                ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void sweep_keepsGridShape() {
        double[][] cosines = sweep.cosines();

        assertEquals(CORRELATIONS.length, cosines.length);
        assertEquals(COMPLEXITIES.length, cosines[0].length);
        assertArrayEquals(COMPLEXITIES, sweep.complexities());
    }

    @Test
    void identification_failsForSimpleTaskAndWeakCorrelation() {
        double[][] cosines = sweep.cosines();

        assertTrue(cosines[0][0] < 0.5, "rho 0.3, K 1: cosine " + cosines[0][0]);
    }

    @Test
    void identification_worksForComplexTask() {
        double[][] cosines = sweep.cosines();

        assertTrue(cosines[0][1] > 0.9, "rho 0.3, K 4: cosine " + cosines[0][1]);
        assertTrue(cosines[1][1] > 0.9, "rho 0.9, K 4: cosine " + cosines[1][1]);
    }

    @Test
    void sweep_rejectsEmptyGrid() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraspSweep.run(GraspConfiguration.withDefaults(), new double[0],
                        COMPLEXITIES, ProgressSink.NONE, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("at least one correlation"), error.getMessage());
    }
}
