package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks end-to-end calibration of the fixed-nuisance multi-task GP when the data come from the
 * model itself and the hyperparameters are fixed at the truth.
 *
 * <p>Each replicate draws &Delta; ~ GP(0, squared exponential, lengthscale 1) and
 * g ~ GP(0, squared exponential, lengthscale 0.5), n = 50 covariates uniform on [-1, 1],
 * treatment with probability 0.5, and z = &Delta;(x) + v<sub>T</sub> g(x) + N(0, 0.25) with
 * v = (-2, 2). The posterior is then exact, so the 95 % interval for &Delta;(x*) covers the
 * drawn value with probability 0.95 at every x*, inside or outside [-1, 1]. Over R replicates
 * the observed coverage must lie within 0.95 &plusmn; 2 sqrt(0.95 &middot; 0.05 / R).
 */
class FixedTaskCalibrationTest {

    private static final int REPLICATES = 10000;
    private static final int SIZE = 50;
    private static final double[] QUERIES = {-0.9, 0.0, 0.6, 1.5, 3.0};
    private static final long SEED = 20250319L;

    @Test
    void coverage_isNominal_hyperparametersAtTruth() {
        Kernel gapKernel = SquaredExponentialKernel.ard(1).fixed();
        Kernel nuisanceKernel = SquaredExponentialKernel.ard(0.5).fixed();
        GaussianProcessRegression<TaskInput> regression = GaussianProcessRegression
                .withDefaults(FixedTaskCovariance.forPropensity(gapKernel, nuisanceKernel, 0.5))
                .withMean(0)
                .withMeanLearned(false)
                .withNoiseVariance(0.25)
                .withNoiseVarianceLearned(false);
        List<TaskInput> queries = new ArrayList<>();
        for (double x : QUERIES) {
            queries.add(new TaskInput(new double[] {x}, FixedTaskCovariance.GAP_TASK));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int[] covered = new int[QUERIES.length];

        for (int replicate = 0; replicate < REPLICATES; replicate++) {
            // Gap at the training covariates followed by the query points, drawn jointly.
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                points.add(new double[] {random.nextDouble(-1, 1)});
            }
            for (double x : QUERIES) {
                points.add(new double[] {x});
            }
            double[] gap = PriorDraws.draw(gapKernel, points, random);
            double[] nuisance =
                    PriorDraws.draw(nuisanceKernel, points.subList(0, SIZE), random);

            List<TaskInput> inputs = new ArrayList<>();
            double[] targets = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                boolean treated = random.nextDouble() < 0.5;
                inputs.add(new TaskInput(points.get(i), treated ? 1 : 0));
                targets[i] = gap[i] + (treated ? 2 : -2) * nuisance[i]
                        + 0.5 * random.nextGaussian();
            }

            GaussianProcessPrediction prediction =
                    regression.condition(inputs, targets).predict(queries);
            double[] lower = prediction.lower(1.96);
            double[] upper = prediction.upper(1.96);
            for (int q = 0; q < QUERIES.length; q++) {
                double truth = gap[SIZE + q];
                if (lower[q] < truth && truth < upper[q]) {
                    covered[q]++;
                }
            }
        }

        double band = 2 * Math.sqrt(0.95 * 0.05 / REPLICATES);
        for (int q = 0; q < QUERIES.length; q++) {
            double coverage = (double) covered[q] / REPLICATES;
            assertTrue(Math.abs(coverage - 0.95) <= band, "coverage " + coverage + " at x* = "
                    + QUERIES[q] + " is outside 0.95 +- " + band);
        }
    }
}
