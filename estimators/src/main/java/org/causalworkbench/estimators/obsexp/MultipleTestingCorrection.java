package org.causalworkbench.estimators.obsexp;

/**
 * Family-wise error control over the bins of the band test. Both methods reject the global null
 * in exactly the same cases, when the smallest p-value is below alpha / B. Holm can flag more
 * individual bins.
 *
 * <p>Reference: Holm (1979), A simple sequentially rejective multiple test procedure, Scand. J.
 * Statist. 6, 65-70.
 */
public enum MultipleTestingCorrection {

    /** Rejects bin b when {@code p_b < alpha / B}. */
    BONFERRONI,

    /**
     * Holm's step-down method: with the p-values sorted ascending, rejects the bin of rank r
     * (from 1) while {@code p_(r) < alpha / (B - r + 1)}, and stops at the first that fails.
     */
    HOLM
}
