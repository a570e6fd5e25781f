package org.causalworkbench.estimators.gp;

/**
 * Negative log marginal likelihood -log p(z) of GP regression targets and its gradient.
 *
 * @param value -log p(z)
 * @param gradient the partial derivatives with respect to the covariance function's learned
 *     log-hyperparameters (in the order of {@link CovarianceFunction#logParameters()}), then the
 *     prior mean c, then log &sigma;<sup>2</sup>. Fixed hyperparameters are included in this
 *     order too, so c and log &sigma;<sup>2</sup> always have an entry.
 * @param size the number of training points n
 * @param jitter the jitter added to the diagonal of the kernel matrix, 0 when none was needed
 */
public record NegativeLogMarginalLikelihood(double value, double[] gradient, int size,
        double jitter) {

    /** Copies the gradient. */
    public NegativeLogMarginalLikelihood {
        gradient = gradient.clone();
    }

    /** Returns a copy of the gradient. */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** Returns -log p(z) / n. */
    public double valuePerPoint() {
        return value / size;
    }
}
