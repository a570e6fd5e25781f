package org.causalworkbench.estimators.repr.grasp;

/**
 * Scores of one fine-tuned model on fresh evaluation prompts.
 *
 * @param factorRate the share of prompts from the unrelated domains (medicine, finance, chit-chat,
 *     politics) whose tone output exceeds 0.5
 * @param taskError the mean squared error of the code output against the fine-tuning task g(c)
 * @param genuineUseAccuracy the share of role-play prompts whose task output lies within 0.5 of
 *     its target, which needs the persona because personas are 1 apart
 */
public record MethodMetrics(double factorRate, double taskError, double genuineUseAccuracy) {
}
