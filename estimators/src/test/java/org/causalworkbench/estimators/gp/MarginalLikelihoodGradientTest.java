package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the analytic gradient of the negative log marginal likelihood, with respect to the
 * covariance's log-hyperparameters, the prior mean and the log noise variance, against central
 * finite differences.
 */
class MarginalLikelihoodGradientTest {

    /** Returns -log p(z) at covariance log-parameters, mean and log noise variance. */
    private static <P> double objective(GaussianProcessRegression<P> regression, List<P> inputs,
            double[] targets, double[] point) {
        int count = regression.covariance().parameterCount();
        double[] logs = java.util.Arrays.copyOf(point, count);
        return regression.withCovariance(regression.covariance().withLogParameters(logs))
                .withMean(point[count])
                .withNoiseVariance(Math.exp(point[count + 1]))
                .negativeLogMarginalLikelihood(inputs, targets)
                .value();
    }

    private static <P> void assertGradientMatches(GaussianProcessRegression<P> regression,
            List<P> inputs, double[] targets) {
        int count = regression.covariance().parameterCount();
        double[] point = java.util.Arrays.copyOf(regression.covariance().logParameters(),
                count + 2);
        point[count] = regression.mean();
        point[count + 1] = Math.log(regression.noiseVariance());

        double[] analytic = regression.negativeLogMarginalLikelihood(inputs, targets).gradient();
        double[] numerical = GradientCheck.centralDifferences(
                p -> objective(regression, inputs, targets, p), point);

        GradientCheck.assertGradientsAgree(numerical, analytic, 1e-2, "-log p gradient");
    }

    @Test
    void gradient_matchesCentralDifferences_fixedTaskCovariance() {
        Random random = new Random(3);
        List<TaskInput> inputs = new ArrayList<>();
        double[] targets = new double[25];
        for (int i = 0; i < targets.length; i++) {
            double[] x = {2 * random.nextDouble() - 1, random.nextGaussian()};
            inputs.add(new TaskInput(x, random.nextInt(2)));
            targets[i] = Math.sin(2 * x[0]) + 0.5 * x[1] + random.nextGaussian();
        }
        FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(
                SquaredExponentialKernel.ard(0.8, 1.7), SquaredExponentialKernel.ard(0.5, 1.1),
                0.4);
        GaussianProcessRegression<TaskInput> regression =
                GaussianProcessRegression.withDefaults(covariance)
                        .withMean(0.3)
                        .withNoiseVariance(0.6);

        assertGradientMatches(regression, inputs, targets);
    }

    @Test
    void gradient_matchesCentralDifferences_compositeKernel() {
        Random random = new Random(5);
        List<double[]> inputs = new ArrayList<>();
        double[] targets = new double[30];
        for (int i = 0; i < targets.length; i++) {
            double[] x = {4 * random.nextDouble() - 2};
            inputs.add(x);
            targets[i] = 1 + x[0] + Math.cos(3 * x[0]) + 0.3 * random.nextGaussian();
        }
        Kernel kernel = SumKernel.of(
                ScaledKernel.of(MaternKernel.fiveHalves(0.7), 1.5),
                LinearKernel.withVariance(0.4),
                ProductKernel.of(ConstantKernel.withVariance(0.2),
                        MaternKernel.threeHalves(2.0)));
        GaussianProcessRegression<double[]> regression =
                GaussianProcessRegression.withDefaults((CovarianceFunction<double[]>) kernel)
                        .withMean(-0.2)
                        .withNoiseVariance(0.09);

        assertGradientMatches(regression, inputs, targets);
    }

    @Test
    void gradient_hasMeanAndNoiseEntries_whenFixed() {
        List<double[]> inputs = List.of(new double[] {0}, new double[] {1}, new double[] {2});
        double[] targets = {0.5, -0.1, 0.3};
        GaussianProcessRegression<double[]> regression = GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) SquaredExponentialKernel.ard(1)
                        .fixed())
                .withMeanLearned(false)
                .withNoiseVarianceLearned(false);

        double[] gradient = regression.negativeLogMarginalLikelihood(inputs, targets).gradient();

        assertEquals(2, gradient.length);
    }
}
