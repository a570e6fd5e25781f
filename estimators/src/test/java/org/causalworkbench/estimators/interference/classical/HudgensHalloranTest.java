package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.interference.classical.EffectEstimate.Kind;
import org.junit.jupiter.api.Test;

class HudgensHalloranTest {

    private static final double EXACT = 1e-12;

    /**
     * Four groups by hand. Strategy "low": g1 with A = (1, 0, 0), Y = (5, 2, 4), so
     * Y_1(0) = 3, Y_1(1) = 5, Y_1 = 11/3; g2 with A = (0, 1), Y = (1, 4), so Y_2(0) = 1,
     * Y_2(1) = 4, Y_2 = 5/2. Strategy "high": g3 with A = (1, 1, 0), Y = (6, 4, 3), so
     * Y_3(0) = 3, Y_3(1) = 5, Y_3 = 13/3; g4 with A = (1, 0), Y = (7, 2), so Y_4(0) = 2,
     * Y_4(1) = 7, Y_4 = 9/2.
     */
    private static HudgensHalloranResult handExample() {
        List<String> groups = List.of("g1", "g1", "g1", "g2", "g2", "g3", "g3", "g3", "g4", "g4");
        int[] treatment = {1, 0, 0, 0, 1, 1, 1, 0, 1, 0};
        double[] outcome = {5, 2, 4, 1, 4, 6, 4, 3, 7, 2};
        Map<String, String> strategies = Map.of("g1", "low", "g2", "low", "g3", "high",
                "g4", "high");
        return HudgensHalloran.withDefaults().estimate(groups, treatment, outcome, strategies);
    }

    @Test
    void strategy_matchesHandMeans_fourGroups() {
        HudgensHalloranResult result = handExample();

        StrategySummary low = result.strategy("low");
        assertEquals(2.0, low.untreatedMean(), EXACT);
        assertEquals(4.5, low.treatedMean(), EXACT);
        assertEquals(37.0 / 12.0, low.outcomeMean(), EXACT);
        assertEquals(2, low.groupCount());
        assertEquals(5, low.unitCount());
        StrategySummary high = result.strategy("high");
        assertEquals(2.5, high.untreatedMean(), EXACT);
        assertEquals(6.0, high.treatedMean(), EXACT);
        assertEquals(53.0 / 12.0, high.outcomeMean(), EXACT);
        assertEquals(HudgensHalloran.SIGN_CONVENTION, result.signConvention());
    }

    @Test
    void effects_matchHandValues_fourGroups() {
        HudgensHalloranResult result = handExample();

        // DE_i on "low": 3 - 5 = -2 and 1 - 4 = -3, so v = (0.25 + 0.25) / (2 * 1).
        EffectEstimate directLow = result.direct("low");
        assertEquals(-2.5, directLow.estimate(), EXACT);
        assertEquals(0.25, directLow.variance(), EXACT);
        // DE_i on "high": 3 - 5 = -2 and 2 - 7 = -5, so v = (2.25 + 2.25) / 2.
        EffectEstimate directHigh = result.direct("high");
        assertEquals(-3.5, directHigh.estimate(), EXACT);
        assertEquals(2.25, directHigh.variance(), EXACT);
        // IE: 2 - 2.5; s^2(3, 1) / 2 + s^2(3, 2) / 2 = 2 / 2 + 0.5 / 2.
        EffectEstimate indirect = result.indirect("low", "high");
        assertEquals(-0.5, indirect.estimate(), EXACT);
        assertEquals(1.25, indirect.variance(), EXACT);
        assertEquals(Kind.INDIRECT, indirect.kind());
        // TE: 2 - 6; s^2(3, 1) / 2 + s^2(5, 7) / 2 = 1 + 1.
        EffectEstimate total = result.total("low", "high");
        assertEquals(-4.0, total.estimate(), EXACT);
        assertEquals(directHigh.estimate() + indirect.estimate(), total.estimate(), EXACT);
        assertEquals(2.0, total.variance(), EXACT);
        // OE: 37/12 - 53/12; s^2 of two values is d^2 / 2, with d = 7/6 and 1/6.
        EffectEstimate overall = result.overall("low", "high");
        assertEquals(-4.0 / 3.0, overall.estimate(), EXACT);
        assertEquals((49.0 / 72.0 + 1.0 / 72.0) / 2.0, overall.variance(), EXACT);
    }

