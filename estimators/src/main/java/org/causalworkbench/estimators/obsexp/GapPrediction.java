package org.causalworkbench.estimators.obsexp;

/**
 * The gap and the corrected conditional effect at one evaluation point.
 *
 * @param x the covariates of the point
 * @param omega the observational CATE &omega;(x)
 * @param mean the posterior mean of the gap &Delta;(x)
 * @param variance the latent posterior variance of the gap, without observation noise
 * @param gapLower the lower end of the interval for the gap
 * @param gapUpper the upper end of the interval for the gap
 * @param lower the lower end of the interval for the CATE, &omega;(x) + gapLower
 * @param upper the upper end of the interval for the CATE, &omega;(x) + gapUpper
 * @param inSupport whether the point lies within the trial's covariate support
 */
public record GapPrediction(double[] x, double omega, double mean, double variance,
        double gapLower, double gapUpper, double lower, double upper, boolean inSupport) {

    /** Copies the covariates. */
    public GapPrediction {
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** Returns the corrected CATE estimate &omega;(x) + mean. */
    public double cate() {
        return omega + mean;
    }
}
