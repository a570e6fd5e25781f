package org.causalworkbench.estimators.interference.simulate;

/**
 * Estimates of one replicate of an {@link InterferenceReplicateRunner} study, in Hajek form.
 * With cell-frequency propensities the Hajek and Horvitz-Thompson forms coincide.
 *
 * @param replicate the replicate index, from 0
 * @param seed the seed of the replicate's data; {@code process.withSeed(seed).generate()}
 *     gives its units again
 * @param trueTace the process's true TACE
 * @param naive the difference in means, with {@code e = mean(T)}
 * @param covariates the estimate with {@code e(X)}
 * @param tace the estimate with {@code e(X, I)}
 * @param taceUnitsKept the units that entered the TACE estimate after trimming
 * @param covariateDifference the mean X of treated minus untreated units
 * @param signatureDifference the mean I of treated minus untreated units, where a missing
 *     signature counts as 0 because every linear process lets it enter the outcome as 0;
 *     {@code NaN} when the signature is a vector
 */
public record ReplicateEstimates(
        int replicate,
        long seed,
        double trueTace,
        double naive,
        double covariates,
        double tace,
        int taceUnitsKept,
        double covariateDifference,
        double signatureDifference) {

    /** Returns the naive estimate minus the true TACE. */
    public double naiveBias() {
        return naive - trueTace;
    }

    /** Returns the covariate-only estimate minus the true TACE. */
    public double covariatesBias() {
        return covariates - trueTace;
    }

    /** Returns the signature-adjusted estimate minus the true TACE. */
    public double taceBias() {
        return tace - trueTace;
    }
}
