package org.causalworkbench.app.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.SpilloverSensitivity;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;

/**
 * The sensitivity analysis of one fit: bounds and break-even values, the re-inclusion what-if
 * refits, and the default suspect share π.
 *
 * @param sensitivity the bounds and break-even values of the fit on the kept donors
 * @param whatIf one refit per excluded donor put back, then all of them; empty with none
 * @param preRmspe the fit's pre-period RMSPE, a scale for the spillover size
 * @param suspects kept donors the screen flags, whose weight share is the default π
 * @param suspectShare their summed weight
 */
public record SensitivityOutcome(SpilloverSensitivity sensitivity, List<WhatIfRow> whatIf,
        double preRmspe, List<String> suspects, double suspectShare) {

    /** Copies the lists. */
    public SensitivityOutcome {
        whatIf = List.copyOf(whatIf);
        suspects = List.copyOf(suspects);
    }

    /**
     * Analyses a fit: bounds, break-even values and the what-if refits, one unit of progress
     * per refit. Excluded donors with a missing outcome cannot be put back and are left out.
     *
     * @param outcome the fit on the kept donors
     * @param flagged donors the screen flagged, the suspects among the kept ones
     * @param progress receives progress
     * @param cancellation checked before every refit
     * @return the analysis
     */
    public static SensitivityOutcome compute(SynthOutcome outcome, Set<String> flagged,
            ProgressSink progress, CancellationToken cancellation) {
        Panel panel = outcome.request().panel();
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel,
                outcome.request().treatedUnit(), outcome.request().interventionTime(),
                outcome.request().excludedDonors());
        List<String> excluded = new ArrayList<>();
        for (String unit : outcome.request().excludedDonors()) {
            if (complete(panel, unit)) {
                excluded.add(unit);
            }
        }
        SpilloverSensitivity sensitivity = SpilloverSensitivity.of(setup, outcome.fit(),
                excluded);
        List<WhatIfRow> rows = sensitivity.whatIf(SyntheticControl.withDefaults(), progress, cancellation);
        List<String> suspects = new ArrayList<>();
        for (String donor : outcome.fit().donors()) {
            if (flagged.contains(donor)) {
                suspects.add(donor);
            }
        }
        return new SensitivityOutcome(sensitivity, rows, outcome.fit().preRmspe(), suspects,
                sensitivity.weightShare(suspects));
    }

    /** Checks that a unit has an outcome in every period, as the what-if refits need. */
    private static boolean complete(Panel panel, String unit) {
        int index = panel.findUnit(unit).orElse(-1);
        if (index < 0) {
            return false;
        }
        for (double value : panel.outcomes(index)) {
            if (Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }
}
