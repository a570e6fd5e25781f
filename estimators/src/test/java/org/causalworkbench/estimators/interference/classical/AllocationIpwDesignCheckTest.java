package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks that fixed-number designs are rejected and Bernoulli designs still estimated. */
class AllocationIpwDesignCheckTest {

    private static final int SIZE = 4;

    /** 2 * half groups of 4: the first half treat 1 member, the others 3. */
    private static int[] fixedNumberTreatment(int half, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] treatment = new int[2 * half * SIZE];
        for (int g = 0; g < 2 * half; g++) {
            int count = g < half ? 1 : 3;
            int[] members = {0, 1, 2, 3};
            for (int i = SIZE - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
            }
            for (int k = 0; k < count; k++) {
                treatment[g * SIZE + members[k]] = 1;
            }
        }
        return treatment;
    }

    private static double[][] strategyIndicator(int half) {
        double[][] covariates = new double[2 * half * SIZE][1];
        for (int unit = half * SIZE; unit < covariates.length; unit++) {
            covariates[unit][0] = 1;
        }
        return covariates;
    }

    @Test
    void fixedNumber_logisticOnStrategy_rejected() {
        int half = 80;
        int[] treatment = fixedNumberTreatment(half, 7);
        List<Integer> groups = AllocationIpwTest.groupLabels(2 * half, SIZE);

        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[treatment.length], strategyIndicator(half)));

        String message = rejected.getMessage();
        assertTrue(message.contains("All 80 groups of 4 members with propensities 0.250"
                + " treat exactly 1"), message);
        assertTrue(message.contains("Hudgens-Halloran"), message);
    }

    @Test
    void fixedNumber_knownHalf_rejectedForMissingCount() {
        int half = 80;
        int[] treatment = fixedNumberTreatment(half, 8);
        double[] propensity = new double[treatment.length];
        Arrays.fill(propensity, 0.5);

        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithKnownPropensity(
                        AllocationIpwTest.groupLabels(2 * half, SIZE), treatment,
                        new double[treatment.length], propensity));

        String message = rejected.getMessage();
        // Binomial(4, 1/2) puts 6/16 on 2 treated: 60 of 160 groups expected, none seen.
        assertTrue(message.contains("No group of 4 members treats 2"), message);
        assertTrue(message.contains("expects 60.0 of the 160"), message);
    }

    @Test
    void fixedNumber_checkOff_estimates() {
        int half = 20;
        int[] treatment = fixedNumberTreatment(half, 9);
        double[] propensity = new double[treatment.length];
        Arrays.fill(propensity, 0.5);

        AllocationIpwResult result = AllocationIpw.withDefaults().withDesignCheck(false)
                .estimateWithKnownPropensity(AllocationIpwTest.groupLabels(2 * half, SIZE),
                        treatment, new double[treatment.length], propensity);

        assertEquals(2 * half, result.groupCount());
    }

    @Test
    void bernoulli_fittedPropensity_passesAndRecoversDirect() {
        int groups = 2000;
        AllocationIpwAdditiveTest.Households data = AllocationIpwAdditiveTest.households(groups,
                11);

        AllocationIpwResult result = AllocationIpw.withDefaults().estimateWithLogisticPropensity(
                AllocationIpwTest.groupLabels(groups, SIZE), data.treatment(), data.outcome(),
                new double[groups * SIZE][0]);

        for (double alpha : new double[] {0.3, 0.5, 0.7}) {
            EffectEstimate direct = result.direct(alpha);
            assertEquals(-2.0, direct.estimate(), 4 * direct.standardError(), "DE at " + alpha);
        }
    }

    @Test
    void countDistribution_matchesBinomial() {
        double[] p = BernoulliDesignCheck.countDistribution(new double[] {0.5, 0.5, 0.5, 0.5});

        double[] expected = {1.0 / 16, 4.0 / 16, 6.0 / 16, 4.0 / 16, 1.0 / 16};
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], p[t], 1e-15, "P(" + t + " treated)");
        }
    }
}
