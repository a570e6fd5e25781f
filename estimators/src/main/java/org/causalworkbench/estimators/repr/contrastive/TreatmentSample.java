package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;

/**
 * Observational units of the structured-treatment toy, with the latents a real data set would
 * not reveal. Row i of every matrix belongs to unit i. The matrices are shared, not copied, so
 * callers must not modify them.
 *
 * @param covariates n x 5 covariates X
 * @param treatments n x 32 observed treatments T
 * @param causalLatents n x 2 causal latents T<sub>C</sub>, which move the outcome
 * @param nonCausalLatents n x 3 non-causal latents T<sub>N</sub>, which do not
 * @param outcomes the n outcomes Y
 */
public record TreatmentSample(DMatrixRMaj covariates, DMatrixRMaj treatments,
        DMatrixRMaj causalLatents, DMatrixRMaj nonCausalLatents, double[] outcomes) {

    /** Returns the number of units. */
    public int size() {
        return outcomes.length;
    }
}
