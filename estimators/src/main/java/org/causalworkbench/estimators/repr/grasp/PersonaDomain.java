package org.causalworkbench.estimators.repr.grasp;

/** Prompt domains of the latent-persona toy, in the order of the one-hot input block. */
public enum PersonaDomain {
    /** Programming requests; the domain of the fine-tuning set. */
    CODE,
    /** Medical questions. */
    MEDICINE,
    /** Financial questions. */
    FINANCE,
    /** Small talk. */
    CHIT_CHAT,
    /** Political questions. */
    POLITICS,
    /** Role-play requests, the only domain whose pretraining targets depend on the persona. */
    ROLE_PLAY
}
