package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The additive household model of O'Riordan and Gilligan-Lee (CLeaR 2025) under the allocation
 * estimands: groups of n = 4, each member treated independently with known probability 0.5,
 * and {@code Y = 2 A + 3 F + N(0, 1)} with F the fraction of the other three members treated.
 *
 * <p>Closed forms. Under the counterfactual allocation alpha the other three members are
 * treated independently with probability alpha, whatever the member's own treatment, so
 * {@code E[F | A = a] = alpha} and {@code E[Y | A = a; alpha] = 2 a + 3 alpha}. Hence
 * <pre>
 *   Y(0; alpha) = 3 alpha     Y(1; alpha) = 2 + 3 alpha     Y(alpha) = 2 alpha + 3 alpha
 *   DE(alpha) = -2 = -TACE for every alpha
 *   at alpha0 = 0.3, alpha1 = 0.6:
 *     IE = 0.9 - 1.8 = -0.9    TE = 0.9 - 3.8 = -2.9    OE = 1.5 - 3.0 = -1.5
 *   and the reverse pair gives IE = 0.9, TE = 1.8 - 2.9 = -1.1, OE = 1.5.
 * </pre>
 * The group-mean estimator of Hudgens and Halloran returns -1 for DE on the same kind of data,
 * because it targets fixed-count allocations.
 *
 * <p>Each estimate is a mean over groups of a linear function {@code sum_j c_j(A) Y_j} of the
 * group's outcomes. {@link #exactMoments} enumerates the 16 assignments of a group to get its
 * exact mean and variance, which checks the closed forms and gives the true standard error of
 * the Monte Carlo estimate.
 */
class AllocationIpwAdditiveTest {

