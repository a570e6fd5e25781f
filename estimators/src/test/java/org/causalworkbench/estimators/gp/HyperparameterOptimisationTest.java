package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/**
 * Checks maximum-marginal-likelihood fitting on data simulated from GPs with known
 * hyperparameters, and the warnings for a collapsed lengthscale and a very large noise variance.
 */
class HyperparameterOptimisationTest {

    private static final int SIZE = 100;

    private static List<double[]> uniformInputs(SplittableRandom random, double half) {
        List<double[]> inputs = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            inputs.add(new double[] {random.nextDouble(-half, half)});
        }
        return inputs;
    }

    @Test
    void fit_recoversLengthscale_squaredExponentialData() {
        // Truth: lengthscale 0.6, mean 0.5, noise variance 0.04, inputs uniform on [-4, 4].
        SplittableRandom random = new SplittableRandom(101);
        List<double[]> inputs = uniformInputs(random, 4);
        double[] f = PriorDraws.draw(SquaredExponentialKernel.ard(0.6), inputs, random);
        double[] targets = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            targets[i] = 0.5 + f[i] + 0.2 * random.nextGaussian();
        }
        GaussianProcessRegression<double[]> initial = GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) SquaredExponentialKernel.ard(1.5));
        GaussianProcessRegression<double[]> truth = initial
                .withCovariance(SquaredExponentialKernel.ard(0.6))
                .withMean(0.5)
                .withNoiseVariance(0.04);

        GaussianProcessFit<double[]> fit =
                initial.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        double lengthscale = ((SquaredExponentialKernel) fit.regression().covariance())
                .lengthscales()[0];
        double atTruth = truth.condition(inputs, targets).negativeLogMarginalLikelihoodPerPoint();
        double atOptimum = fit.diagnostics().negativeLogLikelihoodPerPoint();
        double noiseVariance = fit.regression().noiseVariance();
        assertTrue(lengthscale > 0.6 / 1.5, "lengthscale " + lengthscale);
        assertTrue(lengthscale < 0.6 * 1.5, "lengthscale " + lengthscale);
        assertTrue(noiseVariance > 0.04 / 1.5, "noise variance " + noiseVariance);
        assertTrue(noiseVariance < 0.04 * 1.5, "noise variance " + noiseVariance);
        assertTrue(atOptimum <= atTruth, atOptimum + " > " + atTruth);
        assertTrue(fit.diagnostics().converged());
        assertEquals(GaussianProcessRegression.DEFAULT_RESTARTS, fit.diagnostics().restarts());
        assertEquals(List.of(), fit.diagnostics().warnings());
    }

    @Test
    void fit_beatsTruthObjective_fixedTaskModel() {
        // Truth: gap lengthscale 1, nuisance lengthscale 0.5, mean 0, noise variance 0.25,
        // treatment probability 0.5, inputs uniform on [-2, 2].
        SplittableRandom random = new SplittableRandom(202);
        List<double[]> covariates = uniformInputs(random, 2);
        double[] gap = PriorDraws.draw(SquaredExponentialKernel.ard(1), covariates, random);
        double[] nuisance =
                PriorDraws.draw(SquaredExponentialKernel.ard(0.5), covariates, random);
        List<TaskInput> inputs = new ArrayList<>();
        double[] targets = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int task = random.nextInt(2);
            inputs.add(new TaskInput(covariates.get(i), task));
            targets[i] = gap[i] + (task == 1 ? 2 : -2) * nuisance[i]
                    + 0.5 * random.nextGaussian();
        }
        GaussianProcessRegression<TaskInput> initial = GaussianProcessRegression.withDefaults(
                FixedTaskCovariance.forPropensity(SquaredExponentialKernel.ard(0.693),
                        SquaredExponentialKernel.ard(0.693), 0.5));
        GaussianProcessRegression<TaskInput> truth = initial
                .withCovariance(FixedTaskCovariance.forPropensity(SquaredExponentialKernel.ard(1),
                        SquaredExponentialKernel.ard(0.5), 0.5))
                .withMean(0)
                .withNoiseVariance(0.25);

        GaussianProcessFit<TaskInput> fit =
                initial.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        double[] logs = fit.regression().covariance().logParameters();
        double nuisanceLengthscale = Math.exp(logs[1]);
        double atTruth = truth.condition(inputs, targets).negativeLogMarginalLikelihoodPerPoint();
        double atOptimum = fit.diagnostics().negativeLogLikelihoodPerPoint();
        assertTrue(atOptimum <= atTruth, atOptimum + " > " + atTruth);
        assertTrue(nuisanceLengthscale > 0.5 / 1.5, "nuisance lengthscale " + nuisanceLengthscale);
        assertTrue(nuisanceLengthscale < 0.5 * 1.5, "nuisance lengthscale " + nuisanceLengthscale);
        assertTrue(fit.diagnostics().converged());
    }

    @Test
    void fit_warnsOfLengthscaleCollapse_pureNoise() {
        // The targets are pure noise and the noise variance is fixed near zero, so the
        // likelihood improves as the kernel matrix tends to the identity. Two inputs 1e-5 apart
        // with independent targets push the lengthscale far below 1e-3 times the range.
        SplittableRandom random = new SplittableRandom(9);
        List<double[]> inputs = new ArrayList<>();
        double[] targets = new double[40];
        for (int i = 0; i < targets.length; i++) {
            double x = i == 1 ? inputs.get(0)[0] + 1e-5 : random.nextDouble(-1, 1);
            inputs.add(new double[] {x});
            targets[i] = random.nextGaussian();
        }
        GaussianProcessRegression<double[]> regression = GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) SquaredExponentialKernel.ard(0.5))
                .withMeanLearned(false)
                .withNoiseVariance(GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND)
                .withNoiseVarianceLearned(false);

        GaussianProcessFit<double[]> fit =
                regression.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        List<String> warnings = fit.diagnostics().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("lengthscale lengthscale[0]")),
                warnings.toString());
    }

    @Test
    void fit_warnsOfLargeNoise_fixedNoise() {
        SplittableRandom random = new SplittableRandom(4);
        List<double[]> inputs = uniformInputs(random, 1);
        double[] targets = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            targets[i] = random.nextGaussian();
        }
        GaussianProcessRegression<double[]> regression = GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) SquaredExponentialKernel.ard(0.5))
                .withNoiseVariance(50)
                .withNoiseVarianceLearned(false);

        GaussianProcessFit<double[]> fit =
                regression.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        List<String> warnings = fit.diagnostics().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("noise variance 50.0 exceeds")),
                warnings.toString());
    }

    @Test
    void fit_isReproducible_sameSeed() {
        SplittableRandom random = new SplittableRandom(5);
        List<double[]> inputs = uniformInputs(random, 2);
        double[] targets = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            targets[i] = Math.sin(2 * inputs.get(i)[0]) + 0.3 * random.nextGaussian();
        }
        GaussianProcessRegression<double[]> regression = GaussianProcessRegression
                .withDefaults((CovarianceFunction<double[]>) MaternKernel.fiveHalves(1))
                .withSeed(77);

        GaussianProcessFit<double[]> first =
                regression.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);
        GaussianProcessFit<double[]> second =
                regression.fit(inputs, targets, ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(first.diagnostics(), second.diagnostics());
        assertEquals(first.regression().mean(), second.regression().mean());
    }
}
