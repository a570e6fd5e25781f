package org.causalworkbench.app.obsexp;

import java.util.Optional;

/**
 * The theorem view for one spike, computed by {@link SpikeDemonstration}. The arrays are shared
 * with no one else and must not be modified.
 *
 * @param spike the spike
 * @param axis the first covariate of each evaluation point
 * @param baseGap the gap without the spike: the true gap, or the posterior mean when unknown
 * @param baseGapKnown whether {@code baseGap} is the true gap
 * @param spikedGap the gap with the spike
 * @param bandLower the lower end of the analysis's 95% gap band, or {@code null} without one
 * @param bandUpper the upper end of that band, or {@code null} without one
 * @param densityAxis the pseudo-outcome values at which the densities are given
 * @param densityBefore the kernel density of the trial's pseudo-outcome
 * @param densityAfter the same in the spiked world, with the same bandwidth
 * @param rowsChanged the treated rows whose first covariate lies under the spike
 * @param rows the trial rows
 * @param totalVariationBound the share of rows that change, an estimate of the bound on the total
 *     variation distance between the two data distributions
 * @param smoothedDistance the total variation distance between the two density estimates
 * @param largestExit how far the spiked gap goes outside the band at most, 0 if it stays inside
 * @param exitAt where the largest exit happens, NaN if it stays inside
 */
public record SpikeResult(GapSpike spike, double[] axis, double[] baseGap, boolean baseGapKnown,
        double[] spikedGap, double[] bandLower, double[] bandUpper, double[] densityAxis,
        double[] densityBefore, double[] densityAfter, int rowsChanged, int rows,
        double totalVariationBound, double smoothedDistance, double largestExit,
        double exitAt) {

    /** Returns whether a band from an analysis is available. */
    public boolean hasBand() {
        return bandLower != null;
    }

    /** Returns where the spiked gap leaves the band the most, when it does. */
    public Optional<Double> exitPosition() {
        return largestExit > 0 ? Optional.of(exitAt) : Optional.empty();
    }
}
