package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.classical.EffectEstimate.Kind;
import org.junit.jupiter.api.Test;

class AllocationIpwTest {

    private static final double EXACT = 1e-12;

    /**
     * Two groups by hand. g1: A = (1, 0), Y = (3, 1), h = (0.5, 0.4), so f = 0.5 * 0.6 = 0.3.
     * g2: A = (0, 0, 1), Y = (2, 4, 6), h = (0.2, 0.5, 0.5), so f = 0.8 * 0.5 * 0.5 = 0.2.
     *
     * <p>At alpha = 0.4, the treated member of g1 has one untreated other (weight 0.6) and its
     * untreated member one treated other (weight 0.4): Y_1(1) = 3 * 0.6 / (2 * 0.3) = 3,
     * Y_1(0) = 1 * 0.4 / 0.6 = 2/3, Y_1 = 4 * 0.24 / 0.6 = 1.6. In g2 each untreated member has
     * one treated and one untreated other (0.24), the treated member two untreated (0.36):
     * Y_2(0) = 6 * 0.24 / (3 * 0.2) = 2.4, Y_2(1) = 6 * 0.36 / 0.6 = 3.6,
     * Y_2 = 12 * 0.144 / 0.6 = 2.88.
     *
     * <p>At alpha = 0.5: Y_1(0) = 0.5 / 0.6 = 5/6, Y_1(1) = 1.5 / 0.6 = 2.5,
     * Y_1 = 4 * 0.25 / 0.6 = 5/3, and Y_2(0) = Y_2(1) = 6 * 0.25 / 0.6 = 2.5,
     * Y_2 = 12 * 0.125 / 0.6 = 2.5.
     */
    private static AllocationIpwResult handExample() {
        List<String> groups = List.of("g1", "g1", "g2", "g2", "g2");
        int[] treatment = {1, 0, 0, 0, 1};
        double[] outcome = {3, 1, 2, 4, 6};
        double[] propensity = {0.5, 0.4, 0.2, 0.5, 0.5};
        return AllocationIpw.withDefaults().estimateWithKnownPropensity(groups, treatment,
                outcome, propensity);
    }

    @Test
    void means_matchHandValues_twoGroups() {
        AllocationIpwResult result = handExample();

        AllocationMeans at04 = result.means(0.4);
        assertEquals(23.0 / 15.0, at04.untreatedMean(), EXACT);
        assertEquals(3.3, at04.treatedMean(), EXACT);
        assertEquals(2.24, at04.marginalMean(), EXACT);
        // Two values: the variance of their mean is (difference)^2 / 4.
        assertEquals((2.4 - 2.0 / 3) * (2.4 - 2.0 / 3) / 4, at04.untreatedVariance(), EXACT);
        assertEquals(0.6 * 0.6 / 4, at04.treatedVariance(), EXACT);
        assertEquals(1.28 * 1.28 / 4, at04.marginalVariance(), EXACT);
        // Group weights pi / f: 0.24 / 0.3 and 0.144 / 0.2.
        assertEquals(0.8, at04.maxGroupWeight(), EXACT);
        AllocationMeans at05 = result.means(0.5);
        assertEquals(5.0 / 3.0, at05.untreatedMean(), EXACT);
        assertEquals(2.5, at05.treatedMean(), EXACT);
        assertEquals(25.0 / 12.0, at05.marginalMean(), EXACT);
    }

    @Test
    void effects_matchHandValues_twoGroups() {
        AllocationIpwResult result = handExample();

        // DE_i at 0.4: 2/3 - 3 = -7/3 and 2.4 - 3.6 = -6/5, d = -17/15.
        EffectEstimate direct = result.direct(0.4);
        assertEquals(-53.0 / 30.0, direct.estimate(), EXACT);
        assertEquals(289.0 / 900.0, direct.variance(), EXACT);
        assertEquals(Kind.DIRECT, direct.kind());
        assertEquals(0.4, direct.strategy0());
        assertEquals(2, direct.groups0());
        // IE_i: 2/3 - 5/6 = -1/6 and 2.4 - 2.5 = -1/10, d = -1/15.
        EffectEstimate indirect = result.indirect(0.4, 0.5);
        assertEquals(-2.0 / 15.0, indirect.estimate(), EXACT);
        assertEquals(1.0 / 900.0, indirect.variance(), EXACT);
        // TE_i: 2/3 - 2.5 = -11/6 and 2.4 - 2.5 = -1/10, d = -26/15.
        EffectEstimate total = result.total(0.4, 0.5);
        assertEquals(-29.0 / 30.0, total.estimate(), EXACT);
        assertEquals(676.0 / 900.0, total.variance(), EXACT);
        // OE_i: 1.6 - 5/3 = -1/15 and 2.88 - 2.5 = 0.38, d = -67/150.
        EffectEstimate overall = result.overall(0.4, 0.5);
        assertEquals(47.0 / 300.0, overall.estimate(), EXACT);
        assertEquals(4489.0 / 90000.0, overall.variance(), EXACT);
    }

