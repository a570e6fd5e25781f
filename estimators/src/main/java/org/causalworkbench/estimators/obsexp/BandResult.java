package org.causalworkbench.estimators.obsexp;

import java.util.List;

/**
 * Result of the band test, labelled F3 in the workbench.
 *
 * @param bins one row per bin, lowest binning values first
 * @param requestedBins the number of bins requested. It exceeds {@code bins.size()} when ties in
 *     the binning values merged quantile edges.
 * @param correction the multiple-testing correction applied
 * @param statistic the largest per-bin statistic
 * @param pValue the smallest adjusted p-value, {@code min(1, B * min_b p_b)} for both
 *     corrections, with B the number of bins used
 * @param alpha the significance level
 * @param rejected whether some bin was rejected, equivalently {@code pValue < alpha}
 */
public record BandResult(List<BandBin> bins, int requestedBins,
        MultipleTestingCorrection correction, double statistic, double pValue, double alpha,
        boolean rejected) implements FalsificationResult {

    /** Copies the list of bins. */
    public BandResult {
        bins = List.copyOf(bins);
    }

    @Override
    public String testName() {
        return BandFalsification.TEST_NAME;
    }
}
