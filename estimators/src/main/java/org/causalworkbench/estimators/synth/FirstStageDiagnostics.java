package org.causalworkbench.estimators.synth;

import java.util.List;

/**
 * Strength of the first stage of a proximal synthetic-control fit.
 *
 * @param instruments the units whose pre-period values served as instruments, after dropping
 *     incomplete ones
 * @param componentCount how many instrument directions the projection used: the instrument
 *     count, or the number of principal components when {@code principalComponents} is true;
 *     0 when the fit fell back to plain synthetic control
 * @param principalComponents whether the projection used leading principal components of the
 *     instruments instead of the instruments themselves
 * @param smallestSingularValue the smallest singular value of the centred projected design
 *     (pre-periods by kept donors), in outcome units; NaN after a fallback
 * @param partialRSquared per kept donor, the share of its pre-period variation around its mean
 *     that the instruments explain; NaN after a fallback
 */
public record FirstStageDiagnostics(List<String> instruments, int componentCount,
        boolean principalComponents, double smallestSingularValue, double[] partialRSquared) {

    /** Copies the list and the array. */
    public FirstStageDiagnostics {
        instruments = List.copyOf(instruments);
        partialRSquared = partialRSquared.clone();
    }

    @Override
    public double[] partialRSquared() {
        return partialRSquared.clone();
    }
}
