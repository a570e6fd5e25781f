package org.causalworkbench.estimators.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposes the treated unit and the intervention time from a panel's treatment flags.
 *
 * @param treatedUnit the first unit, in panel order, with a treated period
 * @param interventionTime that unit's first treated time
 * @param otherTreatedUnits further units with treated periods, which a single-unit synthetic
 *     control should exclude from its donor pool
 */
public record TreatmentProposal(String treatedUnit, double interventionTime,
        List<String> otherTreatedUnits) {

    /** Copies the list of other treated units. */
    public TreatmentProposal {
        otherTreatedUnits = List.copyOf(otherTreatedUnits);
    }

    /**
     * Reads the proposal off the treatment flags.
     *
     * @param panel the panel
     * @return the proposal, or empty when the panel has no flag column or no treated cell
     */
    public static Optional<TreatmentProposal> of(Panel panel) {
        if (!panel.hasTreatmentFlag()) {
            return Optional.empty();
        }
        String first = null;
        double firstTime = Double.NaN;
        List<String> others = new ArrayList<>();
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                if (panel.treated(u, t)) {
                    if (first == null) {
                        first = panel.units().get(u);
                        firstTime = panel.time(t);
                    } else {
                        others.add(panel.units().get(u));
                    }
                    break;
                }
            }
        }
        return first == null ? Optional.empty()
                : Optional.of(new TreatmentProposal(first, firstTime, others));
    }
}
