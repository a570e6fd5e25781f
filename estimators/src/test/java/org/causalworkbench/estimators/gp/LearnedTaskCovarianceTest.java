package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the learned-task covariance: task matrix, doubling, gradients and validation. */
class LearnedTaskCovarianceTest {

    private static final Kernel INPUT = SquaredExponentialKernel.ard(0.8, 1.5);
    private static final double[] FACTOR = {1.3, -0.7};
    private static final double[] DIAGONAL = {0.4, 2.2};

    private static LearnedTaskCovariance covariance(boolean doubled) {
        return LearnedTaskCovariance.of(INPUT, FACTOR, DIAGONAL).withDoubled(doubled);
    }

    @Test
    void taskMatrix_isRankOnePlusDiagonal() {
        double[][] matrix = covariance(false).taskMatrix();

        assertEquals(1.3 * 1.3 + 0.4, matrix[0][0], 1e-15);
        assertEquals(1.3 * -0.7, matrix[0][1], 1e-15);
        assertEquals(1.3 * -0.7, matrix[1][0], 1e-15);
        assertEquals(0.7 * 0.7 + 2.2, matrix[1][1], 1e-15);
    }

    @ParameterizedTest(name = "doubled = {0}")
    @ValueSource(booleans = {false, true})
    void value_isKernelTimesTaskEntry(boolean doubled) {
        LearnedTaskCovariance covariance = covariance(doubled);
        double[] x = {0.2, -0.4};
        double[] y = {-0.1, 0.6};
        double[][] matrix = covariance(false).taskMatrix();
        double scale = doubled ? 2 : 1;

        for (int t = 0; t < 2; t++) {
            for (int u = 0; u < 2; u++) {
                double expected = scale * INPUT.value(x, y) * matrix[t][u];
                double actual = covariance.value(new TaskInput(x, t), new TaskInput(y, u));
                assertEquals(expected, actual, 1e-14, "tasks " + t + " and " + u);
            }
        }
    }

    @ParameterizedTest(name = "doubled = {0}")
    @ValueSource(booleans = {false, true})
    void gradient_matchesCentralDifferences_allTaskPairs(boolean doubled) {
        LearnedTaskCovariance covariance = covariance(doubled);
        Random random = new Random(5);
        for (int pair = 0; pair < 12; pair++) {
            double[] x = {random.nextGaussian(), random.nextGaussian()};
            double[] y = pair < 4 ? x.clone()
                    : new double[] {random.nextGaussian(), random.nextGaussian()};
            TaskInput a = new TaskInput(x, pair % 2);
            TaskInput b = new TaskInput(y, (pair / 2) % 2);
            double[] analytic = new double[covariance.parameterCount()];
            covariance.gradient(a, b, analytic, 0);
            double[] numerical = GradientCheck.centralDifferences(
                    values -> covariance.withLogParameters(values).value(a, b),
                    covariance.logParameters());

            GradientCheck.assertGradientsAgree(numerical, analytic, 1e-3,
                    "pair " + pair + ", tasks " + a.task() + " and " + b.task());
        }
    }

    @Test
    void likelihoodGradient_matchesCentralDifferences_wrappedForCombinations() {
        Random random = new Random(8);
        List<LinearCombination<TaskInput>> inputs = new ArrayList<>();
        double[] targets = new double[25];
        for (int i = 0; i < targets.length; i++) {
            double[] x = {2 * random.nextDouble() - 1, random.nextGaussian()};
            int task = random.nextInt(2);
            inputs.add(LinearCombination.of(new TaskInput(x, task)));
            targets[i] = (2 * task - 1) * Math.sin(2 * x[0]) + x[1] + random.nextGaussian();
        }
        GaussianProcessRegression<LinearCombination<TaskInput>> regression =
                GaussianProcessRegression.withDefaults(
                        LinearCombinationCovariance.of(covariance(true)))
                        .withMean(0.2)
                        .withNoiseVariance(0.7);
        int count = regression.covariance().parameterCount();
        double[] point = Arrays.copyOf(regression.covariance().logParameters(), count + 2);
        point[count] = regression.mean();
        point[count + 1] = Math.log(regression.noiseVariance());

        double[] analytic = regression.negativeLogMarginalLikelihood(inputs, targets).gradient();
        double[] numerical = GradientCheck.centralDifferences(p -> regression
                .withCovariance(regression.covariance().withLogParameters(
                        Arrays.copyOf(p, count)))
                .withMean(p[count])
                .withNoiseVariance(Math.exp(p[count + 1]))
                .negativeLogMarginalLikelihood(inputs, targets)
                .value(), point);

        GradientCheck.assertGradientsAgree(numerical, analytic, 1e-2, "-log p gradient");
    }

    @Test
    void gradient_writesOnlyItsRange_offset() {
        LearnedTaskCovariance covariance = covariance(false);
        TaskInput a = new TaskInput(new double[] {0.3, -0.2}, 0);
        TaskInput b = new TaskInput(new double[] {-0.5, 0.9}, 1);
        double[] gradient = new double[covariance.parameterCount() + 3];
        Arrays.fill(gradient, 42);

        covariance.gradient(a, b, gradient, 2);

        assertEquals(42, gradient[0]);
        assertEquals(42, gradient[1]);
        assertEquals(42, gradient[gradient.length - 1]);
    }

    @Test
    void logParameters_keepFactorUntransformed() {
        LearnedTaskCovariance covariance = covariance(true);
        double[] values = covariance.logParameters();

        assertEquals(6, covariance.parameterCount());
        assertArrayEquals(new double[] {Math.log(0.8), Math.log(1.5), 1.3, -0.7, Math.log(0.4),
            Math.log(2.2)}, values, 1e-15);

        LearnedTaskCovariance copy = covariance.withLogParameters(values);
        assertArrayEquals(FACTOR, copy.factor(), 1e-15);
        assertArrayEquals(DIAGONAL, copy.diagonal(), 1e-14);
        assertTrue(copy.doubled(), "the copy keeps the doubled scale");
    }

    @Test
    void hyperparameters_nameInputAndTaskEntries() {
        LearnedTaskCovariance covariance = covariance(false);

        assertEquals("input.lengthscale[0]", covariance.hyperparameters().get(0).name());
        assertEquals(Hyperparameter.Kind.LENGTHSCALE,
                covariance.hyperparameters().get(1).kind());
        assertEquals("task.factor[1]", covariance.hyperparameters().get(3).name());
        assertEquals("task.diagonal[0]", covariance.hyperparameters().get(4).name());
        assertFalse(covariance.doubled());
    }

    @Test
    void inputs_areRejected_whenInvalid() {
        LearnedTaskCovariance covariance = covariance(false);
        TaskInput unknownTask = new TaskInput(new double[] {0, 0}, 2);
        TaskInput known = new TaskInput(new double[] {0, 0}, 0);

        assertThrows(IllegalArgumentException.class, () -> covariance.value(unknownTask, known));
        assertThrows(IllegalArgumentException.class,
                () -> LearnedTaskCovariance.of(INPUT, new double[] {1}, DIAGONAL));
        assertThrows(IllegalArgumentException.class,
                () -> LearnedTaskCovariance.of(INPUT, FACTOR, new double[] {0.4, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> LearnedTaskCovariance.of(INPUT, new double[] {Double.NaN, 1}, DIAGONAL));
        assertThrows(IllegalArgumentException.class,
                () -> LearnedTaskCovariance.of(null, FACTOR, DIAGONAL));
    }
}