    /**
     * TC-7 under the two-stage design of Hudgens and Halloran: groups of n = 4, half on
     * strategy psi0 (exactly k0 = 1 member treated, completely at random) and half on psi1
     * (exactly k1 = 2 treated), and {@code Y = 2 A + 3 F + N(0, 1)} with F the fraction of the
     * other three members treated.
     *
     * <p>Closed forms, with beta = 2, gamma = 3: an untreated member of a group with k treated
     * has F = k / 3 and a treated member has F = (k - 1) / 3, so
     * {@code Y(0; k) = gamma k / (n - 1)} and {@code Y(1; k) = beta + gamma (k - 1) / (n - 1)}.
     * Averaging over members, {@code Y(k) = (k / n) Y(1; k) + ((n - k) / n) Y(0; k)
     * = (beta + gamma) k / n}. Hence DE(psi) = -beta + gamma / (n - 1) = -1 for both
     * strategies, IE = Y(0; 1) - Y(0; 2) = 1 - 2 = -1, TE = Y(0; 1) - Y(1; 2) = 1 - 3 = -2,
     * OE = 5/4 - 10/4 = -1.25. DE is not -TACE = -2 here, because under a fixed number
     * treated per group a treated member always has 1/3 fewer treated peers.
     *
     * <p>The noise is the only between-group variation, so the true variances are
     * v(DE(psi0)) = (1/3 + 1) / C, v(DE(psi1)) = (1/2 + 1/2) / C, v(IE) = (1/3 + 1/2) / C,
     * v(TE) = (1/3 + 1/2) / C and v(OE) = (1/4 + 1/4) / C for C groups per strategy.
     */
    @Test
    void effects_matchClosedForms_fixedCountDesign() {
        int groupsPerStrategy = 4000;
        HudgensHalloranResult result = simulateFixedCount(groupsPerStrategy, 20261204L);
        double c = groupsPerStrategy;

        assertWithinFourErrors(-1.0, (1.0 / 3 + 1) / c, result.direct("k1"));
        assertWithinFourErrors(-1.0, 1.0 / c, result.direct("k2"));
        assertWithinFourErrors(-1.0, (1.0 / 3 + 0.5) / c, result.indirect("k1", "k2"));
        assertWithinFourErrors(-2.0, (1.0 / 3 + 0.5) / c, result.total("k1", "k2"));
        assertWithinFourErrors(-1.25, 0.5 / c, result.overall("k1", "k2"));
    }

    /**
     * Checks the estimate within 4 true standard errors of the closed form, and the variance
     * estimate within 15 % of the true variance. With 4000 groups the sample variance has a
     * relative standard error of about sqrt(2 / 4000) = 2.2 %.
     */
    private static void assertWithinFourErrors(double expected, double trueVariance,
            EffectEstimate effect) {
        double tolerance = 4 * Math.sqrt(trueVariance);
        assertEquals(expected, effect.estimate(), tolerance, effect.kind() + " estimate");
        assertEquals(trueVariance, effect.variance(), 0.15 * trueVariance,
                effect.kind() + " variance");
    }

    private static HudgensHalloranResult simulateFixedCount(int groupsPerStrategy, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Integer> groups = new ArrayList<>();
        List<Integer> treatment = new ArrayList<>();
        List<Double> outcome = new ArrayList<>();
        Map<Integer, String> strategies = new LinkedHashMap<>();
        for (int g = 0; g < 2 * groupsPerStrategy; g++) {
            int treatedCount = g % 2 == 0 ? 1 : 2;
            strategies.put(g, "k" + treatedCount);
            int[] members = completeRandomisation(4, treatedCount, random);
            for (int member : members) {
                double othersTreated = (treatedCount - member) / 3.0;
                groups.add(g);
                treatment.add(member);
                outcome.add(2.0 * member + 3.0 * othersTreated + random.nextGaussian());
            }
        }
        return HudgensHalloran.withDefaults().estimate(groups,
                treatment.stream().mapToInt(Integer::intValue).toArray(),
                outcome.stream().mapToDouble(Double::doubleValue).toArray(), strategies);
    }

    /** Treats exactly {@code treated} of {@code size} members, each subset equally likely. */
    private static int[] completeRandomisation(int size, int treated, java.util.Random random) {
        int[] members = new int[size];
        for (int i = 0; i < treated; i++) {
            members[i] = 1;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = members[i];
            members[i] = members[j];
            members[j] = swap;
        }
        return members;
    }

