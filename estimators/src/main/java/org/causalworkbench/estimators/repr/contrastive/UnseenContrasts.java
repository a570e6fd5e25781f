package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;

/**
 * Test contrasts on unseen treatments: for unit i with covariates x<sub>i</sub>, the effect
 * tau(t<sub>i</sub>, t'<sub>i</sub>, x<sub>i</sub>) of the treatment t<sub>i</sub>, whose
 * latent combination never occurs in the training sample, against a reference treatment
 * t'<sub>i</sub> from the training region. The matrices are shared, not copied, so callers must
 * not modify them.
 *
 * @param covariates m x 5 covariates
 * @param treatments m x 32 unseen treatments t
 * @param referenceTreatments m x 32 reference treatments t'
 * @param causalLatents m x 2 causal latents of t
 * @param nonCausalLatents m x 3 non-causal latents of t
 * @param referenceCausalLatents m x 2 causal latents of t'
 * @param trueEffects the m exact effects E[Y | do(t), x] - E[Y | do(t'), x]
 */
public record UnseenContrasts(DMatrixRMaj covariates, DMatrixRMaj treatments,
        DMatrixRMaj referenceTreatments, DMatrixRMaj causalLatents,
        DMatrixRMaj nonCausalLatents, DMatrixRMaj referenceCausalLatents,
        double[] trueEffects) {

    /** Returns the number of contrasts. */
    public int size() {
        return trueEffects.length;
    }
}
