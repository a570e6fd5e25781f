package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.gp.GaussianProcessPosterior;
import org.causalworkbench.estimators.gp.GaussianProcessPrediction;
import org.causalworkbench.estimators.gp.GaussianProcessRegression;
import org.causalworkbench.estimators.gp.LearnedTaskCovariance;
import org.causalworkbench.estimators.gp.LinearCombination;
import org.causalworkbench.estimators.gp.LinearCombinationCovariance;
import org.causalworkbench.estimators.gp.SquaredExponentialKernel;
import org.causalworkbench.estimators.gp.TaskInput;
import org.causalworkbench.estimators.obsexp.simulate.EvaluationPoints;
import org.causalworkbench.estimators.obsexp.simulate.GpGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedData;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the LCM baseline: the gap read-out formula, the read-out of a hand-built posterior
 * against explicit matrix algebra with Commons Math, and a fit on the GP-gap simulation.
 */
class LcmPseudoOutcomeGpTest {

    private static final LearnedTaskCovariance COVARIANCE = LearnedTaskCovariance.of(
            SquaredExponentialKernel.ard(0.7), new double[] {1.4, -0.6},
            new double[] {0.3, 0.9});
    private static final double[] TRAINING_X = {-0.8, -0.5, -0.1, 0.2, 0.6, 0.9};
    private static final int[] TRAINING_TASK = {0, 1, 1, 0, 1, 0};
    private static final double[] TARGETS = {-1.2, 2.3, 1.7, -0.4, 3.1, -2.0};
    private static final double MEAN = 0.4;
    private static final double NOISE = 0.3;
    private static final double PROPENSITY = 0.3;

    static Stream<Arguments> handBuiltCovariances() {
        return Stream.of(
                // pi, V00, V01, V10, V11, expected
                Arguments.of(0.5, 1.0, 0.0, 0.0, 1.0, 0.5),
                Arguments.of(0.5, 2.0, -1.0, -1.0, 2.0, 0.5),
                Arguments.of(0.3, 1.5, 0.2, 0.4, 0.8,
                        0.09 * 0.8 + 0.49 * 1.5 + 0.21 * 0.6),
                Arguments.of(0.9, 0.04, 0.01, 0.01, 0.25,
                        0.81 * 0.25 + 0.01 * 0.04 + 0.09 * 0.02),
                Arguments.of(0.5, 1.0, -1.0, -1.0, 1.0, LcmPseudoOutcomeGp.VARIANCE_FLOOR),
                Arguments.of(0.5, 1e-7, 0.0, 0.0, 1e-7, LcmPseudoOutcomeGp.VARIANCE_FLOOR));
    }

    @ParameterizedTest(name = "pi = {0}, V = [{1}, {2}; {3}, {4}]")
    @MethodSource("handBuiltCovariances")
    void gapVariance_combinesArmCovariance(double pi, double v00, double v01, double v10,
            double v11, double expected) {
        assertEquals(expected, LcmPseudoOutcomeGp.gapVariance(pi, v00, v01, v10, v11), 1e-15);
    }

    @Test
    void gapMean_weightsTreatedArmByPropensity() {
        assertEquals(0.3 * 5 + 0.7 * -1, LcmPseudoOutcomeGp.gapMean(0.3, -1, 5), 1e-15);
    }

    @Test
    void gapPredictor_matchesExplicitPosterior_handBuilt() {
        List<LinearCombination<TaskInput>> inputs = new ArrayList<>();
        for (int i = 0; i < TRAINING_X.length; i++) {
            inputs.add(LinearCombination.of(
                    new TaskInput(new double[] {TRAINING_X[i]}, TRAINING_TASK[i])));
        }
        GaussianProcessPosterior<LinearCombination<TaskInput>> posterior =
                GaussianProcessRegression.withDefaults(LinearCombinationCovariance.of(COVARIANCE))
                        .withMean(MEAN).withMeanLearned(false)
                        .withNoiseVariance(NOISE).withNoiseVarianceLearned(false)
                        .condition(inputs, TARGETS);
        double[][] points = {{-0.3}, {0.4}, {2.5}};

        GaussianProcessPrediction prediction =
                LcmPseudoOutcomeGp.gapPredictor(posterior, PROPENSITY).apply(points);

        for (int q = 0; q < points.length; q++) {
            double[][] moments = explicitArmPosterior(points[q][0]);
            double expectedMean = PROPENSITY * moments[1][0] + (1 - PROPENSITY) * moments[0][0];
            double expectedVariance = PROPENSITY * PROPENSITY * moments[1][1]
                    + (1 - PROPENSITY) * (1 - PROPENSITY) * moments[0][1]
                    + PROPENSITY * (1 - PROPENSITY) * (moments[0][2] + moments[1][2]);
            assertEquals(expectedMean, prediction.mean()[q], 1e-10, "mean at " + points[q][0]);
            assertEquals(expectedVariance, prediction.latentVariance()[q], 1e-10,
                    "variance at " + points[q][0]);
        }
    }

