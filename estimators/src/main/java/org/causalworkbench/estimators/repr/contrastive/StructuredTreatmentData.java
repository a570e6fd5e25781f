package org.causalworkbench.estimators.repr.contrastive;

/**
 * One draw of the structured-treatment toy.
 *
 * @param training the observational units, none with a held-out latent combination
 * @param test the contrasts on treatments with held-out latent combinations
 */
public record StructuredTreatmentData(TreatmentSample training, UnseenContrasts test) {
}
