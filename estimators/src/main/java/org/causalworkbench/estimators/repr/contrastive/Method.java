package org.causalworkbench.estimators.repr.contrastive;

/** The treatment representations the structured-treatment lab compares. */
public enum Method {
    /** The raw 32-dimensional treatment. */
    RAW,
    /** The code of an autoencoder of the treatment. */
    AUTOENCODER,
    /** The contrastive encoder trained on covariate-matched triplets. */
    CONTRASTIVE,
    /** Ablation: the contrastive encoder trained on triplets formed on outcomes alone. */
    CONTRASTIVE_UNMATCHED,
    /** The true causal latents T<sub>C</sub>, unavailable in real data. */
    ORACLE
}
