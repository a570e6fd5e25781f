package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Naive, covariate-adjusted and signature-adjusted (TACE) estimates side by side.
 *
 * @param naive the difference in means, {@code e = mean(T)}
 * @param covariates the comparator with {@code e(X)}
 * @param tace the TACE estimate with {@code e(X, I)}
 * @param unitsWithoutSignature units left out of {@code tace} because their signature is
 *     missing; the comparators still use them
 * @param warnings sentences about the propensity fits, such as separated units; empty for cell
 *     propensities
 */
public record TaceResult(
        WeightedEstimate naive,
        WeightedEstimate covariates,
        WeightedEstimate tace,
        int unitsWithoutSignature,
        List<String> warnings) {

    /** Copies the warnings so the record stays immutable. */
    public TaceResult {
        warnings = List.copyOf(warnings);
    }

    /** Creates a result without warnings. */
    public TaceResult(WeightedEstimate naive, WeightedEstimate covariates, WeightedEstimate tace,
            int unitsWithoutSignature) {
        this(naive, covariates, tace, unitsWithoutSignature, List.of());
    }
}
