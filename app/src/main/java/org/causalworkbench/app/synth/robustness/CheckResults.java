package org.causalworkbench.app.synth.robustness;

import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControlResult;

/** The results of the checks tab, each with the settings it ran with. */
public final class CheckResults {

    private CheckResults() {
    }

    /**
     * A predictor-weighted fit beside the outcome-only fit on the same pool.
     *
     * @param settings the workspace settings
     * @param predictorFit the fit with predictor weights V
     * @param outcomeOnly the outcome-only (V-free) fit
     */
    public record PredictorCheck(SynthSettings settings,
            PredictorSyntheticControlResult predictorFit, SyntheticControlResult outcomeOnly) {
    }

    /**
     * An in-time placebo.
     *
     * @param settings the workspace settings, with the real intervention time
     * @param placebo the refit with the fake time
     */
    public record InTimeCheck(SynthSettings settings, RobustnessChecks.InTimePlacebo placebo) {
    }

    /**
     * The leave-one-donor-out refits.
     *
     * @param settings the workspace settings
     * @param refits the full fit and one refit per positive-weight donor
     */
    public record LeaveOneOutCheck(SynthSettings settings,
            RobustnessChecks.LeaveOneOut refits) {
    }
}
