package org.causalworkbench.estimators.repr.contrastive;

import java.util.List;

/**
 * Results of one run of the structured-treatment lab.
 *
 * @param methods one result per representation, in {@link Method} order
 * @param matchedTriplets the covariate-matched triplets of the contrastive encoder
 * @param unmatchedTriplets the outcome-only triplets of the ablation
 * @param trueEffectSd the standard deviation of the true test effects, the scale of the root
 *     PEHE
 */
public record LabResult(List<MethodResult> methods, Triplets matchedTriplets,
        Triplets unmatchedTriplets, double trueEffectSd) {

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
