package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the fixed-nuisance multi-task covariance: task factors, gradients and validation. */
class FixedTaskCovarianceTest {

    private static final Kernel GAP = SquaredExponentialKernel.ard(0.8, 1.5);
    private static final Kernel NUISANCE = MaternKernel.fiveHalves(0.4, 0.9);

    static Stream<Arguments> propensities() {
        return Stream.of(
                Arguments.of(0.5, new double[] {-2, 2, 0}),
                Arguments.of(0.9, new double[] {-10, 1 / 0.9, 0}),
                Arguments.of(0.95, new double[] {-20, 1 / 0.95, 0}));
    }

    @ParameterizedTest(name = "pi = {0}")
    @MethodSource("propensities")
    void forPropensity_setsTaskFactors(double propensity, double[] expected) {
        FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(GAP, NUISANCE,
                propensity);

        assertArrayEquals(expected, covariance.taskFactors(), 1e-12);
    }

    @Test
    void value_gapTaskUsesOnlyGapKernel() {
        FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(GAP, NUISANCE, 0.3);
        double[] x = {0.2, -0.4};
        double[] y = {-0.1, 0.6};

        for (int task = 0; task < 3; task++) {
            TaskInput query = new TaskInput(x, FixedTaskCovariance.GAP_TASK);
            TaskInput training = new TaskInput(y, task);
            assertEquals(GAP.value(x, y), covariance.value(query, training), 1e-15,
                    "task " + task);
        }
    }

    @Test
    void value_addsWeightedNuisance_treatedAndControl() {
        FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(GAP, NUISANCE, 0.25);
        double[] x = {0.2, -0.4};
        double[] y = {-0.1, 0.6};
        TaskInput treated = new TaskInput(x, FixedTaskCovariance.TREATED_TASK);
        TaskInput control = new TaskInput(y, FixedTaskCovariance.CONTROL_TASK);

        double expected = GAP.value(x, y) + 4 * (-1 / 0.75) * NUISANCE.value(x, y);
        assertEquals(expected, covariance.value(treated, control), 1e-12);
    }

    @Test
    void gradient_matchesCentralDifferences_allTaskPairs() {
        FixedTaskCovariance covariance = FixedTaskCovariance.of(
                ScaledKernel.of(GAP, 1.3), NUISANCE, -1.5, 2.5, 0);
        Random random = new Random(11);
        for (int ta = 0; ta < 3; ta++) {
            for (int tb = 0; tb < 3; tb++) {
                TaskInput a = new TaskInput(
                        new double[] {random.nextGaussian(), random.nextGaussian()}, ta);
                TaskInput b = new TaskInput(
                        new double[] {random.nextGaussian(), random.nextGaussian()}, tb);
                double[] analytic = new double[covariance.parameterCount()];
                covariance.gradient(a, b, analytic, 0);
                double[] numerical = GradientCheck.centralDifferences(
                        logs -> covariance.withLogParameters(logs).value(a, b),
                        covariance.logParameters());

                GradientCheck.assertGradientsAgree(numerical, analytic, 1e-3,
                        "tasks " + ta + " and " + tb);
            }
        }
    }

    @Test
    void hyperparameters_prefixGapAndNuisance() {
        FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(GAP, NUISANCE, 0.5);

        assertEquals(4, covariance.parameterCount());
        assertEquals("gap.lengthscale[0]", covariance.hyperparameters().get(0).name());
        assertEquals("nuisance.lengthscale[1]", covariance.hyperparameters().get(3).name());
    }

    @Test
    void inputs_areRejected_whenInvalid() {
        FixedTaskCovariance covariance = FixedTaskCovariance.of(GAP, NUISANCE, 1, -1);
        TaskInput unknownTask = new TaskInput(new double[] {0, 0}, 2);
        TaskInput known = new TaskInput(new double[] {0, 0}, 0);

        assertThrows(IllegalArgumentException.class, () -> covariance.value(unknownTask, known));
        assertThrows(IllegalArgumentException.class, () -> new TaskInput(new double[] {0}, -1));
        assertThrows(IllegalArgumentException.class,
                () -> FixedTaskCovariance.forPropensity(GAP, NUISANCE, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> FixedTaskCovariance.of(GAP, NUISANCE, Double.NaN));
    }
}
