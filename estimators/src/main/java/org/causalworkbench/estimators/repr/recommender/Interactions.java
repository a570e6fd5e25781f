package org.causalworkbench.estimators.repr.recommender;

import org.ejml.data.DMatrixRMaj;

/**
 * Rows of (user, item, click) with the item's latent feature blocks kept for scoring.
 *
 * <p>The matrices and arrays are shared, not copied; callers must not modify them.
 *
 * @param users n x 8 user contexts Z
 * @param items n x 16 observed item features T
 * @param causal n x 4 causal item features T<sub>C</sub>, used only for scoring
 * @param nonCausal n x 4 non-causal item features T<sub>nC</sub>, used only for scoring
 * @param clicks n click outcomes, 0 or 1
 * @param userIds n user indices that group rows for per-user ranking metrics
 */
public record Interactions(DMatrixRMaj users, DMatrixRMaj items, DMatrixRMaj causal,
        DMatrixRMaj nonCausal, double[] clicks, int[] userIds) {

    /** Checks that every part has one row per interaction. */
    public Interactions {
        int n = clicks.length;
        if (users.numRows != n || items.numRows != n || causal.numRows != n
                || nonCausal.numRows != n || userIds.length != n) {
            throw new IllegalArgumentException("interaction parts differ in length: " + n
                    + " clicks, " + users.numRows + " users, " + items.numRows + " items, "
                    + causal.numRows + " causal rows, " + nonCausal.numRows
                    + " non-causal rows and " + userIds.length + " user ids");
        }
    }

    /** Returns the number of interactions. */
    public int size() {
        return clicks.length;
    }
}
