/**
 * Causal representation learning for recommendation at toy scale: a synthetic world with a
 * confounded logging policy, a two-tower recommender whose item representation is penalised by
 * a contrastive estimate of its mutual information with the user context (applied through
 * gradient reversal), shifted test sets, metrics, a penalty-weight sweep and a KuaiRand-Pure
 * log importer.
 *
 * <p>The lab reproduces the mechanism of Felekis, O'Riordan, Corcoll and Gilligan-Lee (2026),
 * "Causal Representation Learning for Generalisable Recommendation", arXiv:2605.27043, on a
 * small structural causal model. It does not reproduce the paper's KuaiRand or production
 * experiments.
 */
package org.causalworkbench.estimators.repr.recommender;
