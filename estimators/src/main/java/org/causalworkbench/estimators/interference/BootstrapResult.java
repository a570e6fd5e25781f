package org.causalworkbench.estimators.interference;

/**
 * Outcome of {@link BlockBootstrap#run}.
 *
 * @param replicates replicates requested
 * @param failedReplicates replicates without an estimate, for lack of overlap or a failed
 *     propensity fit; they do not enter the variance
 * @param firstFailure the message of the first failed replicate, empty when none failed
 * @param blocks number of independent blocks resampled
 * @param inflation the inflation applied
 * @param inflationFactor its value D
 * @param horvitzThompson the interval around the Horvitz-Thompson estimate
 * @param hajek the interval around the Hajek estimate
 */
public record BootstrapResult(
        int replicates,
        int failedReplicates,
        String firstFailure,
        int blocks,
        VarianceInflation inflation,
        double inflationFactor,
        BootstrapInterval horvitzThompson,
        BootstrapInterval hajek) {
}
