package org.causalworkbench.estimators.repr.contrastive;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Results of one run of the structured-treatment lab.
 *
 * @param methods one result per representation, in {@link Method} order
 * @param matchedTriplets the covariate-matched triplets of the contrastive encoder
 * @param unmatchedTriplets the outcome-only triplets of the ablation
 * @param trueEffectSd the standard deviation of the true test effects, the scale of the root
 *     PEHE
 * @param test the unseen test contrasts with their latents, shared and not to be modified
 * @param contrastiveTestRepresentation the contrastive encoder's representation of the test
 *     treatments, one row per contrast, shared and not to be modified
 */
public record LabResult(List<MethodResult> methods, Triplets matchedTriplets,
        Triplets unmatchedTriplets, double trueEffectSd, UnseenContrasts test,
        DMatrixRMaj contrastiveTestRepresentation) {

    /** Copies the list. */
    public LabResult {
        methods = List.copyOf(methods);
    }

    /**
     * Returns the result of one method.
     *
     * @throws IllegalArgumentException if the run did not include it
     */
    public MethodResult of(Method method) {
        return methods.stream().filter(m -> m.method() == method).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no result for " + method));
    }
}
