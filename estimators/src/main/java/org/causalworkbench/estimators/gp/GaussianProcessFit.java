package org.causalworkbench.estimators.gp;

/**
 * Result of {@link GaussianProcessRegression#fit}: the fitted hyperparameters, the posterior at
 * them and the diagnostics.
 *
 * @param regression the configuration with the fitted covariance, prior mean and noise
 *     variance. Calling {@link GaussianProcessRegression#condition} on it with the same data
 *     gives {@code posterior} again.
 * @param posterior the model conditioned on the training data at the fitted hyperparameters
 * @param diagnostics optimiser and numerical diagnostics
 * @param <P> the type of an input point
 */
public record GaussianProcessFit<P>(GaussianProcessRegression<P> regression,
        GaussianProcessPosterior<P> posterior, GaussianProcessDiagnostics diagnostics) {
}
