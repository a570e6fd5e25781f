package org.causalworkbench.estimators.repr.grasp;

/**
 * The scores of both steering baselines at one steering coefficient.
 *
 * @param multiple the coefficient as a multiple of the naive fine-tune's mean write along
 *     u&#770;<sub>1</sub> on code prompts; 1 undoes that write on average
 * @param coefficient the signed length c of the steering vector c u&#770;<sub>1</sub>
 * @param inference the naive fine-tune with c u&#770;<sub>1</sub> subtracted from
 *     h<sub>1</sub> at test
 * @param preventative a fine-tune with c u&#770;<sub>1</sub> added to h<sub>1</sub> during
 *     training only
 */
public record SteeringPoint(double multiple, double coefficient, MethodMetrics inference,
        MethodMetrics preventative) {
}
