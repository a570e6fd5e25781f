package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/**
 * Checks structural properties of the GP posterior, the jitter fallback, sampling, input
 * validation, progress and cancellation.
 */
class GaussianProcessRegressionTest {

    private static final double[] Z = {3.3125, -2, 3.3125, -6.36};

    private static List<TaskInput> queries(double... xs) {
        List<TaskInput> points = new ArrayList<>();
        for (double x : xs) {
            points.add(FixedTaskPosteriorReferenceTest.gapQuery(x));
        }
        return points;
    }

    private static GaussianProcessRegression<double[]> fixedSquaredExponential(double noise) {
        return GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) SquaredExponentialKernel.ard(1)
                        .fixed())
                .withMeanLearned(false)
                .withNoiseVarianceLowerBound(0)
                .withNoiseVariance(noise)
                .withNoiseVarianceLearned(false);
    }

    @Test
    void latentVariance_doesNotDependOnTargets() {
        List<TaskInput> points = queries(-3, -0.5, 0, 0.3, 1, 2.5, 10);
        double[] otherTargets = {-40, 17, 0.001, 8};

        double[] first = FixedTaskPosteriorReferenceTest.regression(0)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), Z)
                .predict(points).latentVariance();
        double[] second = FixedTaskPosteriorReferenceTest.regression(0.7)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), otherTargets)
                .predict(points).latentVariance();

        assertArrayEquals(first, second, 1e-15);
    }

    @Test
    void predict_revertsToPrior_farFromData() {
        GaussianProcessPrediction prediction = FixedTaskPosteriorReferenceTest.regression(0.3)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), Z)
                .predict(queries(-60, 60));

        for (int q = 0; q < 2; q++) {
            assertEquals(0.3, prediction.mean()[q], 1e-12, "mean at point " + q);
            assertEquals(1.0, prediction.standardDeviation()[q], 1e-12, "sd at point " + q);
        }
    }

    @Test
    void intervalWidth_isAtMostPriorWidth_everywhere() {
        double[] grid = new double[201];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = -10 + 0.1 * i;
        }
        GaussianProcessPrediction prediction = FixedTaskPosteriorReferenceTest.regression(0)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), Z)
                .predict(queries(grid));

        for (int i = 0; i < grid.length; i++) {
            double width = prediction.upper(1.96)[i] - prediction.lower(1.96)[i];
            assertTrue(width <= 3.92 + 1e-12, "width " + width + " at x = " + grid[i]);
        }
    }

    @Test
    void condition_reportsJitter_duplicatedInputWithoutNoise() {
        List<double[]> inputs = List.of(new double[] {0}, new double[] {0.5},
                new double[] {0.5}, new double[] {1.5});
        double[] targets = {0.2, 1.0, 1.0, -0.4};

        GaussianProcessPosterior<double[]> posterior =
                fixedSquaredExponential(0).condition(inputs, targets);
        GaussianProcessFit<double[]> fit = fixedSquaredExponential(0)
                .fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(JitteredCholesky_DDRM.INITIAL_JITTER, posterior.jitter());
        assertEquals(JitteredCholesky_DDRM.INITIAL_JITTER, fit.diagnostics().jitter());
        assertTrue(fit.diagnostics().warnings().stream().anyMatch(w -> w.contains("jitter")),
                fit.diagnostics().warnings().toString());
    }

    @Test
    void condition_throwsSingular_jitterDisabled() {
        List<double[]> inputs = List.of(new double[] {0}, new double[] {0});
        GaussianProcessRegression<double[]> regression =
                fixedSquaredExponential(0).withMaxJitter(0);

        SingularKernelMatrixException error = assertThrows(SingularKernelMatrixException.class,
                () -> regression.condition(inputs, new double[] {1, 1}));

        assertTrue(error.getMessage().startsWith("kernel matrix is singular"),
                error.getMessage());
    }

    @Test
    void condition_needsNoJitter_noiseAtDefaultBound() {
        List<double[]> inputs = List.of(new double[] {0}, new double[] {0});
        GaussianProcessRegression<double[]> regression = fixedSquaredExponential(0)
                .withNoiseVarianceLowerBound(
                        GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND)
                .withNoiseVariance(GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND);

        assertEquals(0.0, regression.condition(inputs, new double[] {1, 1}).jitter());
    }

    @Test
    void condition_rejectsInvalidData() {
        GaussianProcessRegression<double[]> regression = fixedSquaredExponential(0.1);
        List<double[]> two = List.of(new double[] {0}, new double[] {1});

        assertThrows(IllegalArgumentException.class,
                () -> regression.condition(List.of(), new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> regression.condition(two, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> regression.condition(two, new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> regression
                .withNoiseVarianceLowerBound(0.5).condition(two, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> regression.withNoiseVariance(-1));
        assertThrows(IllegalArgumentException.class, () -> regression.withMean(Double.NaN));
    }

    @Test
    void sample_matchesPosteriorMoments_manyDraws() {
        GaussianProcessPosterior<TaskInput> posterior = FixedTaskPosteriorReferenceTest
                .regression(0)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), Z);
        List<TaskInput> points = queries(-1, 0, 0.25, 1, 3);
        GaussianProcessPrediction prediction = posterior.predict(points);
        int draws = 20000;

        PosteriorSamples samples = posterior.sample(points, draws, new SplittableRandom(42));

        double[][] values = samples.values();
        assertEquals(draws, values.length);
        for (int q = 0; q < points.size(); q++) {
            double sum = 0;
            double sumOfSquares = 0;
            for (double[] draw : values) {
                sum += draw[q];
                sumOfSquares += draw[q] * draw[q];
            }
            double mean = sum / draws;
            double variance = sumOfSquares / draws - mean * mean;
            double sd = prediction.standardDeviation()[q];
            // Five standard errors of the sample mean and of the sample variance.
            assertEquals(prediction.mean()[q], mean, 5 * sd / Math.sqrt(draws), "mean " + q);
            assertEquals(sd * sd, variance, 5 * sd * sd * Math.sqrt(2.0 / draws),
                    "variance " + q);
        }
    }

    @Test
    void sample_reportsJitter_repeatedQueryPoint() {
        GaussianProcessPosterior<TaskInput> posterior = FixedTaskPosteriorReferenceTest
                .regression(0)
                .condition(FixedTaskPosteriorReferenceTest.trainingInputs(), Z);

        PosteriorSamples samples = posterior.sample(queries(0.2, 0.2), 3, new SplittableRandom(1));

        assertTrue(samples.jitter() > 0, "jitter " + samples.jitter());
        assertEquals(samples.values()[0][0], samples.values()[0][1], 0.01);
    }

    @Test
    void fit_skipsOptimisation_nothingLearned() {
        GaussianProcessFit<TaskInput> fit = FixedTaskPosteriorReferenceTest.regression(0)
                .fit(FixedTaskPosteriorReferenceTest.trainingInputs(), Z, ProgressSink.NONE,
                        CancellationToken.NEVER);

        assertEquals(0, fit.diagnostics().iterations());
        assertEquals(0, fit.diagnostics().restarts());
        assertEquals(3.024190, fit.diagnostics().negativeLogLikelihoodPerPoint(), 1e-6);
        assertEquals(List.of(), fit.diagnostics().warnings());
    }

    @Test
    void fit_reportsEachStart_toProgressSink() {
        List<Long> done = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                done.add(workDone);
                assertEquals(3, totalWork);
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };

        GaussianProcessFit<TaskInput> fit = FixedTaskPosteriorReferenceTest.regression(0)
                .withMeanLearned(true)
                .withRestarts(2)
                .fit(FixedTaskPosteriorReferenceTest.trainingInputs(), Z, sink,
                        CancellationToken.NEVER);

        assertEquals(List.of(1L, 2L, 3L), done);
        assertEquals("Hyperparameter optimisation, start 3 of 3", messages.get(2));
        assertEquals(2, fit.diagnostics().restarts());
        assertTrue(fit.diagnostics().converged());
    }

    @Test
    void fit_findsGlsMean_onlyMeanLearned() {
        // With only c learned, the optimum is the generalised least-squares mean
        // c = 1'K_y^-1 z / 1'K_y^-1 1, at which the gradient -1'alpha vanishes.
        GaussianProcessFit<TaskInput> fit = FixedTaskPosteriorReferenceTest.regression(0)
                .withMeanLearned(true)
                .fit(FixedTaskPosteriorReferenceTest.trainingInputs(), Z, ProgressSink.NONE,
                        CancellationToken.NEVER);
        double[] alpha = fit.posterior().alpha();
        double sum = 0;
        for (double value : alpha) {
            sum += value;
        }

        assertEquals(0.0, sum, 1e-5);
    }

    @Test
    void fit_throwsCancellation_cancelledToken() {
        GaussianProcessRegression<TaskInput> regression =
                FixedTaskPosteriorReferenceTest.regression(0).withMeanLearned(true);

        assertThrows(CancellationException.class, () -> regression.fit(
                FixedTaskPosteriorReferenceTest.trainingInputs(), Z, ProgressSink.NONE,
                () -> true));
    }
}
