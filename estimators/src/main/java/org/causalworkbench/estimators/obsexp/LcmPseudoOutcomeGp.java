package org.causalworkbench.estimators.obsexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.gp.GaussianProcessFit;
import org.causalworkbench.estimators.gp.GaussianProcessPosterior;
import org.causalworkbench.estimators.gp.GaussianProcessPrediction;
import org.causalworkbench.estimators.gp.GaussianProcessRegression;
import org.causalworkbench.estimators.gp.Kernel;
import org.causalworkbench.estimators.gp.LearnedTaskCovariance;
import org.causalworkbench.estimators.gp.LinearCombination;
import org.causalworkbench.estimators.gp.LinearCombinationCovariance;
import org.causalworkbench.estimators.gp.SquaredExponentialKernel;
import org.causalworkbench.estimators.gp.TaskInput;

/**
 * Fits the LCM multi-task Gaussian process, the second baseline of Fawkes et al. (2025): one
 * latent function per treatment arm, f(x, 0) and f(x, 1), with a learned task covariance, fitted
 * to the adjusted pseudo-outcomes z.
 *
 * <p>Inputs are (X<sub>i</sub>, T<sub>i</sub>), the mean is a learned constant c shared by both
 * arms, the noise is Gaussian with &sigma;<sup>2</sup> &ge; 1e-4, and the covariance is
 * {@link LearnedTaskCovariance}: a unit-amplitude squared exponential kernel with one lengthscale
 * per covariate times B = w w<sup>T</sup> + diag(&kappa;) over the tasks {0, 1}. Because
 * E[z | X, T] is the arm's function and E[z | X] = &Delta;(X), the gap read-out at x is
 * \[ \hat\Delta(x) = \pi f(x, 1) + (1 - \pi) f(x, 0), \quad
 *    s^2(x) = \max\big(\pi^2 V_{11} + (1 - \pi)^2 V_{00} + \pi (1 - \pi)(V_{10} + V_{01}),\
 *    10^{-6}\big), \]
 * where V is the 2&times;2 posterior covariance of (f(x, 0), f(x, 1)).
 *
 * <p><strong>How V is computed.</strong> {@link GaussianProcessPosterior#predict} returns only
 * pointwise variances. So the model is fitted with {@link LinearCombinationCovariance} around
 * the task covariance, with one-term training inputs, which leaves the fit unchanged. At each x
 * three combinations are predicted: f(x, 0), f(x, 1) and f(x, 0) + f(x, 1). Their variances give
 * V<sub>00</sub>, V<sub>11</sub> and V<sub>01</sub> = V<sub>10</sub> = (Var(f(x, 0) + f(x, 1)) -
 * V<sub>00</sub> - V<sub>11</sub>) / 2. The means come from the two one-term queries.
 *
 * <ul>
 *   <li>Starting values: lengthscales and &kappa; ln 2, w = (1, 1), c = 0 and
 *       &sigma;<sup>2</sup> = ln 2 + 1e-4, with {@link #withRestarts random restarts}.</li>
 *   <li>{@link #withDoubledCovariance(boolean) withDoubledCovariance(true)} uses
 *       2 k(x, x') B<sub>tt'</sub>, which reproduces the released code of the authors (two
 *       summed components that share the kernel and B). The class comment of
 *       {@link LearnedTaskCovariance} explains why this changes only the optimiser's path.</li>
 *   <li>A point counts as inside the trial's support when the fitted covariate kernel gives it
 *       a similarity of at least 0.05 to some trial row, as in {@link GapIntervals}.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The prior variance of the read-out is learned through B, so
 * unlike {@link GapIntervals} its interval width outside the support is not bounded by 3.92.
 * The noise is homoskedastic although the pseudo-outcome noise is not. The fitted w and &kappa;
 * are not part of the returned {@link GapModel}. Each likelihood evaluation costs
 * O(n<sup>3</sup>) and each prediction three posterior queries.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795.
 */
public final class LcmPseudoOutcomeGp {

    /** The lower bound of the read-out variance s<sup>2</sup>(x). */
    public static final double VARIANCE_FLOOR = 1e-6;

    private static final double INITIAL_FACTOR = 1;

    private static final LcmPseudoOutcomeGp DEFAULTS = new LcmPseudoOutcomeGp(
            GaussianProcessRegression.DEFAULT_RESTARTS, GaussianProcessRegression.DEFAULT_SEED,
            false);

    private final int restarts;
    private final long seed;
    private final boolean doubled;

    private LcmPseudoOutcomeGp(int restarts, long seed, boolean doubled) {
        this.restarts = restarts;
        this.seed = seed;
        this.doubled = doubled;
    }

