package org.causalworkbench.app.synth;

import java.util.List;
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
}
