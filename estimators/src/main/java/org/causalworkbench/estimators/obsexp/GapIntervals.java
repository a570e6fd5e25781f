package org.causalworkbench.estimators.obsexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.gp.FixedTaskCovariance;
import org.causalworkbench.estimators.gp.GaussianProcessDiagnostics;
import org.causalworkbench.estimators.gp.GaussianProcessFit;
import org.causalworkbench.estimators.gp.GaussianProcessPosterior;
import org.causalworkbench.estimators.gp.GaussianProcessRegression;
import org.causalworkbench.estimators.gp.Kernel;
import org.causalworkbench.estimators.gp.SquaredExponentialKernel;
import org.causalworkbench.estimators.gp.TaskInput;

/**
 * Fits the fixed-nuisance multi-task Gaussian process of Fawkes et al. (2025) to a trial and
 * gives intervals for the gap &Delta; = &tau; - &omega; between the true and the observational
 * CATE, inside and outside the trial's support.
 *
 * <p>The targets are the adjusted pseudo-outcomes z<sub>i</sub> = Y<sub>i</sub>(T<sub>i</sub> -
 * &pi;)/(&pi;(1 - &pi;)) - &omega;(X<sub>i</sub>), modelled as
 * \[ z = \Delta(x) + v_T\, g(x) + \varepsilon, \quad \Delta \sim GP(c, k_\Delta),\
 *    g \sim GP(0, k_g),\ v = (-1/(1-\pi),\ 1/\pi), \]
 * with unit-amplitude squared exponential kernels (one lengthscale per covariate) and Gaussian
 * noise &sigma;<sup>2</sup> &ge; 1e-4. The gap's posterior is the latent one, without noise.
 *
 * <ul>
 *   <li>Hyperparameters are fitted by exact marginal likelihood (L-BFGS on log-parameters with
 *       restarts), starting from lengthscales ln 2 and c = 0, or taken as given.</li>
 *   <li>Far from the trial the interval reverts to c &plusmn; 1.96, so its width never exceeds
 *       3.92: extrapolation is the prior alone.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The noise model is homoskedastic although the pseudo-outcome
 * noise is not (its variance scales with 1/&pi;<sup>2</sup> in one arm and 1/(1 - &pi;)<sup>2</sup>
 * in the other). Coverage outside the support is right only when the gap's spread matches the
 * unit prior. Each likelihood evaluation costs O(n<sup>3</sup>).
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, AISTATS, arXiv:2503.14795.
 */
public final class GapIntervals {

    /** The initial lengthscale and noise variance of the fit, ln 2 as in the paper. */
    public static final double INITIAL_VALUE = Math.log(2);
    /** The default interval half-width in posterior standard deviations. */
    public static final double DEFAULT_MULTIPLIER = 1.96;
    /** The default kernel similarity below which a point counts as outside the support. */
    public static final double DEFAULT_SUPPORT_THRESHOLD = 0.05;

    private static final GapIntervals DEFAULTS = new GapIntervals(null,
            GaussianProcessRegression.DEFAULT_RESTARTS, GaussianProcessRegression.DEFAULT_SEED,
            DEFAULT_MULTIPLIER, DEFAULT_SUPPORT_THRESHOLD);

    private final GapHyperparameters fixed;
    private final int restarts;
    private final long seed;
    private final double multiplier;
    private final double supportThreshold;

    private GapIntervals(GapHyperparameters fixed, int restarts, long seed, double multiplier,
            double supportThreshold) {
        this.fixed = fixed;
        this.restarts = restarts;
        this.seed = seed;
        this.multiplier = multiplier;
        this.supportThreshold = supportThreshold;
    }

    /** Returns the method with fitted hyperparameters and 95% intervals. */
    public static GapIntervals withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy that uses the given hyperparameters as they are, without fitting. */
    public GapIntervals withHyperparameters(GapHyperparameters given) {
        return new GapIntervals(given, restarts, seed, multiplier, supportThreshold);
    }