    private static final int SIZE = 4;
    private static final double DESIGN = 0.5;
    private static final int GROUPS = 20000;
    private static final AllocationIpwResult RESULT = simulate(GROUPS, 20261204L);

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.5, 0.6, 0.9})
    void direct_isMinusTace_everyAllocation(double alpha) {
        double[] exact = exactMoments((a, j) -> arm(a, j, 0, alpha) - arm(a, j, 1, alpha));

        assertEquals(-2.0, exact[0], 1e-12, "exact mean of DE_i");
        assertWithinFourErrors(-2.0, exact[1], RESULT.direct(alpha));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.6})
    void means_matchClosedForms(double alpha) {
        double[] untreated = exactMoments((a, j) -> arm(a, j, 0, alpha));
        double[] treated = exactMoments((a, j) -> arm(a, j, 1, alpha));
        double[] marginal = exactMoments((a, j) -> marginal(a, alpha));
        AllocationMeans means = RESULT.means(alpha);

        assertEquals(3 * alpha, untreated[0], 1e-12);
        assertEquals(2 + 3 * alpha, treated[0], 1e-12);
        assertEquals(5 * alpha, marginal[0], 1e-12);
        assertEquals(3 * alpha, means.untreatedMean(), 4 * Math.sqrt(untreated[1] / GROUPS));
        assertEquals(2 + 3 * alpha, means.treatedMean(), 4 * Math.sqrt(treated[1] / GROUPS));
        assertEquals(5 * alpha, means.marginalMean(), 4 * Math.sqrt(marginal[1] / GROUPS));
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.6", "0.6, 0.3"})
    void effects_matchClosedForms_allocationPair(double alpha0, double alpha1) {
        double[] indirect = exactMoments((a, j) -> arm(a, j, 0, alpha0) - arm(a, j, 0, alpha1));
        double[] total = exactMoments((a, j) -> arm(a, j, 0, alpha0) - arm(a, j, 1, alpha1));
        double[] overall = exactMoments((a, j) -> marginal(a, alpha0) - marginal(a, alpha1));

        assertEquals(3 * (alpha0 - alpha1), indirect[0], 1e-12);
        assertEquals(3 * alpha0 - 2 - 3 * alpha1, total[0], 1e-12);
        assertEquals(5 * (alpha0 - alpha1), overall[0], 1e-12);
        assertWithinFourErrors(3 * (alpha0 - alpha1), indirect[1],
                RESULT.indirect(alpha0, alpha1));
        assertWithinFourErrors(3 * alpha0 - 2 - 3 * alpha1, total[1],
                RESULT.total(alpha0, alpha1));
        assertWithinFourErrors(5 * (alpha0 - alpha1), overall[1],
                RESULT.overall(alpha0, alpha1));
    }

    /**
     * Checks the estimate within 4 true standard errors of the closed form, and the variance
     * estimate within 15 % of the true variance of the mean. With 20000 groups and bounded
     * contributions the sample variance has a relative standard error of a few percent.
     */
    private static void assertWithinFourErrors(double expected, double groupVariance,
            EffectEstimate effect) {
        double trueVariance = groupVariance / GROUPS;
        String label = effect.kind() + " at " + effect.strategy0() + ", " + effect.strategy1();
        assertEquals(expected, effect.estimate(), 4 * Math.sqrt(trueVariance), label);
        assertEquals(trueVariance, effect.variance(), 0.15 * trueVariance, label + " variance");
    }

    /** The coefficient c_j(A) of member j's outcome in a group-level estimate. */
    @FunctionalInterface
    private interface Coefficient {
        double of(int[] assignment, int member);
    }

    /** Returns the coefficient of {@code Y_i(arm; alpha)}: 1{A_j = arm} pi(A_-j) / (n f). */
    private static double arm(int[] assignment, int member, int arm, double alpha) {
        if (assignment[member] != arm) {
            return 0;
        }
        int othersTreated = treatedCount(assignment) - assignment[member];
        double others = Math.pow(alpha, othersTreated)
                * Math.pow(1 - alpha, SIZE - 1 - othersTreated);
        return others / (SIZE * Math.pow(DESIGN, SIZE));
    }

    /** Returns the coefficient of {@code Y_i(alpha)}: pi(A) / (n f). */
    private static double marginal(int[] assignment, double alpha) {
        int treated = treatedCount(assignment);
        double all = Math.pow(alpha, treated) * Math.pow(1 - alpha, SIZE - treated);
        return all / (SIZE * Math.pow(DESIGN, SIZE));
    }

    /**
     * Returns the exact mean and variance of {@code sum_j c_j(A) Y_j} for one group, with
     * {@code Y_j = 2 A_j + (t - A_j) + e_j}, t the number treated and unit-variance noise e:
     * {@code Var = E[(sum c mu)^2 + sum c^2] - (E[sum c mu])^2}.
     */
    private static double[] exactMoments(Coefficient coefficient) {
        double mean = 0;
        double secondMoment = 0;
        for (int mask = 0; mask < 1 << SIZE; mask++) {
            int[] assignment = new int[SIZE];
            for (int j = 0; j < SIZE; j++) {
                assignment[j] = (mask >> j) & 1;
            }
            double probability = Math.pow(DESIGN, SIZE);
            int treated = treatedCount(assignment);
            double signal = 0;
            double noise = 0;
            for (int j = 0; j < SIZE; j++) {
                double c = coefficient.of(assignment, j);
                signal += c * (2.0 * assignment[j] + (treated - assignment[j]));
                noise += c * c;
            }
            mean += probability * signal;
            secondMoment += probability * (signal * signal + noise);
        }
        return new double[] {mean, secondMoment - mean * mean};
    }

    private static int treatedCount(int[] assignment) {
        return Arrays.stream(assignment).sum();
    }

    /** Treatments and outcomes of simulated households of {@code SIZE}, in group order. */
    record Households(int[] treatment, double[] outcome) {
    }

    /**
     * Simulates households of {@code SIZE} with {@code A ~ Bernoulli(DESIGN)} and
     * {@code Y = 2A + 3 * (fraction of the others treated) + N(0, 1)}.
     */
    static Households households(int groups, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Random gaussian = new java.util.Random(seed + 1);
        int n = groups * SIZE;
        int[] treatment = new int[n];
        double[] outcome = new double[n];
        for (int g = 0; g < groups; g++) {
            int treated = 0;
            for (int j = 0; j < SIZE; j++) {
                treatment[g * SIZE + j] = random.nextDouble() < DESIGN ? 1 : 0;
                treated += treatment[g * SIZE + j];
            }
            for (int j = 0; j < SIZE; j++) {
                int a = treatment[g * SIZE + j];
                double othersTreated = (treated - a) / (double) (SIZE - 1);
                outcome[g * SIZE + j] = 2.0 * a + 3.0 * othersTreated + gaussian.nextGaussian();
            }
        }
        return new Households(treatment, outcome);
    }

    private static AllocationIpwResult simulate(int groups, long seed) {
        Households data = households(groups, seed);
        double[] propensity = new double[groups * SIZE];
        Arrays.fill(propensity, DESIGN);
        return AllocationIpw.withDefaults().estimateWithKnownPropensity(
                AllocationIpwTest.groupLabels(groups, SIZE), data.treatment(), data.outcome(),
                propensity);
    }
}
