/**
 * The latent-persona toy for gradient-projected fine-tuning (GRASP; Gilligan-Lee, Egan, Zhu and
 * O'Riordan (2026), arXiv:2605.27676): a prompt generator with known ground truth, a small
 * pretrained model whose role-play task genuinely uses a persona factor, and a linear probe
 * that scores recovered directions against the true one. {@link
 * org.causalworkbench.estimators.repr.grasp.GraspExperiment} runs the naive LoRA fine-tune, the
 * SVD identification, the projected GRASP fine-tune and the activation baselines, and
 * {@link org.causalworkbench.estimators.repr.grasp.GraspSweep} repeats it over correlation
 * strength and task complexity.
 *
 * <p>The toy reproduces the mechanism at toy scale, not the paper's language-model experiments.
 * NOTE: which adapters GRASP projects, and on which side, is our reading of the paper's
 * abstract-level description and has not been checked against its method section.
 */
package org.causalworkbench.estimators.repr.grasp;
