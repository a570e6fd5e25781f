package org.causalworkbench.estimators.obsexp;

import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.gp.GaussianProcessFit;
import org.causalworkbench.estimators.gp.GaussianProcessRegression;
import org.causalworkbench.estimators.gp.SquaredExponentialKernel;

/**
 * Fits the standard pseudo-outcome Gaussian process, the first baseline of Fawkes et al. (2025):
 * one GP of the adjusted pseudo-outcome z on x that ignores the treatment arm, with a
 * unit-amplitude squared exponential kernel, a constant mean and Gaussian noise.
 *
 * <p>Because it has no nuisance term, the arm-dependent part v<sub>T</sub> g(x) of z looks like
 * noise to it. On trials with a strong nuisance its lengthscale tends to collapse while the noise
 * grows, leaving a flat mean with a band of about &plusmn;1.96 that does not follow the gap. The
 * workbench shows it beside the method so users can see that failure.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class StandardPseudoOutcomeGp {

    private static final StandardPseudoOutcomeGp DEFAULTS = new StandardPseudoOutcomeGp(
            GaussianProcessRegression.DEFAULT_RESTARTS, GaussianProcessRegression.DEFAULT_SEED);

    private final int restarts;
    private final long seed;

    private StandardPseudoOutcomeGp(int restarts, long seed) {
        this.restarts = restarts;
        this.seed = seed;
    }

    /** Returns the baseline with default restarts and seed. */
    public static StandardPseudoOutcomeGp withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy with another number of random restarts of the fit. */
    public StandardPseudoOutcomeGp withRestarts(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("restarts must be 0 or more, got " + count);
        }
        return new StandardPseudoOutcomeGp(count, seed);
    }

    /** Returns a copy with another seed for the random restarts. */
    public StandardPseudoOutcomeGp withSeed(long value) {
        return new StandardPseudoOutcomeGp(restarts, value);
    }

    /**
     * Fits the baseline. It has no nuisance kernel, so its nuisance lengthscales are empty.
     *
     * @param trial the trial
     * @param omega &omega;(X<sub>i</sub>) for each trial row
     * @param progress receives progress of the hyperparameter search
     * @param cancellation checked between optimiser iterations
     * @return the fitted model
     */
    public GapModel fit(TrialData trial, double[] omega, ProgressSink progress,
            CancellationToken cancellation) {
        double[][] x = trial.covariates();
        double[] z = GapIntervals.targets(trial, omega);
        double[] start = new double[trial.dimension()];
        Arrays.fill(start, GapIntervals.INITIAL_VALUE);
        GaussianProcessFit<double[]> fit = GaussianProcessRegression
                .withDefaults(SquaredExponentialKernel.ard(start))
                .withMean(0).withMeanLearned(true)
                .withNoiseVariance(GapIntervals.INITIAL_VALUE
                        + GaussianProcessRegression.DEFAULT_NOISE_VARIANCE_LOWER_BOUND)
                .withNoiseVarianceLearned(true)
                .withRestarts(restarts).withSeed(seed)
                .fit(List.of(x), z, progress, cancellation);
        SquaredExponentialKernel kernel =
                (SquaredExponentialKernel) fit.posterior().covariance();
        GapHyperparameters hyperparameters = new GapHyperparameters(kernel.lengthscales(),
                new double[0], fit.posterior().mean(), fit.posterior().noiseVariance());
        return new GapModel(hyperparameters, fit.diagnostics(),
                points -> fit.posterior().predict(List.of(points)), kernel, x,
                GapIntervals.DEFAULT_MULTIPLIER, GapIntervals.DEFAULT_SUPPORT_THRESHOLD);
    }
}
