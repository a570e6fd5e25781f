package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationIpwLogisticTest {

    private static final int SIZE = 4;

    /**
     * With one binary covariate the logistic model is saturated, so the maximum likelihood
     * propensities are the treated fractions: 1 of 4 units at L = 0, 3 of 5 at L = 1. Hence
     * b0 = logit(0.25) = log(1/3) and b1 = logit(0.6) - logit(0.25) = log(1.5) - log(1/3)
     * = log(4.5).
     */
    @Test
    void logistic_matchesCellFractions_binaryCovariate() {
        List<String> groups = List.of("a", "a", "a", "b", "b", "b", "c", "c", "c");
        int[] treatment = {1, 0, 0, 0, 1, 1, 0, 1, 0};
        double[][] covariates = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}, {1}};

        AllocationIpwResult result = AllocationIpw.withDefaults().estimateWithLogisticPropensity(
                groups, treatment, new double[9], covariates);

        double[] coefficients = result.propensityCoefficients();
        assertEquals(Math.log(1.0 / 3.0), coefficients[0], 1e-9);
        assertEquals(Math.log(4.5), coefficients[1], 1e-9);
        assertEquals(0.25, result.propensities()[0], 1e-10);
        assertEquals(0.6, result.propensities()[8], 1e-10);
        assertEquals(AllocationIpwResult.PropensityModel.LOGISTIC, result.propensityModel());
        assertTrue(result.notes().get(0).contains("treat the fitted propensities as known"),
                result.notes().toString());
    }

    @Test
    void logistic_givesTreatedShare_interceptOnly() {
        List<String> groups = List.of("a", "a", "b", "b", "b");
        double[][] noCovariates = new double[5][0];

        AllocationIpwResult result = AllocationIpw.withDefaults().estimateWithLogisticPropensity(
                groups, new int[] {1, 0, 0, 1, 0}, new double[5], noCovariates);

        assertEquals(1, result.propensityCoefficients().length);
        assertEquals(0.4, result.propensities()[3], 1e-12);
    }

    /**
     * Confounded data: {@code L_ij = U_i + e_ij} with a group effect U_i ~ N(0, 0.5^2) and
     * e_ij ~ N(0, 1); {@code h = logit^-1(-0.2 + L)}; {@code Y = 2 A + 3 F + 1.5 L + N(0, 1)}
     * with F the fraction of the other members treated. Treated members have larger L, and so
     * do the members of groups with many treated, so L confounds both the direct and the
     * spillover contrasts. Because E[L] = 0, the closed forms are those of the unconfounded
     * model: {@code Y(a; alpha) = 2 a + 3 alpha}, DE = -2, IE(0.3, 0.6) = -0.9,
     * OE(0.3, 0.6) = 5 (0.3 - 0.6) = -1.5.
     *
     * <p>The estimates with the fitted model are checked within 4 reported standard errors.
     * Those errors ignore the propensity fit and are too small here: over 40 replicates of
     * this design (seeds 100 to 139), DE(0.3) had mean -1.998 and standard deviation 0.111,
     * while the reported standard error was about 0.083. Four of them are still about three
     * true standard deviations. The intercept-only fit, which ignores L, gives about -3.56 and
     * must miss DE by more than 10 of its standard errors.
     */
    @Test
    void effects_nearTruth_fittedPropensityOnConfoundedData() {
        int groups = 4000;
        ConfoundedData data = confounded(groups, 11L);
        List<Integer> labels = AllocationIpwTest.groupLabels(groups, SIZE);

        AllocationIpwResult fitted = AllocationIpw.withDefaults().estimateWithLogisticPropensity(
                labels, data.treatment(), data.outcome(), data.covariates());
        AllocationIpwResult ignoringL = AllocationIpw.withDefaults()
                .estimateWithLogisticPropensity(labels, data.treatment(), data.outcome(),
                        new double[data.outcome().length][0]);

        assertEquals(-0.2, fitted.propensityCoefficients()[0], 0.1);
        assertEquals(1.0, fitted.propensityCoefficients()[1], 0.1);
        assertWithinFourErrors(-2.0, fitted.direct(0.3));
        assertWithinFourErrors(-2.0, fitted.direct(0.6));
        assertWithinFourErrors(-0.9, fitted.indirect(0.3, 0.6));
        assertWithinFourErrors(-1.5, fitted.overall(0.3, 0.6));
        EffectEstimate naive = ignoringL.direct(0.3);
        assertTrue(Math.abs(naive.estimate() + 2.0) > 10 * naive.standardError(),
                "intercept-only DE " + naive.estimate() + ", se " + naive.standardError());
    }

    private static void assertWithinFourErrors(double expected, EffectEstimate effect) {
        assertEquals(expected, effect.estimate(), 4 * effect.standardError(),
                effect.kind() + " at " + effect.strategy0() + ", " + effect.strategy1());
    }

    private record ConfoundedData(int[] treatment, double[] outcome, double[][] covariates) {
    }

    private static ConfoundedData confounded(int groups, long seed) {
        Random random = new Random(seed);
        int n = groups * SIZE;
        int[] treatment = new int[n];
        double[] outcome = new double[n];
        double[][] covariates = new double[n][1];
        for (int g = 0; g < groups; g++) {
            double groupEffect = 0.5 * random.nextGaussian();
            int treated = 0;
            for (int j = 0; j < SIZE; j++) {
                int unit = g * SIZE + j;
                covariates[unit][0] = groupEffect + random.nextGaussian();
                double h = 1 / (1 + Math.exp(-(-0.2 + covariates[unit][0])));
                treatment[unit] = random.nextDouble() < h ? 1 : 0;
                treated += treatment[unit];
            }
            for (int j = 0; j < SIZE; j++) {
                int unit = g * SIZE + j;
                double othersTreated = (treated - treatment[unit]) / (double) (SIZE - 1);
                outcome[unit] = 2.0 * treatment[unit] + 3.0 * othersTreated
                        + 1.5 * covariates[unit][0] + random.nextGaussian();
            }
        }
        return new ConfoundedData(treatment, outcome, covariates);
    }

    @Test
    void logistic_rejectsSeparatedArms() {
        List<String> groups = List.of("a", "a", "b", "b", "c", "c");
        int[] treatment = {1, 0, 1, 0, 1, 0};
        double[][] covariates = {{2.0}, {-1.0}, {1.5}, {-0.5}, {0.7}, {-2.0}};

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[6], covariates));

        assertTrue(error.getMessage().contains("separate treated from untreated"),
                error.getMessage());
    }

    @Test
    void logistic_rejectsConstantAndCollinearColumns() {
        List<String> groups = List.of("a", "a", "b", "b", "c", "c");
        int[] treatment = {1, 0, 0, 0, 1, 1};
        double[][] constant = {{1, 3}, {2, 3}, {0, 3}, {5, 3}, {4, 3}, {1, 3}};
        double[][] collinear = {{1, 2}, {2, 4}, {0, 0}, {5, 10}, {4, 8}, {1, 2}};

        IllegalArgumentException constantError = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[6], constant));
        IllegalArgumentException collinearError = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[6], collinear));

        assertTrue(constantError.getMessage().contains("Covariate column 1 is constant"),
                constantError.getMessage());
        assertTrue(collinearError.getMessage().contains("Covariate column 1 is a linear"
                + " combination"), collinearError.getMessage());
    }

    @Test
    void logistic_rejectsInvalidCovariateRows() {
        List<String> groups = List.of("a", "a", "b", "b");
        int[] treatment = {1, 0, 1, 0};
        double[][] ragged = {{1, 2}, {2, 1}, {0}, {5, 3}};
        double[][] missing = {{1}, {2}, {Double.NaN}, {5}};

        IllegalArgumentException raggedError = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[4], ragged));
        IllegalArgumentException missingError = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[4], missing));
        IllegalArgumentException shortError = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(groups,
                        treatment, new double[4], new double[3][1]));

        assertTrue(raggedError.getMessage().contains("Covariate row 2 has 1 values"),
                raggedError.getMessage());
        assertTrue(missingError.getMessage().contains("Invalid covariate NaN for unit 2,"
                + " column 0"), missingError.getMessage());
        assertTrue(shortError.getMessage().contains("The covariates have 3 rows, expected 4"),
                shortError.getMessage());
    }

    @Test
    void logistic_rejectsSingleArm() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AllocationIpw.withDefaults().estimateWithLogisticPropensity(
                        List.of("a", "a", "b", "b"), new int[] {1, 1, 1, 1}, new double[4],
                        new double[][] {{1}, {2}, {3}, {4}}));

        assertTrue(error.getMessage().contains("all 4 units have treatment 1"),
                error.getMessage());
    }
}