    /** Returns a copy with another number of random restarts of the fit. */
    public GapIntervals withRestarts(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("restarts must be 0 or more, got " + count);
        }
        return new GapIntervals(fixed, count, seed, multiplier, supportThreshold);
    }

    /** Returns a copy with another seed for the random restarts. */
    public GapIntervals withSeed(long value) {
        return new GapIntervals(fixed, restarts, value, multiplier, supportThreshold);
    }

    /** Returns a copy with another interval half-width in standard deviations. */
    public GapIntervals withMultiplier(double halfWidth) {
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("the multiplier must be positive, got "
                    + halfWidth);
        }
        return new GapIntervals(fixed, restarts, seed, halfWidth, supportThreshold);
    }

    /** Returns a copy with another support threshold on the gap kernel, in (0, 1). */
    public GapIntervals withSupportThreshold(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the support threshold must be in (0, 1), got "
                    + threshold);
        }
        return new GapIntervals(fixed, restarts, seed, multiplier, threshold);
    }

    /**
     * Builds the adjusted pseudo-outcome targets z.
     *
     * @param trial the trial
     * @param omega &omega;(X<sub>i</sub>) for each trial row
     * @return z, one per row
     */
    public static double[] targets(TrialData trial, double[] omega) {
        double[] pseudo = PseudoOutcomes.ipw(trial.outcome(), trial.treatment(),
                trial.propensity());
        return PseudoOutcomes.adjustedTargets(pseudo, omega);
    }

    /**
     * Fits the model, or conditions it on the given hyperparameters.
     *
     * @param trial the trial
     * @param omega &omega;(X<sub>i</sub>) for each trial row
     * @param progress receives progress of the hyperparameter search
     * @param cancellation checked between optimiser iterations
     * @return the fitted model
     * @throws org.causalworkbench.estimators.gp.SingularKernelMatrixException if the kernel
     *     matrix cannot be factorised even with jitter
     */
    public GapModel fit(TrialData trial, double[] omega, ProgressSink progress,
            CancellationToken cancellation) {
        double[][] x = trial.covariates();
        double[] z = targets(trial, omega);
        double[] t = trial.treatment();
        List<TaskInput> inputs = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            inputs.add(new TaskInput(x[i], (int) t[i]));
        }
        int d = trial.dimension();
        if (fixed != null && fixed.lengthscaleBias().length != d) {
            throw new IllegalArgumentException("the given hyperparameters have "
                    + fixed.lengthscaleBias().length + " lengthscales but the trial has " + d
                    + " covariates; give one per covariate");
        }

        GaussianProcessPosterior<TaskInput> posterior;
        GaussianProcessDiagnostics diagnostics;
        GapHyperparameters hyperparameters;
        if (fixed != null) {
            FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(
                    SquaredExponentialKernel.ard(fixed.lengthscaleBias()).fixed(),
                    SquaredExponentialKernel.ard(fixed.lengthscaleNuisance()).fixed(),
                    trial.propensity());
            posterior = GaussianProcessRegression.withDefaults(covariance)
                    .withMean(fixed.mean()).withMeanLearned(false)
                    .withNoiseVariance(fixed.noiseVariance()).withNoiseVarianceLearned(false)
                    .withNoiseVarianceLowerBound(Math.min(fixed.noiseVariance(),
                            GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND))
                    .condition(inputs, z);
            diagnostics = new GaussianProcessDiagnostics(
                    posterior.negativeLogMarginalLikelihoodPerPoint(), 0, 1, 0, true,
                    posterior.jitter(), posterior.jitter() > 0
                            ? List.of("Jitter " + posterior.jitter() + " was added to the"
                                    + " kernel matrix to factorise it.")
                            : List.of());
            hyperparameters = fixed;
        } else {
            double[] start = new double[d];
            Arrays.fill(start, INITIAL_VALUE);
            FixedTaskCovariance covariance = FixedTaskCovariance.forPropensity(
                    SquaredExponentialKernel.ard(start), SquaredExponentialKernel.ard(start),
                    trial.propensity());
            GaussianProcessFit<TaskInput> fit = GaussianProcessRegression
                    .withDefaults(covariance)
                    .withMean(0).withMeanLearned(true)
                    .withNoiseVariance(INITIAL_VALUE
                            + GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND)
                    .withNoiseVarianceLearned(true)
                    .withRestarts(restarts).withSeed(seed)
                    .fit(inputs, z, progress, cancellation);
            posterior = fit.posterior();
            diagnostics = fit.diagnostics();
            FixedTaskCovariance fitted = (FixedTaskCovariance) posterior.covariance();
            hyperparameters = new GapHyperparameters(lengthscales(fitted.gapKernel()),
                    lengthscales(fitted.nuisanceKernel()), posterior.mean(),
                    posterior.noiseVariance());
        }

        Kernel gapKernel = ((FixedTaskCovariance) posterior.covariance()).gapKernel();
        GaussianProcessPosterior<TaskInput> conditioned = posterior;
        return new GapModel(hyperparameters, diagnostics, points -> {
            List<TaskInput> queries = new ArrayList<>(points.length);
            for (double[] point : points) {
                queries.add(new TaskInput(point, FixedTaskCovariance.GAP_TASK));
            }
            return conditioned.predict(queries);
        }, gapKernel, x, multiplier, supportThreshold);
    }

    static double[] lengthscales(Kernel kernel) {
        return ((SquaredExponentialKernel) kernel).lengthscales();
    }
}
