package org.causalworkbench.estimators.synth.spillover;

/** How {@link DonorScreen} predicts each donor's untreated post-intervention value. */
public enum AnchorMode {

    /**
     * Forecasts the first post-intervention value (or bucket) from all donors' values one step
     * earlier, with a Bayesian ridge regression fitted on pre-period transitions. A latent shock
     * common to all donors at the intervention enters every error.
     */
    LAG,

    /**
     * Predicts each donor's whole post-period path by a simplex synthetic control of the donor on
     * the other donors, and scores the mean absolute residual. It catches gradual onsets but
     * turns unreliable when most donors are contaminated, because the others then no longer
     * predict the untreated path.
     */
    LEAVE_ONE_OUT,

    /**
     * Runs {@link #LAG} and subtracts the mean error of user-marked trusted donors from every
     * error, which cancels a shock common to all donors.
     */
    ANCHORED
}
