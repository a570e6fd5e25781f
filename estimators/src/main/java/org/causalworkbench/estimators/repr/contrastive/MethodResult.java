package org.causalworkbench.estimators.repr.contrastive;

/**
 * Scores of one representation on the unseen test contrasts.
 *
 * @param method the representation
 * @param width the number of representation columns
 * @param rootPehe sqrt(mean (tau&#770; - tau)<sup>2</sup>) over the test contrasts
 * @param bias mean (tau&#770; - tau) over the test contrasts
 * @param causalProbeR2 held-out R<sup>2</sup> of a linear probe of T<sub>C</sub> from the
 *     representation, pooled over the block's columns
 * @param nonCausalProbeR2 the same for T<sub>N</sub>
 */
public record MethodResult(Method method, int width, double rootPehe, double bias,
        double causalProbeR2, double nonCausalProbeR2) {
}
