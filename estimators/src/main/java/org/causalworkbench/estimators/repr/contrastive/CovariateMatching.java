package org.causalworkbench.estimators.repr.contrastive;

/**
 * The rule that matches triplet candidates on the covariates m(X), the z-scored covariates.
 */
public enum CovariateMatching {
    /** Candidates are an anchor's k nearest neighbours in m(X). */
    NEAREST_NEIGHBOURS,
    /** Candidates lie within Euclidean distance epsilon<sub>1</sub> of the anchor in m(X). */
    RADIUS,
    /**
     * Ablation: k candidates drawn at random from all units, so triplets are formed on
     * outcomes alone.
     */
    NONE
}
