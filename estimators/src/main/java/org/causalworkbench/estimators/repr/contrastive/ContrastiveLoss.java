package org.causalworkbench.estimators.repr.contrastive;

/** The loss that trains the contrastive treatment encoder. */
public enum ContrastiveLoss {
    /**
     * max(0, |psi_a - psi_p|<sup>2</sup> - |psi_a - psi_n|<sup>2</sup> + margin), averaged over
     * triplets.
     */
    TRIPLET,
    /**
     * InfoNCE over cosine similarities with temperature kappa, whose negative set for each
     * anchor is its own covariate-matched negative only, so that every comparison stays
     * within matched covariates.
     */
    INFO_NCE
}