    @Test
    void fit_finiteInSupportError_gpGapSimulation() {
        SimulatedData data = GpGapSimulation.withDefaults().withDimension(1)
                .withExperimentalSize(200).withTreatmentProbability(0.5).withNoiseSd(0.5)
                .withGridSize(1000).withEvaluationSizes(500, 500).generate(11);
        SimulatedSample rct = data.experimental();
        double[] treatment = new double[rct.size()];
        for (int i = 0; i < treatment.length; i++) {
            treatment[i] = rct.treatment(i);
        }
        TrialData trial = new TrialData(rct.covariates(), treatment, rct.outcomes(), 0.5);

        GapModel model = LcmPseudoOutcomeGp.withDefaults().fit(trial, rct.trueOmega(),
                ProgressSink.NONE, CancellationToken.NEVER);
        EvaluationPoints in = data.inSupport();
        List<GapPrediction> predictions = model.predict(in.covariates(), in.trueOmega());
        IntervalMetrics metrics = IntervalMetrics.of(predictions, in.trueDelta());

        assertTrue(Double.isFinite(metrics.meanSquaredError()), "MSE " + metrics);
        assertTrue(metrics.width() > 0, "width " + metrics);
        assertTrue(predictions.get(0).inSupport(), "an in-support point flagged outside");
        assertEquals(0, model.hyperparameters().lengthscaleNuisance().length);
        assertTrue(model.hyperparameters().lengthscaleBias()[0] > 0);
    }

    /**
     * Returns {{mean0, V00, V01}, {mean1, V11, V10}} at x, computed as c + K*'Ky^-1 (z - c) and
     * K** - K*' Ky^-1 K* with Commons Math.
     */
    private static double[][] explicitArmPosterior(double x) {
        int n = TRAINING_X.length;
        RealMatrix trainingMatrix = new Array2DRowRealMatrix(n, n);
        RealMatrix cross = new Array2DRowRealMatrix(n, 2);
        TaskInput[] queries = {new TaskInput(new double[] {x}, 0),
            new TaskInput(new double[] {x}, 1)};
        RealVector residual = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            TaskInput a = new TaskInput(new double[] {TRAINING_X[i]}, TRAINING_TASK[i]);
            for (int j = 0; j < n; j++) {
                TaskInput b = new TaskInput(new double[] {TRAINING_X[j]}, TRAINING_TASK[j]);
                double value = COVARIANCE.value(a, b);
                trainingMatrix.setEntry(i, j, i == j ? value + NOISE : value);
            }
            cross.setEntry(i, 0, COVARIANCE.value(a, queries[0]));
            cross.setEntry(i, 1, COVARIANCE.value(a, queries[1]));
            residual.setEntry(i, TARGETS[i] - MEAN);
        }
        DecompositionSolver solver = new CholeskyDecomposition(trainingMatrix).getSolver();
        RealVector weights = solver.solve(residual);
        RealMatrix explained = cross.transpose().multiply(solver.solve(cross));
        double[][] moments = new double[2][3];
        for (int t = 0; t < 2; t++) {
            moments[t][0] = MEAN + cross.getColumnVector(t).dotProduct(weights);
            moments[t][1] = COVARIANCE.value(queries[t], queries[t]) - explained.getEntry(t, t);
            moments[t][2] = COVARIANCE.value(queries[t], queries[1 - t])
                    - explained.getEntry(t, 1 - t);
        }
        return moments;
    }
}