    /**
     * Bernoulli(alpha) assignment within groups of 4 with {@code Y = 2 A + 3 F}, no noise.
     * Under this design the averaged potential outcomes are Y(a; alpha) = 2 a + 3 alpha,
     * because F is independent of the member's own treatment with mean alpha, so
     * DE(alpha) = -2 = -TACE. Yet in every group with both arms, each untreated member has
     * one more treated peer than each treated member, so Y_i(0) - Y_i(1) = -2 + 3/3 = -1
     * exactly. The group-mean estimator therefore returns -1, which is the documented bias.
     */
    @Test
    void direct_isBiasedForTace_bernoulliAllocation() {
        java.util.Random random = new java.util.Random(7L);
        List<Integer> groups = new ArrayList<>();
        List<Integer> treatment = new ArrayList<>();
        List<Double> outcome = new ArrayList<>();
        Map<Integer, String> strategies = new LinkedHashMap<>();
        int group = 0;
        while (group < 200) {
            int[] members = new int[4];
            int treatedCount = 0;
            for (int j = 0; j < 4; j++) {
                members[j] = random.nextDouble() < 0.3 ? 1 : 0;
                treatedCount += members[j];
            }
            if (treatedCount == 0 || treatedCount == 4) {
                continue;
            }
            strategies.put(group, "alpha 0.3");
            for (int member : members) {
                groups.add(group);
                treatment.add(member);
                outcome.add(2.0 * member + 3.0 * (treatedCount - member) / 3.0);
            }
            group++;
        }

        EffectEstimate direct = HudgensHalloran.withDefaults().estimate(groups,
                treatment.stream().mapToInt(Integer::intValue).toArray(),
                outcome.stream().mapToDouble(Double::doubleValue).toArray(), strategies)
                .direct("alpha 0.3");

        assertEquals(-1.0, direct.estimate(), EXACT);
        assertEquals(0.0, direct.variance(), EXACT);
    }

    @Test
    void direct_namesGroupWithoutTreated() {
        List<String> groups = List.of("a", "a", "b", "b", "c", "c", "d", "d");
        int[] treatment = {1, 0, 0, 0, 1, 0, 1, 0};
        double[] outcome = {1, 2, 3, 4, 5, 6, 7, 8};
        Map<String, Double> strategies = Map.of("a", 0.5, "b", 0.5, "c", 0.3, "d", 0.3);
        HudgensHalloranResult result =
                HudgensHalloran.withDefaults().estimate(groups, treatment, outcome, strategies);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> result.direct(0.5));

        assertTrue(error.getMessage().contains("group 'b' has no treated member"),
                error.getMessage());
        // Groups c and d: 6 - 5 and 8 - 7; group means 1.5, 3.5 against 5.5, 7.5.
        assertEquals(1.0, result.direct(0.3).estimate(), EXACT);
        assertEquals(-4.0, result.overall(0.5, 0.3).estimate(), EXACT);
    }

    @Test
    void estimate_rejectsStrategyWithOneGroup() {
        List<String> groups = List.of("a", "a", "b", "b", "c", "c");
        Map<String, String> strategies = Map.of("a", "low", "b", "low", "c", "high");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HudgensHalloran.withDefaults().estimate(groups, new int[] {1, 0, 1, 0, 1, 0},
                        new double[6], strategies));

        assertTrue(error.getMessage().contains("Strategy 'high' has 1 group"), error.getMessage());
    }

    @Test
    void estimate_rejectsUnknownLabels() {
        List<String> groups = List.of("a", "a", "b", "b");
        int[] treatment = {1, 0, 1, 0};
        double[] outcome = new double[4];

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> HudgensHalloran.withDefaults().estimate(groups, treatment, outcome,
                        Map.of("a", "low")));
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> HudgensHalloran.withDefaults().estimate(groups, treatment, outcome,
                        Map.of("a", "low", "b", "low", "z", "low")));
        HudgensHalloranResult result = HudgensHalloran.withDefaults().estimate(groups,
                treatment, outcome, Map.of("a", "low", "b", "low"));
        IllegalArgumentException strategy =
                assertThrows(IllegalArgumentException.class, () -> result.direct("lo"));

        assertTrue(missing.getMessage().contains("Group 'b' has no allocation strategy"),
                missing.getMessage());
        assertTrue(extra.getMessage().contains("Unknown group 'z'"), extra.getMessage());
        assertTrue(strategy.getMessage().contains("Unknown strategy 'lo'"),
                strategy.getMessage());
    }

    @Test
    void indirect_rejectsSameStrategy() {
        HudgensHalloranResult result = handExample();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> result.indirect("low", "low"));

        assertTrue(error.getMessage().contains("two different strategies"), error.getMessage());
    }

    @Test
    void estimate_rejectsInvalidTreatment() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HudgensHalloran.withDefaults().estimate(List.of("a", "a"),
                        new int[] {1, 2}, new double[2], Map.of("a", "low")));

        assertTrue(error.getMessage().contains("Invalid treatment 2 for unit 1"),
                error.getMessage());
    }
}