    /** Returns the baseline with default restarts and seed and an undoubled covariance. */
    public static LcmPseudoOutcomeGp withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy with another number of random restarts of the fit, 0 or more. */
    public LcmPseudoOutcomeGp withRestarts(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("restarts must be 0 or more, got " + count);
        }
        return new LcmPseudoOutcomeGp(count, seed, doubled);
    }

    /** Returns a copy with another seed for the random restarts. */
    public LcmPseudoOutcomeGp withSeed(long value) {
        return new LcmPseudoOutcomeGp(restarts, value, doubled);
    }

    /**
     * Returns a copy whose covariance is doubled, 2 k(x, x') B<sub>tt'</sub>, as in the authors'
     * released code, or not.
     */
    public LcmPseudoOutcomeGp withDoubledCovariance(boolean value) {
        return new LcmPseudoOutcomeGp(restarts, seed, value);
    }

    /** Returns whether the covariance is doubled. */
    public boolean doubledCovariance() {
        return doubled;
    }

    /**
     * Fits the baseline. It has no nuisance kernel, so its nuisance lengthscales are empty, and
     * its gap lengthscales are those of the covariate kernel.
     *
     * @param trial the trial
     * @param omega &omega;(X<sub>i</sub>) for each trial row
     * @param progress receives progress of the hyperparameter search
     * @param cancellation checked between optimiser iterations
     * @return the fitted model
     * @throws org.causalworkbench.estimators.gp.SingularKernelMatrixException if the kernel
     *     matrix cannot be factorised even with jitter
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public GapModel fit(TrialData trial, double[] omega, ProgressSink progress,
            CancellationToken cancellation) {
        double[][] x = trial.covariates();
        double[] z = GapIntervals.targets(trial, omega);
        double[] t = trial.treatment();
        List<LinearCombination<TaskInput>> inputs = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            inputs.add(LinearCombination.of(new TaskInput(x[i], (int) t[i])));
        }

        double[] start = new double[trial.dimension()];
        Arrays.fill(start, GapIntervals.INITIAL_VALUE);
        LearnedTaskCovariance covariance = LearnedTaskCovariance.of(
                SquaredExponentialKernel.ard(start),
                new double[] {INITIAL_FACTOR, INITIAL_FACTOR},
                new double[] {GapIntervals.INITIAL_VALUE, GapIntervals.INITIAL_VALUE})
                .withDoubled(doubled);
        GaussianProcessFit<LinearCombination<TaskInput>> fit = GaussianProcessRegression
                .withDefaults(LinearCombinationCovariance.of(covariance))
                .withMean(0).withMeanLearned(true)
                .withNoiseVariance(GapIntervals.INITIAL_VALUE
                        + GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND)
                .withNoiseVarianceLearned(true)
                .withRestarts(restarts).withSeed(seed)
                .fit(inputs, z, progress, cancellation);

        GaussianProcessPosterior<LinearCombination<TaskInput>> posterior = fit.posterior();
        Kernel inputKernel = taskCovariance(posterior).inputKernel();
        GapHyperparameters hyperparameters = new GapHyperparameters(
                GapIntervals.lengthscales(inputKernel), new double[0], posterior.mean(),
                posterior.noiseVariance());
        return new GapModel(hyperparameters, fit.diagnostics(),
                gapPredictor(posterior, trial.propensity()), inputKernel, x,
                GapIntervals.DEFAULT_MULTIPLIER, GapIntervals.DEFAULT_SUPPORT_THRESHOLD);
    }

    /**
     * Returns the gap read-out of a posterior whose covariance is a
     * {@link LinearCombinationCovariance} around a two-task {@link LearnedTaskCovariance}.
     */
    static Function<double[][], GaussianProcessPrediction> gapPredictor(
            GaussianProcessPosterior<LinearCombination<TaskInput>> posterior,
            double propensity) {
        return points -> {
            List<LinearCombination<TaskInput>> queries = new ArrayList<>(3 * points.length);
            for (double[] point : points) {
                TaskInput control = new TaskInput(point, 0);
                TaskInput treated = new TaskInput(point, 1);
                queries.add(LinearCombination.of(control));
                queries.add(LinearCombination.of(treated));
                queries.add(LinearCombination.of(1, control, 1, treated));
            }
            GaussianProcessPrediction arms = posterior.predict(queries);
            double[] armMean = arms.mean();
            double[] armVariance = arms.latentVariance();

            double[] mean = new double[points.length];
            double[] variance = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                double v00 = armVariance[3 * i];
                double v11 = armVariance[3 * i + 1];
                double v01 = (armVariance[3 * i + 2] - v00 - v11) / 2;
                mean[i] = gapMean(propensity, armMean[3 * i], armMean[3 * i + 1]);
                variance[i] = gapVariance(propensity, v00, v01, v01, v11);
            }
            return new GaussianProcessPrediction(mean, variance);
        };
    }

    /** Returns &pi; f(x, 1) + (1 - &pi;) f(x, 0) from the two arm means. */
    static double gapMean(double propensity, double controlMean, double treatedMean) {
        return propensity * treatedMean + (1 - propensity) * controlMean;
    }

    /**
     * Returns the read-out variance &pi;<sup>2</sup> V<sub>11</sub> + (1 - &pi;)<sup>2</sup>
     * V<sub>00</sub> + &pi;(1 - &pi;)(V<sub>10</sub> + V<sub>01</sub>), at least
     * {@link #VARIANCE_FLOOR}.
     */
    static double gapVariance(double propensity, double v00, double v01, double v10,
            double v11) {
        double q = 1 - propensity;
        double value = propensity * propensity * v11 + q * q * v00
                + propensity * q * (v10 + v01);
        return Math.max(value, VARIANCE_FLOOR);
    }

    private static LearnedTaskCovariance taskCovariance(
            GaussianProcessPosterior<LinearCombination<TaskInput>> posterior) {
        LinearCombinationCovariance<TaskInput> combined =
                (LinearCombinationCovariance<TaskInput>) posterior.covariance();
        return (LearnedTaskCovariance) combined.base();
    }
}