    @Test
    void total_equalsDirectPlusIndirect_handExample() {
        AllocationIpwResult result = handExample();

        double sum = result.direct(0.7).estimate() + result.indirect(0.2, 0.7).estimate();

        assertEquals(sum, result.total(0.2, 0.7).estimate(), EXACT);
        assertEquals(0.0, result.indirect(0.35, 0.35).estimate(), 0.0);
        assertEquals(result.direct(0.35).estimate(), result.total(0.35, 0.35).estimate(), 0.0);
    }

    /**
     * A third group g3 with A = (0, 0), Y = (1, 1), h = (0.5, 0.5) has f = 0.25. It adds
     * Y_3(0; 0.4) = 2 * 0.6 / (2 * 0.25) = 2.4 and Y_3(1; 0.4) = 0, and still counts as a group:
     * Y(1; 0.4) = (3 + 3.6 + 0) / 3 = 2.2 and Y(0; 0.4) = (2/3 + 2.4 + 2.4) / 3 = 82/45.
     */
    @Test
    void means_keepGroupWithoutTreated() {
        AllocationIpwResult result = AllocationIpw.withDefaults().estimateWithKnownPropensity(
                List.of("g1", "g1", "g2", "g2", "g2", "g3", "g3"), new int[] {1, 0, 0, 0, 1, 0, 0},
                new double[] {3, 1, 2, 4, 6, 1, 1},
                new double[] {0.5, 0.4, 0.2, 0.5, 0.5, 0.5, 0.5});

        AllocationMeans means = result.means(0.4);

        assertEquals(2.2, means.treatedMean(), EXACT);
        assertEquals(82.0 / 45.0, means.untreatedMean(), EXACT);
        assertEquals(3, result.groupCount());
    }

    @Test
    void result_describesKnownPropensities() {
        AllocationIpwResult result = handExample();

        assertEquals(AllocationIpwResult.PropensityModel.KNOWN, result.propensityModel());
        assertEquals(0, result.propensityCoefficients().length);
        assertEquals(0.2, result.propensities()[2], 0.0);
        assertEquals(List.of("g1", "g2"), result.groupLabels());
        assertTrue(result.notes().isEmpty(), result.notes().toString());
        assertEquals(AllocationIpw.SIGN_CONVENTION, result.signConvention());
    }

    @Test
    void grid_matchesSingleCalls_handExample() {
        AllocationIpwResult result = handExample();
        AtomicInteger steps = new AtomicInteger();
        ProgressSink progress = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                steps.incrementAndGet();
            }

