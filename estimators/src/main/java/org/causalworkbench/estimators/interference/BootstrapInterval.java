package org.causalworkbench.estimators.interference;

/**
 * Inflated bootstrap interval for one form of the TACE estimate.
 *
 * @param estimate the full-data estimate
 * @param bootstrapVariance {@code V_boot}, the sample variance of the replicate estimates
 * @param variance {@code V = D * V_boot}
 * @param lower {@code estimate - 1.96 sqrt(V)}
 * @param upper {@code estimate + 1.96 sqrt(V)}
 */
public record BootstrapInterval(double estimate, double bootstrapVariance, double variance,
        double lower, double upper) {
}
