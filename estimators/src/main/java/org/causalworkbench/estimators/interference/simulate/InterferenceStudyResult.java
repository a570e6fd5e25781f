package org.causalworkbench.estimators.interference.simulate;

import java.util.List;
import java.util.Optional;

/**
 * Result of an {@link InterferenceReplicateRunner} study: the estimates of every replicate and
 * the bias distribution of each estimator.
 *
 * @param process the name of the process
 * @param truth the truth of the process
 * @param baseSeed the seed from which every replicate's seed was derived
 * @param rows one row per replicate, in replicate order
 * @param naive the bias of the difference in means
 * @param covariates the bias of the covariate-only estimate
 * @param tace the bias of the signature-adjusted estimate
 * @param decomposition the split of the naive bias, present when the process's conditional
 *     mean is linear in X and I
 */
public record InterferenceStudyResult(
        String process,
        ProcessTruth truth,
        long baseSeed,
        List<ReplicateEstimates> rows,
        BiasSummary naive,
        BiasSummary covariates,
        BiasSummary tace,
        Optional<BiasDecomposition> decomposition) {

    /** Copies the rows. */
    public InterferenceStudyResult {
        rows = List.copyOf(rows);
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return rows.size();
    }

    /**
     * Summarises the rows of a study.
     *
     * @param process the process name
     * @param truth the process's truth
     * @param baseSeed the base seed
     * @param rows at least one row, in replicate order
     * @return the result
     */
    static InterferenceStudyResult summarise(String process, ProcessTruth truth, long baseSeed,
            List<ReplicateEstimates> rows) {
        int r = rows.size();
        double[] naive = new double[r];
        double[] covariates = new double[r];
        double[] tace = new double[r];
        double covariateDifference = 0;
        double signatureDifference = 0;
        for (int i = 0; i < r; i++) {
            ReplicateEstimates row = rows.get(i);
            naive[i] = row.naiveBias();
            covariates[i] = row.covariatesBias();
            tace[i] = row.taceBias();
            covariateDifference += row.covariateDifference() / r;
            signatureDifference += row.signatureDifference() / r;
        }
        BiasSummary naiveSummary = BiasSummary.of(naive);
        Optional<BiasDecomposition> decomposition = Optional.empty();
        if (truth.hasLinearDecomposition()) {
            decomposition = Optional.of(new BiasDecomposition(truth.covariateCoefficient(),
                    truth.signatureCoefficient(),
                    truth.covariateCoefficient() * covariateDifference,
                    truth.signatureCoefficient() * signatureDifference, naiveSummary.mean()));
        }
        return new InterferenceStudyResult(process, truth, baseSeed, rows, naiveSummary,
                BiasSummary.of(covariates), BiasSummary.of(tace), decomposition);
    }
}
