package org.causalworkbench.estimators.interference;

/**
 * Naive, covariate-adjusted and signature-adjusted (TACE) estimates side by side.
 *
 * @param naive the difference in means, {@code e = mean(T)}
 * @param covariates the comparator with {@code e(X)}
 * @param tace the TACE estimate with {@code e(X, I)}
 * @param unitsWithoutSignature units left out of {@code tace} because their signature is
 *     missing; the comparators still use them
 */
public record TaceResult(
        WeightedEstimate naive,
        WeightedEstimate covariates,
        WeightedEstimate tace,
        int unitsWithoutSignature) {
}
