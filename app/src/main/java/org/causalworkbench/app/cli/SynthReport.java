package org.causalworkbench.app.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;

/**
 * Everything one {@code synth} run reports.
 *
 * @param outcome the fit on the kept donors and the placebo study
 * @param screen the donor screen, or {@code null} without {@code --screen}
 * @param sensitivity the sensitivity analysis, or {@code null} without {@code --sensitivity}
 * @param debiased the proximal fit, or {@code null} without {@code --debias}
 * @param predictorFit the predictor-weighted fit behind {@code outcome}, or {@code null} for the
 *     outcome-only fit
 * @param seed the seed of the predictor fit's random starts
 */
record SynthReport(SynthOutcome outcome, Screen screen, Sensitivity sensitivity,
        ProximalSyntheticControlResult debiased, PredictorSyntheticControlResult predictorFit,
        long seed) {

    /**
     * The donor screen and the donors the fit kept.
     *
     * @param result the screen's scores
     * @param rule S1 or S2, the rule that chose {@code kept}
     * @param kept the donors the fit used, in pool order
     * @param dropped the pool's other donors, in pool order
     */
    record Screen(DonorScreenResult result, String rule, List<String> kept,
            List<String> dropped) {

        /** Copies the lists. */
        Screen {
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * Bounds and break-even sizes of the fit for screening errors.
     *
     * @param gamma the spillover size Γ of {@code --sensitivity}
     * @param breakdown Γ* = |ATT|, the size a spillover on every kept donor needs to explain
     *     the whole estimate
     * @param perDonorBreakdown Γ*<sub>j</sub> = |ATT|/β<sub>j</sub> by kept donor, infinite for
     *     a donor with zero weight
     * @param falsePositiveBound the bound for valid donors wrongly excluded
     * @param falseNegativeBound the bound for spillovers of size Γ on kept donors
     * @param whatIf refits with each excluded donor put back, then with all of them
     */
    record Sensitivity(double gamma, double breakdown, Map<String, Double> perDonorBreakdown,
            double falsePositiveBound, double falseNegativeBound, List<WhatIfRow> whatIf) {

        /** Copies the map and the list. */
        Sensitivity {
            perDonorBreakdown = Collections.unmodifiableMap(
                    new LinkedHashMap<>(perDonorBreakdown));
            whatIf = List.copyOf(whatIf);
        }
    }
}
