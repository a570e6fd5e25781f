package org.causalworkbench.estimators.repr.grasp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Outcome of one GRASP experiment.
 *
 * @param identification the spectrum of the naive weight change and the identified directions
 * @param cosine |cos(u&#770;<sub>1</sub>, u<sub>s</sub>)| between the top identified direction
 *     and the probe's persona direction. The probe is used for this score only.
 * @param probeRSquared the share of the persona's variance that the probe explains on role-play
 *     prompts of the pretrained model
 * @param steeringCoefficient the signed length c of the steering vector c u&#770;<sub>1</sub>
 * @param methods the scores of every method
 * @param graspWeightChange the weight change s B A of W<sub>down</sub> after the GRASP fine-tune
 * @param steeringCurve both steering baselines over a range of coefficients, in increasing
 *     order; empty for the cells of a sweep, which skip it
 */
public record GraspResult(SpuriousDirections identification, double cosine,
        double probeRSquared, double steeringCoefficient, Map<GraspMethod, MethodMetrics> methods,
        DMatrixRMaj graspWeightChange, List<SteeringPoint> steeringCurve) {

    /** Copies the map, the matrix and the curve. */
    public GraspResult {
        methods = Map.copyOf(new EnumMap<>(methods));
        graspWeightChange = graspWeightChange.copy();
        steeringCurve = List.copyOf(steeringCurve);
    }

    /** Returns a copy of the GRASP weight change. */
    @Override
    public DMatrixRMaj graspWeightChange() {
        return graspWeightChange.copy();
    }

    /** Returns the scores of {@code method}. */
    public MethodMetrics metrics(GraspMethod method) {
        return methods.get(method);
    }
}
