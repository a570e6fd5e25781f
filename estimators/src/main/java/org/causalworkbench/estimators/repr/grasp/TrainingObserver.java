package org.causalworkbench.estimators.repr.grasp;

/**
 * Receives the mean training loss of every epoch of the GRASP experiment's fine-tunes, for
 * live training curves. The experiment calls it on its worker thread, so implementations must
 * be thread-safe, and it must return quickly because training waits for it.
 */
@FunctionalInterface
public interface TrainingObserver {

    /** An observer that discards every report. */
    TrainingObserver NONE = (method, epoch, meanLoss) -> {
        // Discarded on purpose.
    };

    /**
     * Reports that one epoch of a fine-tune finished.
     *
     * @param method the fine-tune: {@link GraspMethod#NAIVE}, {@link GraspMethod#GRASP},
     *     {@link GraspMethod#ABLATION_DURING_TRAINING} or {@link GraspMethod#STEERING}. Ablation
     *     at inference trains nothing and is never reported.
     * @param epoch the epoch number, from 1 to the number of fine-tuning epochs
     * @param meanLoss the training loss averaged over the epoch's prompts, each minibatch's
     *     loss taken before that minibatch's update
     */
    void epochFinished(GraspMethod method, int epoch, double meanLoss);
}
