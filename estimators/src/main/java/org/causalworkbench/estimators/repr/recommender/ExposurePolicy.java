package org.causalworkbench.estimators.repr.recommender;

/** How items are chosen for users, which decides how item features depend on the user. */
public enum ExposurePolicy {
    /** The confounded logging policy: both item feature blocks depend on the user. */
    LOGGING,
    /** Random exposure: item features are drawn independently of the user. */
    RANDOM,
    /** The logging policy with the non-causal dependence reversed (Gamma replaced by -Gamma). */
    FLIPPED
}
