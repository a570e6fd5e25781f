package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks over the full support of exact designs, with fixed potential outcomes
 * {@code y_i(d_k)}: the HT total is unbiased for the sum of {@code y_i(d_k)} over units that
 * can receive d_k, and the variance and covariance estimators are biased by exactly their
 * Young's-inequality slack over the pairs with joint probability 0, which makes them
 * conservative. The variance of a total replaces the unidentified term {@code -y_i y_j} by
 * {@code (y_i^2 + y_j^2) / 2}, so it is too large by {@code (y_i + y_j)^2 / 2}. The covariance
 * bound replaces it by {@code -(y_i^2 + y_j^2) / 2}, so it is too small by
 * {@code (y_i - y_j)^2 / 2}.
 */
class AronowSamiiPropertyTest {

    private static final int K = 4;

    static Stream<Arguments> designs() {
        int[][] path5 = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};
        // A triangle, an edge and an isolated unit, which can never be in c11 or c01.
        int[][] mixed = {{1, 2}, {0, 2}, {0, 1}, {4}, {3}, {}};
        return Stream.of(
                Arguments.of("path of 5, 2 treated", path5,
                        AssignmentDesign.completeRandomisation(5, 2)),
                Arguments.of("triangle, edge, isolate, Bernoulli 0.4", mixed,
                        AssignmentDesign.bernoulli(6, 0.4)));
    }

    /** Heterogeneous potential outcomes, some negative, that differ by unit and condition. */
    private static double potentialOutcome(int unit, int condition) {
        return 1 + 0.7 * unit + 1.3 * condition + (unit * (condition + 1)) % 3
                - (unit % 2 == 0 ? 2.5 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void estimators_unbiasedAndConservative_fullEnumeration(String name, int[][] neighbours,
            AssignmentDesign design) {
        As4ExposureMapping mapping = As4ExposureMapping.of(neighbours);
        ExposureProbabilities p = ExposureProbabilities.compute(design, mapping,
                ProgressSink.NONE, CancellationToken.NEVER);
        int n = neighbours.length;
        Moments moments = new Moments();
        design.forEach((assignment, probability) -> {
            int[] exposures = mapping.exposures(assignment);
            double[] outcome = new double[n];
            for (int i = 0; i < n; i++) {
                outcome[i] = potentialOutcome(i, exposures[i]);
            }
            moments.add(AronowSamii.withDefaults().estimate(p, assignment, outcome),
                    probability);
        });

        for (int k = 0; k < K; k++) {
            assertEquals(reachableSum(p, k), moments.total[k], 1e-9, "E[T] of condition " + k);
            assertEquals(reachableSum(p, k) / n, moments.mean[k], 1e-9, "E[HT mean] " + k);
            double variance = moments.product[k][k] - moments.total[k] * moments.total[k];
            double slack = varianceSlack(p, k);
            assertEquals(variance + slack, moments.varianceEstimate[k], 1e-8 * (1 + slack),
                    "E[V] of condition " + k);
            assertTrue(moments.varianceEstimate[k] >= variance - 1e-9, "E[V] >= Var, " + k);
        }
        boolean anySlack = false;
        for (int k = 0; k < K; k++) {
            for (int l = 0; l < K; l++) {
                if (k == l) {
                    continue;
                }
                double covariance = moments.product[k][l] - moments.total[k] * moments.total[l];
                double slack = covarianceSlack(p, k, l);
                anySlack |= slack > 0;
                assertEquals(covariance - slack, moments.covarianceEstimate[k][l],
                        1e-8 * (1 + slack), "E[C] of " + k + ", " + l);
                double contrastVariance = (moments.product[k][k]
                        - moments.total[k] * moments.total[k] + moments.product[l][l]
                        - moments.total[l] * moments.total[l] - 2 * covariance) / (n * n);
                double contrastSlack =
                        (varianceSlack(p, k) + varianceSlack(p, l) + 2 * slack) / (n * n);
                assertEquals(contrastVariance + contrastSlack, moments.contrastVariance[k][l],
                        1e-8 * (1 + contrastSlack), "E[v(tau)] of " + k + ", " + l);
                assertTrue(moments.contrastVariance[k][l] >= contrastVariance - 1e-9,
                        "E[v(tau)] >= Var(tau) for " + k + ", " + l);
            }
        }
        assertTrue(anySlack, "the design should have pairs with joint probability 0");
    }

    private static double reachableSum(ExposureProbabilities p, int k) {
        double sum = 0;
        for (int i = 0; i < p.unitCount(); i++) {
            if (p.marginal(i, k) > 0) {
                sum += potentialOutcome(i, k);
            }
        }
        return sum;
    }

    private static double varianceSlack(ExposureProbabilities p, int k) {
        double slack = 0;
        for (int i = 0; i < p.unitCount(); i++) {
            for (int j = 0; j < p.unitCount(); j++) {
                if (i != j && p.marginal(i, k) > 0 && p.marginal(j, k) > 0
                        && p.joint(i, k, j, k) == 0) {
                    double sum = potentialOutcome(i, k) + potentialOutcome(j, k);
                    slack += sum * sum / 2;
                }
            }
        }
        return slack;
    }

    private static double covarianceSlack(ExposureProbabilities p, int k, int l) {
        double slack = 0;
        for (int i = 0; i < p.unitCount(); i++) {
            for (int j = 0; j < p.unitCount(); j++) {
                if (p.marginal(i, k) > 0 && p.marginal(j, l) > 0 && p.joint(i, k, j, l) == 0) {
                    double difference = potentialOutcome(i, k) - potentialOutcome(j, l);
                    slack += difference * difference / 2;
                }
            }
        }
        return slack;
    }

    /** Design-weighted first and second moments of the estimates. */
    private static final class Moments {
        final double[] total = new double[K];
        final double[] mean = new double[K];
        final double[][] product = new double[K][K];
        final double[] varianceEstimate = new double[K];
        final double[][] covarianceEstimate = new double[K][K];
        final double[][] contrastVariance = new double[K][K];

        void add(AronowSamiiResult result, double probability) {
            for (int k = 0; k < K; k++) {
                ExposureEstimate first = result.estimates().get(k);
                total[k] += probability * first.horvitzThompsonTotal();
                mean[k] += probability * first.horvitzThompsonTotal() / result.unitCount();
                varianceEstimate[k] += probability * first.totalVariance();
                for (int l = 0; l < K; l++) {
                    ExposureEstimate second = result.estimates().get(l);
                    product[k][l] += probability * first.horvitzThompsonTotal()
                            * second.horvitzThompsonTotal();
                    if (k != l) {
                        ExposureContrast contrast =
                                result.contrast(first.condition(), second.condition());
                        covarianceEstimate[k][l] += probability * contrast.covarianceBound();
                        double squaredN = (double) result.unitCount() * result.unitCount();
                        contrastVariance[k][l] += probability * (first.totalVariance()
                                + second.totalVariance() - 2 * contrast.covarianceBound())
                                / squaredN;
                    }
                }
            }
        }
    }
}