            @Override
            public void message(String text) {
                // Not checked.
            }
        };

        AllocationGrid grid = result.grid(new double[] {0.4, 0.5, 0.8}, progress,
                CancellationToken.NEVER);

        assertEquals(3, steps.get());
        assertEquals(List.of(0.4, 0.5, 0.8), grid.allocations());
        assertEquals(result.means(0.5), grid.means().get(1));
        assertEquals(result.direct(0.8), grid.direct().get(2));
        assertEquals(result.indirect(0.4, 0.5), grid.indirect().get(0).get(1));
        assertEquals(result.total(0.8, 0.4), grid.total().get(2).get(0));
        assertEquals(result.overall(0.5, 0.8), grid.overall().get(1).get(2));
        assertEquals(0.0, grid.indirect().get(1).get(1).estimate(), 0.0);
        assertEquals(grid.direct().get(2).estimate(), grid.total().get(2).get(2).estimate(), 0.0);
    }

    @Test
    void grid_stopsWhenCancelled() {
        AllocationIpwResult result = handExample();

        assertThrows(CancellationException.class, () -> result.grid(new double[] {0.4, 0.5},
                ProgressSink.NONE, () -> true));
    }

    /**
     * When alpha equals a constant design propensity h, every weight pi / f is 1, so
     * {@code Y(alpha)} is the mean of the group means.
     */
    @Test
    void marginal_averagesGroupMeans_atDesign() {
        List<Integer> groups = List.of(0, 0, 0, 1, 1, 2, 2, 2, 2);
        int[] treatment = {1, 0, 1, 0, 0, 1, 1, 1, 0};
        double[] outcome = {2.5, -1, 4, 0.5, 3, 7, 1, 2, 6};
        double[] propensity = new double[9];
        java.util.Arrays.fill(propensity, 0.3);

        AllocationMeans means = AllocationIpw.withDefaults()
                .estimateWithKnownPropensity(groups, treatment, outcome, propensity).means(0.3);

        double groupMeans = (5.5 / 3 + 3.5 / 2 + 16.0 / 4) / 3;
        assertEquals(groupMeans, means.marginalMean(), EXACT);
        assertEquals(1.0, means.maxGroupWeight(), EXACT);
    }

    @Test
    void estimate_rejectsPropensityOutsideUnitInterval() {
        List<String> groups = List.of("a", "a", "b", "b");
        int[] treatment = {1, 0, 1, 0};
        double[] outcome = new double[4];

        for (double invalid : new double[] {0.0, 1.0, 1.5, Double.NaN}) {
            double[] propensity = {0.5, 0.5, 0.5, invalid};
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> AllocationIpw.withDefaults().estimateWithKnownPropensity(groups,
                            treatment, outcome, propensity));
            assertTrue(error.getMessage().contains("Invalid propensity " + invalid
                    + " for unit 3"), error.getMessage());
        }
    }

    @Test
    void estimate_rejectsGroupOfOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithKnownPropensity(
                        List.of("a", "a", "solo", "b", "b"), new int[] {1, 0, 1, 1, 0},
                        new double[5], new double[] {0.5, 0.5, 0.5, 0.5, 0.5}));

        assertTrue(error.getMessage().contains("Group 'solo' has only unit 2"),
                error.getMessage());
    }

    @Test
    void estimate_rejectsSingleGroup() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithKnownPropensity(
                        List.of("a", "a", "a"), new int[] {1, 0, 1}, new double[3],
                        new double[] {0.5, 0.5, 0.5}));

        assertTrue(error.getMessage().contains("The data have 1 group"), error.getMessage());
    }

    @Test
    void estimate_rejectsPropensityOfWrongLength() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithKnownPropensity(
                        List.of("a", "a", "b", "b"), new int[] {1, 0, 1, 0}, new double[4],
                        new double[] {0.5, 0.5, 0.5}));

        assertTrue(error.getMessage().contains("propensity vector has 3 entries, expected 4"),
                error.getMessage());
    }

    @Test
    void effects_rejectAllocationOutsideUnitInterval() {
        AllocationIpwResult result = handExample();

        for (double invalid : new double[] {0.0, 1.0, -0.2, Double.NaN}) {
            String expected = "Invalid allocation alpha = " + invalid;
            IllegalArgumentException direct = assertThrows(IllegalArgumentException.class,
                    () -> result.direct(invalid));
            IllegalArgumentException indirect = assertThrows(IllegalArgumentException.class,
                    () -> result.indirect(0.5, invalid));
            IllegalArgumentException grid = assertThrows(IllegalArgumentException.class,
                    () -> result.grid(new double[] {0.5, invalid}, ProgressSink.NONE,
                            CancellationToken.NEVER));
            assertTrue(direct.getMessage().contains(expected), direct.getMessage());
            assertTrue(indirect.getMessage().contains(expected), indirect.getMessage());
            assertTrue(grid.getMessage().contains(expected), grid.getMessage());
        }
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> result.grid(new double[0], ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(empty.getMessage().contains("grid is empty"), empty.getMessage());
    }

    /** Builds group labels 0, 0, 0, 0, 1, ... for {@code groups} groups of {@code size}. */
    static List<Integer> groupLabels(int groups, int size) {
        List<Integer> labels = new ArrayList<>(groups * size);
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < size; j++) {
                labels.add(g);
            }
        }
        return labels;
    }
}
