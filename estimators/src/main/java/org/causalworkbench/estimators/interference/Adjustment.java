package org.causalworkbench.estimators.interference;

/** Set of variables that the propensity score conditions on. */
public enum Adjustment {
    /** None: {@code e = mean(T)}, which gives the difference in means. */
    NONE("no adjustment (the naive difference in means)"),
    /** Covariates only: {@code e(X)}, biased by interference when I is associated with T. */
    COVARIATES("adjustment for the covariates only"),
    /** Covariates and the interference signature: {@code e(X, I)}, the TACE estimator. */
    COVARIATES_AND_SIGNATURE("adjustment for the covariates and the signature (the TACE)");

    private final String description;

    Adjustment(String description) {
        this.description = description;
    }

    /** Returns the adjustment in words, for messages. */
    public String description() {
        return description;
    }
}
