package org.causalworkbench.estimators.gp;

/**
 * Pointwise posterior of the latent function at query points: mean and variance, without
 * observation noise.
 *
 * @param mean the posterior mean at each query point
 * @param latentVariance the posterior variance of the latent function at each query point, at
 *     least 0
 */
public record GaussianProcessPrediction(double[] mean, double[] latentVariance) {

    /** Copies the arrays and checks that their lengths agree. */
    public GaussianProcessPrediction {
        if (mean.length != latentVariance.length) {
            throw new IllegalArgumentException("mean and variance lengths differ: " + mean.length
                    + " and " + latentVariance.length);
        }
        mean = mean.clone();
        latentVariance = latentVariance.clone();
    }

    /** Returns a copy of the means. */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** Returns a copy of the latent variances. */
    @Override
    public double[] latentVariance() {
        return latentVariance.clone();
    }

    /** Returns the number of query points. */
    public int size() {
        return mean.length;
    }

    /** Returns the posterior standard deviation at each query point. */
    public double[] standardDeviation() {
        double[] sd = new double[latentVariance.length];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(latentVariance[i]);
        }
        return sd;
    }

    /**
     * Returns the lower interval ends, mean minus {@code multiplier} standard deviations.
     *
     * @param multiplier the normal quantile, for example 1.96 for a 95 % interval
     * @return one lower end per query point
     */
    public double[] lower(double multiplier) {
        double[] sd = standardDeviation();
        double[] lower = new double[sd.length];
        for (int i = 0; i < sd.length; i++) {
            lower[i] = mean[i] - multiplier * sd[i];
        }
        return lower;
    }

    /**
     * Returns the upper interval ends, mean plus {@code multiplier} standard deviations.
     *
     * @param multiplier the normal quantile, for example 1.96 for a 95 % interval
     * @return one upper end per query point
     */
    public double[] upper(double multiplier) {
        double[] sd = standardDeviation();
        double[] upper = new double[sd.length];
        for (int i = 0; i < sd.length; i++) {
            upper[i] = mean[i] + multiplier * sd[i];
        }
        return upper;
    }
}
