package org.causalworkbench.estimators.interference.classical;

/**
 * The inverse-probability-weighted mean potential outcomes under one Bernoulli allocation
 * alpha, each a mean over groups with the between-group variance of that mean.
 *
 * @param allocation alpha, the probability with which each member would be treated
 * @param untreatedMean {@code Y(0; alpha)}
 * @param untreatedVariance variance estimate of {@code Y(0; alpha)}
 * @param treatedMean {@code Y(1; alpha)}
 * @param treatedVariance variance estimate of {@code Y(1; alpha)}
 * @param marginalMean {@code Y(alpha)}, averaged over the member's own treatment as well
 * @param marginalVariance variance estimate of {@code Y(alpha)}
 * @param maxGroupWeight the largest {@code pi(A_i; alpha) / f(A_i | L_i)} over groups; values
 *     far above 1 mean that a few groups carry the estimate
 */
public record AllocationMeans(
        double allocation,
        double untreatedMean,
        double untreatedVariance,
        double treatedMean,
        double treatedVariance,
        double marginalMean,
        double marginalVariance,
        double maxGroupWeight) {
}
