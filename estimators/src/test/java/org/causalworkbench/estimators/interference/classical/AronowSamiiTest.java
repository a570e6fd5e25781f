package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.junit.jupiter.api.Test;

class AronowSamiiTest {

    private static final double EXACT = 1e-12;

    /** Path 1-2-3-4 as 0-based neighbour lists. */
    private static final int[][] PATH_4 = {{1}, {0, 2}, {1, 3}, {2}};

    private static ExposureProbabilities pathWithOneTreated() {
        return ExposureProbabilities.compute(AssignmentDesign.completeRandomisation(4, 1),
                As4ExposureMapping.of(PATH_4), ProgressSink.NONE, CancellationToken.NEVER);
    }

    /**
     * TC-8 marginals. Exactly one of the four units is treated, each with probability 1/4.
     * A treated unit never has a treated neighbour, so c11 is impossible and
     * pi_i(c10) = 1/4. An untreated unit is in c01 when its treated unit is a neighbour:
     * units 1 and 4 have one neighbour (1/4), units 2 and 3 have two (2/4). The rest is c00:
     * 1 - 1/4 - 1/4 = 1/2 for units 1 and 4, 1 - 1/4 - 1/2 = 1/4 for units 2 and 3.
     */
    @Test
    void marginals_matchHandEnumeration_path4() {
        ExposureProbabilities p = pathWithOneTreated();
        double[][] expected = {
            {0, 0, 0, 0},
            {0.25, 0.25, 0.25, 0.25},
            {0.25, 0.5, 0.5, 0.25},
            {0.5, 0.25, 0.25, 0.5}};

        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(expected[k][i], p.marginal(i, k), EXACT,
                        "pi_" + (i + 1) + "(" + p.conditions().get(k) + ")");
            }
        }
        assertEquals(4, p.unitsWithZeroProbability(As4ExposureMapping.C11));
        assertTrue(p.isExact());
    }

    /**
     * Joint probabilities in 1-based units. Unit 1 is c01 only when unit 2 is treated, and
     * unit 3 is c01 when unit 2 or 4 is, so pi_13(c01, c01) = 1/4. Unit 1 is c00 when 3 or 4
     * is treated, unit 4 when 1 or 2 is, so pi_14(c00, c00) = 0. Unit 2 is c10 only when
     * treated itself, which leaves unit 4 in c00, so pi_24(c10, c00) = 1/4.
     */
    @Test
    void joints_matchHandEnumeration_path4() {
        ExposureProbabilities p = pathWithOneTreated();
        int c10 = As4ExposureMapping.C10;
        int c01 = As4ExposureMapping.C01;
        int c00 = As4ExposureMapping.C00;

        assertEquals(0.25, p.joint(0, c01, 2, c01), EXACT);
        assertEquals(0.0, p.joint(0, c00, 3, c00), EXACT);
        assertEquals(0.25, p.joint(1, c10, 3, c00), EXACT);
        assertEquals(0.25, p.joint(3, c00, 1, c10), EXACT);
        assertEquals(0.5, p.joint(2, c01, 2, c01), EXACT);
        assertEquals(0.0, p.joint(2, c01, 2, c00), EXACT);
    }

    /**
     * TC-8 point estimates for the observed assignment T = (0, 1, 0, 0), so exposures are
     * (c01, c10, c01, c00), and Y = (2, 5, 3, 1), with N = 4.
     * <pre>
     *   c10: T = 5 / (1/4) = 20, HT mean 20 / 4 = 5, Hajek 20 / 4 = 5
     *   c01: T = 2 / (1/4) + 3 / (1/2) = 14, HT mean 3.5, Hajek 14 / (4 + 2) = 7/3
     *   c00: T = 1 / (1/2) = 2, HT mean 0.5, Hajek 2 / 2 = 1
     *   tau(c10, c00): HT 4.5, Hajek 4;  tau(c01, c00): HT 3, Hajek 4/3
     * </pre>
     */
    @Test
    void means_matchHandValues_path4() {
        AronowSamiiResult result = observedPath4();

        assertEquals(5.0, result.estimate("c10").horvitzThompsonMean(), EXACT);
        assertEquals(5.0, result.estimate("c10").hajekMean(), EXACT);
        assertEquals(3.5, result.estimate("c01").horvitzThompsonMean(), EXACT);
        assertEquals(7.0 / 3.0, result.estimate("c01").hajekMean(), EXACT);
        assertEquals(0.5, result.estimate("c00").horvitzThompsonMean(), EXACT);
        assertEquals(1.0, result.estimate("c00").hajekMean(), EXACT);
        assertEquals(4.5, result.contrast("c10", "c00").horvitzThompson(), EXACT);
        assertEquals(4.0, result.contrast("c10", "c00").hajek(), EXACT);
        assertEquals(3.0, result.contrast("c01", "c00").horvitzThompson(), EXACT);
        assertEquals(4.0 / 3.0, result.contrast("c01", "c00").hajek(), EXACT);
        assertEquals(2, result.estimate("c01").unitsObserved());
        assertTrue(Double.isNaN(result.estimate("c11").horvitzThompsonMean()));
        assertTrue(result.warnings().get(0).contains("No unit can receive condition c11"),
                result.warnings().toString());
    }

    /**
     * Path 1-2-3 with 1 of 3 treated. Units 1 and 3 are in c00 with probability 1/3 (when
     * the other end is treated), but treating unit 2 puts both in c01, so no unit is observed
     * in c00. HT means: c10 = (5 / (1/3)) / 3 = 5, c01 = ((2 + 3) / (1/3)) / 3 = 5.
     */
    @Test
    void unobservedCondition_meansAndContrastsUndefined() {
        ExposureProbabilities p = ExposureProbabilities.compute(
                AssignmentDesign.completeRandomisation(3, 1),
                As4ExposureMapping.of(new int[][] {{1}, {0, 2}, {1}}), ProgressSink.NONE,
                CancellationToken.NEVER);
        assertTrue(p.marginal(0, As4ExposureMapping.C00) > 0);

        AronowSamiiResult result = AronowSamii.withDefaults().estimate(p, new int[] {0, 1, 0},
                new double[] {2, 5, 3});

        ExposureEstimate c00 = result.estimate("c00");
        assertEquals(0, c00.unitsObserved());
        assertTrue(!c00.isObserved());
        assertEquals("no unit observed in c00", c00.undefinedReason());
        assertTrue(Double.isNaN(c00.horvitzThompsonMean()), "HT mean");
        assertTrue(Double.isNaN(c00.meanVariance()), "HT variance");
        assertTrue(Double.isNaN(c00.hajekMean()), "Hajek mean");
        for (String other : List.of("c10", "c01")) {
            for (ExposureContrast contrast : List.of(result.contrast(other, "c00"),
                    result.contrast("c00", other))) {
                assertTrue(!contrast.isDefined(), contrast.toString());
                assertEquals("no unit observed in c00", contrast.undefinedReason());
                assertTrue(Double.isNaN(contrast.horvitzThompson()), contrast.toString());
                assertTrue(Double.isNaN(contrast.standardError()), contrast.toString());
                assertTrue(Double.isNaN(contrast.hajek()), contrast.toString());
            }
        }
        ExposureContrast observed = result.contrast("c10", "c01");
        assertTrue(observed.isDefined());
        assertEquals(0.0, observed.horvitzThompson(), EXACT);
        assertTrue(result.warnings().toString().contains("No unit is observed in condition"
                + " c00"), result.warnings().toString());
    }

    /**
     * TC-8 variances for the same data, 1-based units.
     * <pre>
     * V(c00): unit 4 alone, (1 - 1/2)(1 / (1/2))^2 = 2. pi_14(c00, c00) = pi_24 = 0, so the
     *   ordered pairs (1,4), (4,1), (2,4), (4,2) each add 1^2 / (2 * 1/2) = 1: V = 2 + 4 = 6.
     * V(c10): unit 2 alone, (3/4)(5 / (1/4))^2 = 300. Unit 2 is c10 only when treated, so
     *   pi_2j(c10, c10) = 0 for all 3 other units: 6 ordered pairs of 25 / (2/4) = 50 add
     *   300, V = 600.
     * V(c01): units 1 and 3, (3/4)(8)^2 + (1/2)(6)^2 = 66; pi_13 = 1/4, so the pair adds
     *   2 * (1/4 - 1/8) / (1/4) * 6 / (1/8) = 48; zero pairs: unit 1 with units 2 and 4,
     *   2 * 2 * 4 / (1/2) = 32, unit 3 with 2 and 4, 2 * 2 * 9 / 1 = 36: V = 182.
     * C(c10, c00): pi_24(c10, c00) = 1/4 gives (1/4 - 1/8) / (1/4) * 5 / (1/8) = 20. Zero
     *   pairs: (2, j) for j = 1, 2, 3 add 3 * 50, (i, 4) for i = 3, 4 add 2 * 1: C = -132.
     *   v(tau) = (600 + 6 + 264) / 16 = 54.375.
     * C(c01, c00): pi_14(c01, c00) = 1/4 gives (1/4 - 1/8) / (1/4) * 2 / (1/8) = 8, and
     *   pi_34 = 1/4 = pi_3 pi_4 gives 0. Zero pairs: (1, j) for j = 1, 2, 3 add 3 * 8,
     *   (3, 3) adds 9, (4, 4) adds 1: C = 8 - 34 = -26. v(tau) = (182 + 6 + 52) / 16 = 15.
     * </pre>
     */
    @Test
    void variances_matchHandValues_path4() {
        AronowSamiiResult result = observedPath4();

        assertEquals(6.0, result.estimate("c00").totalVariance(), EXACT);
        assertEquals(4.0, result.estimate("c00").youngTerm(), EXACT);
        assertEquals(6.0 / 16.0, result.estimate("c00").meanVariance(), EXACT);
        assertEquals(600.0, result.estimate("c10").totalVariance(), EXACT);
        assertEquals(182.0, result.estimate("c01").totalVariance(), EXACT);
        assertEquals(-132.0, result.contrast("c10", "c00").covarianceBound(), EXACT);
        assertEquals(54.375, result.contrast("c10", "c00").variance(), EXACT);
        assertEquals(-26.0, result.contrast("c01", "c00").covarianceBound(), EXACT);
        assertEquals(15.0, result.contrast("c01", "c00").variance(), EXACT);
        assertEquals(15.0, result.contrast("c00", "c01").variance(), EXACT);
    }

    /**
     * Linearised Hajek variances for the same data. Residuals from the Hajek means are
     * 5 - 5 = 0 (unit 2), 2 - 7/3 = -1/3 (unit 1), 3 - 7/3 = 2/3 (unit 3), 1 - 1 = 0 (unit 4).
     * <pre>
     * V(c01) on residuals: (3/4)(4/3)^2 + (1/2)(4/3)^2 = 20/9; the pair adds
     *   2 * (1/2) * (-2/9) / (1/8) = -16/9; zero pairs add 2 * 2 * (1/9) / (1/2) = 8/9 for
     *   unit 1 and 2 * 2 * (4/9) / 1 = 16/9 for unit 3: V = 28/9, so 28/9 / 16 = 7/36.
     * C(c01, c00) on residuals: unit 4's residual is 0, so only the Young's terms of units 1
     *   and 3 remain, 3 * (1/9) / (1/2) + 1 * (4/9) / 1 = 10/9, and C = -10/9.
     *   v = 7/36 + 0 + 2 * (10/9) / 16 = 1/3.
     * </pre>
     */
    @Test
    void hajekVariances_matchHandValues_path4() {
        AronowSamiiResult result = observedPath4();

        assertEquals(7.0 / 36.0, result.estimate("c01").hajekMeanVariance(), EXACT);
        assertEquals(0.0, result.estimate("c00").hajekMeanVariance(), EXACT);
        assertEquals(0.0, result.estimate("c10").hajekMeanVariance(), EXACT);
        assertEquals(1.0 / 3.0, result.contrast("c01", "c00").hajekVariance(), EXACT);
        assertTrue(Double.isNaN(result.contrast("c11", "c00").hajekVariance()));
    }

    private static AronowSamiiResult observedPath4() {
        return AronowSamii.withDefaults().estimate(pathWithOneTreated(), new int[] {0, 1, 0, 0},
                new double[] {2, 5, 3, 1});
    }

    @Test
    void estimate_rejectsAssignmentOutsideDesign() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AronowSamii.withDefaults().estimate(pathWithOneTreated(),
                        new int[] {1, 1, 0, 0}, new double[4]));

        assertTrue(error.getMessage().contains("Unit 0 is observed in condition c11"),
                error.getMessage());
    }

    @Test
    void estimate_rejectsUnknownCondition() {
        AronowSamiiResult result = observedPath4();

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> result.estimate("c2"));
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> result.contrast("c10", "c10"));

        assertTrue(error.getMessage().contains("Unknown exposure condition 'c2'"),
                error.getMessage());
        assertTrue(same.getMessage().contains("two different conditions"), same.getMessage());
    }

    @Test
    void compute_rejectsInvalidUserCondition() {
        ExposureMapping mapping = ExposureMapping.of(List.of("low", "high"), 3,
                (unit, assignment) -> assignment[unit] * 2);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExposureProbabilities.compute(AssignmentDesign.completeRandomisation(3, 1),
                        mapping, ProgressSink.NONE, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("returned condition 2 for unit"),
                error.getMessage());
    }

    @Test
    void compute_rejectsMismatchedUnits() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExposureProbabilities.compute(AssignmentDesign.completeRandomisation(5, 1),
                        As4ExposureMapping.of(PATH_4), ProgressSink.NONE,
                        CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("assigns 5 units but the exposure mapping covers 4"),
                error.getMessage());
    }

    /**
     * A user mapping on the path that counts treated units among self and neighbours
     * ("none", "one", "two or more"), matched against AS4 where they coincide: with exactly
     * one unit treated, "none" is c00, so the two mappings give equal marginals there.
     */
    @Test
    void userMapping_agreesWithAs4_path4() {
        ExposureMapping counts = ExposureMapping.of(List.of("none", "one", "two or more"), 4,
                (unit, assignment) -> {
                    int treated = assignment[unit];
                    for (int j : PATH_4[unit]) {
                        treated += assignment[j];
                    }
                    return Math.min(treated, 2);
                });
        ExposureProbabilities user = ExposureProbabilities.compute(
                AssignmentDesign.completeRandomisation(4, 1), counts, ProgressSink.NONE,
                CancellationToken.NEVER);
        ExposureProbabilities as4 = pathWithOneTreated();

        for (int i = 0; i < 4; i++) {
            assertEquals(as4.marginal(i, As4ExposureMapping.C00), user.marginal(i, 0), EXACT);
            assertEquals(0.0, user.marginal(i, 2), EXACT);
        }
    }

    @Test
    void monteCarloMarginals_convergeToExact_path4() {
        ExposureProbabilities drawn = ExposureProbabilities.compute(
                AssignmentDesign.completeRandomisationDraws(4, 1, 40_000, 11L),
                As4ExposureMapping.of(PATH_4), ProgressSink.NONE, CancellationToken.NEVER);
        ExposureProbabilities exact = pathWithOneTreated();

        // Binomial standard error of a frequency near 1/2 over 40000 draws is 0.0025.
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(exact.marginal(i, k), drawn.marginal(i, k), 0.01);
            }
        }
        assertTrue(AronowSamii.withDefaults().estimate(drawn, new int[] {0, 1, 0, 0},
                new double[] {2, 5, 3, 1}).warnings().get(0).contains("relative frequencies"));
    }

    @Test
    void as4_matchesNeighbourLists_fromGraph() {
        InterferenceGraph graph = InterferenceGraph.builder(List.of("a", "b", "c", "d"))
                .addEdge("a", "b", null, "edge 1")
                .addEdge("c", "b", null, "edge 2")
                .addEdge("d", "c", 2.5, "edge 3")
                .build();
        As4ExposureMapping fromGraph = As4ExposureMapping.of(graph);
        As4ExposureMapping fromLists = As4ExposureMapping.of(PATH_4);

        for (int[] assignment : new int[][] {{0, 1, 0, 0}, {1, 1, 0, 1}, {0, 0, 0, 0}}) {
            assertArrayEquals(fromLists.exposures(assignment), fromGraph.exposures(assignment));
        }
        assertArrayEquals(new int[] {As4ExposureMapping.C11, As4ExposureMapping.C11,
            As4ExposureMapping.C01, As4ExposureMapping.C10}, fromGraph.exposures(
                new int[] {1, 1, 0, 1}));
    }

    @Test
    void as4_rejectsSelfLoop() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> As4ExposureMapping.of(new int[][] {{1}, {1}}));

        assertTrue(error.getMessage().contains("Unit 1 lists neighbour 1 (itself)"),
                error.getMessage());
    }

    @Test
    void compute_stopsOnCancellation() {
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> ExposureProbabilities.compute(AssignmentDesign.completeRandomisation(4, 1),
                        As4ExposureMapping.of(PATH_4), ProgressSink.NONE, () -> true));
    }
}
