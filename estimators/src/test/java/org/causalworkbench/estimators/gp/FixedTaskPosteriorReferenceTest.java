package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the fixed-nuisance multi-task GP against a one-dimensional example with closed-form
 * values.
 *
 * <p>Data: treatment probability 0.5, X = (-0.5, 0, 0.5, 0.8), T = (1, 0, 1, 0), Y = (2, 0.5, 3,
 * 1) and observational CATE 1 + 2x + 2.75x<sup>2</sup>, which give the adjusted pseudo-outcomes
 * z = (3.3125, -2, 3.3125, -6.36). Hyperparameters are fixed: squared exponential kernels with
 * lengthscale 1 for the gap and 0.5 for the nuisance, noise variance 0.25, prior mean 0 (and
 * 0.3 in the variant). The reference values were computed for this project in double precision
 * from the posterior formulas and cross-checked by explicit matrix inversion.
 */
class FixedTaskPosteriorReferenceTest {

    private static final double TOLERANCE = 1e-6;
    private static final double[] X = {-0.5, 0, 0.5, 0.8};
    private static final int[] T = {1, 0, 1, 0};
    private static final double[] Z = {3.3125, -2, 3.3125, -6.36};

    static FixedTaskCovariance covariance() {
        return FixedTaskCovariance.forPropensity(SquaredExponentialKernel.ard(1).fixed(),
                SquaredExponentialKernel.ard(0.5).fixed(), 0.5);
    }

    static List<TaskInput> trainingInputs() {
        List<TaskInput> inputs = new ArrayList<>();
        for (int i = 0; i < X.length; i++) {
            inputs.add(new TaskInput(new double[] {X[i]}, T[i]));
        }
        return inputs;
    }

    static GaussianProcessRegression<TaskInput> regression(double mean) {
        return GaussianProcessRegression.withDefaults(covariance())
                .withMean(mean)
                .withMeanLearned(false)
                .withNoiseVariance(0.25)
                .withNoiseVarianceLearned(false);
    }

    static TaskInput gapQuery(double x) {
        return new TaskInput(new double[] {x}, FixedTaskCovariance.GAP_TASK);
    }

    static Stream<Arguments> kernelEntries() {
        return Stream.of(
                Arguments.of(0, 0, 5.0),
                Arguments.of(1, 1, 5.0),
                Arguments.of(2, 2, 5.0),
                Arguments.of(3, 3, 5.0),
                Arguments.of(0, 1, -1.543626),
                Arguments.of(0, 2, 1.147872),
                Arguments.of(0, 3, 0.293368),
                Arguments.of(1, 2, -1.543626),
                Arguments.of(1, 3, 1.838298),
                Arguments.of(2, 3, -2.385083));
    }

    @ParameterizedTest(name = "K[{0}][{1}] = {2}")
    @MethodSource("kernelEntries")
    void value_matchesReference_trainingPairs(int i, int j, double expected) {
        List<TaskInput> inputs = trainingInputs();
        FixedTaskCovariance covariance = covariance();

        assertEquals(expected, covariance.value(inputs.get(i), inputs.get(j)), TOLERANCE);
        assertEquals(expected, covariance.value(inputs.get(j), inputs.get(i)), TOLERANCE);
    }

