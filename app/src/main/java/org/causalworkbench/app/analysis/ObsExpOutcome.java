package org.causalworkbench.app.analysis;

import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.causalworkbench.estimators.obsexp.GapModel;
import org.causalworkbench.estimators.obsexp.GapPrediction;

/**
 * The fitted gap model, its intervals at the evaluation points and the falsification results.
 *
 * @param request the settings the analysis ran with
 * @param model the fitted gap model
 * @param evaluation one prediction per evaluation point
 * @param falsification the test results by test id ("f1", "f2", "f3"), in request order
 * @param uniformMultiplier the uniform bound's multiplier &radic;&beta;, or NaN when the
 *     request did not ask for it
 * @param uniformEvaluation the evaluation points with uniform-bound intervals, empty when not
 *     requested
 */
public record ObsExpOutcome(ObsExpRequest request, GapModel model, List<GapPrediction> evaluation,
        Map<String, FalsificationResult> falsification, double uniformMultiplier,
        List<GapPrediction> uniformEvaluation) {

    /** Copies the lists and map. */
    public ObsExpOutcome {
        evaluation = List.copyOf(evaluation);
        uniformEvaluation = List.copyOf(uniformEvaluation);
        falsification = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(falsification));
    }
}
