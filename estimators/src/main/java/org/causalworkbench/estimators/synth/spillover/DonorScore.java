package org.causalworkbench.estimators.synth.spillover;

/**
 * Screen outcome for one donor, in standardised units (outcome minus the donor's pre-period
 * mean, divided by its pre-period standard deviation).
 *
 * <p>For {@link AnchorMode#LAG} and {@link AnchorMode#ANCHORED} the values refer to the first
 * post-intervention period, or bucket when time-averaging. For {@link AnchorMode#LEAVE_ONE_OUT}
 * they are averages over the post-period buckets.
 *
 * @param donor the donor's name
 * @param forecast the predicted untreated value
 * @param observed the observed value
 * @param error observed minus forecast
 * @param predictiveSd the predictive standard deviation of the observed value
 * @param zScore error divided by the predictive standard deviation, signed
 * @param lower the lower end of the predictive interval at the screen's level
 * @param upper the upper end of that interval
 * @param flagged whether the observed value lies outside the interval
 * @param score the anomaly score the ranking uses: |error|, or the mean absolute residual for
 *     {@link AnchorMode#LEAVE_ONE_OUT}
 * @param rank 1 for the largest score; ties keep pool order
 * @param keptByTopN whether rule S1 (keep the n smallest scores) keeps the donor
 * @param keptByInterval whether rule S2 (keep donors inside the interval) keeps the donor
 */
public record DonorScore(String donor, double forecast, double observed, double error,
        double predictiveSd, double zScore, double lower, double upper, boolean flagged,
        double score, int rank, boolean keptByTopN, boolean keptByInterval) {
}