    @Test
    void alpha_matchesReference_meanZero() {
        double[] alpha = regression(0).condition(trainingInputs(), Z).alpha();
        double[] expected = {0.828544, 0.330482, -0.097014, -1.417520};

        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], alpha[i], TOLERANCE, "alpha[" + i + "]");
        }
    }

    static Stream<Arguments> posteriorAtMeanZero() {
        return Stream.of(
                Arguments.of(0.0, -0.053276, 0.208771),
                Arguments.of(0.25, -0.366844, 0.159689),
                Arguments.of(1.0, -1.005629, 0.340441),
                Arguments.of(3.0, -0.124827, 0.996567),
                Arguments.of(10.0, 0.0, 1.0));
    }

    @ParameterizedTest(name = "x* = {0}: mu = {1}, s^2 = {2}")
    @MethodSource("posteriorAtMeanZero")
    void predict_matchesReference_meanZero(double x, double mean, double variance) {
        GaussianProcessPrediction prediction =
                regression(0).condition(trainingInputs(), Z).predict(List.of(gapQuery(x)));

        assertEquals(mean, prediction.mean()[0], TOLERANCE, "mean");
        assertEquals(variance, prediction.latentVariance()[0], TOLERANCE, "variance");
    }

    static Stream<Arguments> intervalsAtMeanZero() {
        return Stream.of(
                Arguments.of(0.0, 0.456915, -0.948828, 0.842277),
                Arguments.of(1.0, 0.583473, -2.149236, 0.137978),
                Arguments.of(10.0, 1.0, -1.96, 1.96));
    }

    @ParameterizedTest(name = "x* = {0}: s = {1}, interval [{2}, {3}]")
    @MethodSource("intervalsAtMeanZero")
    void interval_matchesReference_meanZero(double x, double sd, double lower, double upper) {
        GaussianProcessPrediction prediction =
                regression(0).condition(trainingInputs(), Z).predict(List.of(gapQuery(x)));

        assertEquals(sd, prediction.standardDeviation()[0], TOLERANCE, "standard deviation");
        assertEquals(lower, prediction.lower(1.96)[0], TOLERANCE, "lower end");
        assertEquals(upper, prediction.upper(1.96)[0], TOLERANCE, "upper end");
    }

    static Stream<Arguments> posteriorAtMeanPointThree() {
        return Stream.of(
                Arguments.of(0.0, -0.020189, 0.208771),
                Arguments.of(1.0, -0.930955, 0.340441),
                Arguments.of(3.0, 0.163236, 0.996567),
                Arguments.of(10.0, 0.3, 1.0));
    }

    @ParameterizedTest(name = "x* = {0}: mu = {1}, s^2 = {2}")
    @MethodSource("posteriorAtMeanPointThree")
    void predict_matchesReference_meanPointThree(double x, double mean, double variance) {
        GaussianProcessPrediction prediction =
                regression(0.3).condition(trainingInputs(), Z).predict(List.of(gapQuery(x)));

        assertEquals(mean, prediction.mean()[0], TOLERANCE, "mean");
        assertEquals(variance, prediction.latentVariance()[0], TOLERANCE, "variance");
    }

    static Stream<Arguments> likelihoodPerPoint() {
        return Stream.of(Arguments.of(0.0, 3.024190), Arguments.of(0.3, 3.062297));
    }

    @ParameterizedTest(name = "c = {0}: -log p / n = {1}")
    @MethodSource("likelihoodPerPoint")
    void negativeLogMarginalLikelihood_matchesReference(double mean, double expected) {
        GaussianProcessPosterior<TaskInput> posterior =
                regression(mean).condition(trainingInputs(), Z);
        NegativeLogMarginalLikelihood objective =
                regression(mean).negativeLogMarginalLikelihood(trainingInputs(), Z);

        assertEquals(expected, posterior.negativeLogMarginalLikelihoodPerPoint(), TOLERANCE);
        assertEquals(expected, objective.valuePerPoint(), TOLERANCE);
        assertEquals(0.0, posterior.jitter(), "no jitter needed");
    }

    @Test
    void cateInterval_isShiftedGapInterval() {
        GaussianProcessPrediction prediction = regression(0).condition(trainingInputs(), Z)
                .predict(List.of(gapQuery(0), gapQuery(1)));
        double[] omega = {1, 5.75};
        double[][] expected = {{0.051172, 1.842277}, {3.600764, 5.887978}};

        for (int q = 0; q < 2; q++) {
            assertEquals(expected[q][0], omega[q] + prediction.lower(1.96)[q], TOLERANCE);
            assertEquals(expected[q][1], omega[q] + prediction.upper(1.96)[q], TOLERANCE);
        }
    }
}
