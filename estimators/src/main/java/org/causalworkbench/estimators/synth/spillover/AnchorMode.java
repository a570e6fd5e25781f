package org.causalworkbench.estimators.synth.spillover;

/** Prediction of each donor's untreated post-intervention value in {@link DonorScreen}. */
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
     *
     * <p>Forecast and observed values are post-period means. The predictive standard deviation
     * is the leave-one-out fit's pre-period RMSPE, and the interval is the normal quantile times
     * it. NOTE: that interval ignores weight uncertainty and serial correlation, so its flags are
     * a heuristic. A donor fitted exactly before the intervention has a zero standard deviation
     * and an infinite (or, with zero error, NaN) z-score.
     */
    LEAVE_ONE_OUT,

    /**
     * Runs {@link #LAG} and subtracts the mean error of user-marked trusted donors from every
     * error, which cancels a shock common to all donors.
     */
    ANCHORED
}
