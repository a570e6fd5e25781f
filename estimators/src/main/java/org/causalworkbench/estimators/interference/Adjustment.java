package org.causalworkbench.estimators.interference;

/** Set of variables that the propensity score conditions on. */
public enum Adjustment {
    /** None: {@code e = mean(T)}, which gives the difference in means. */
    NONE,
    /** Covariates only: {@code e(X)}, biased by interference when I is associated with T. */
    COVARIATES,
    /** Covariates and the interference signature: {@code e(X, I)}, the TACE estimator. */
    COVARIATES_AND_SIGNATURE
}
