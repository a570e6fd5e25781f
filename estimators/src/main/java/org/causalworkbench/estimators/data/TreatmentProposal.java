package org.causalworkbench.estimators.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposes the treated unit and the intervention time from a panel's treatment flags.
 *
 * @param treatedUnit the unit treated earliest (the first in panel order on a tie)
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
        String earliest = null;
        int earliestTime = Integer.MAX_VALUE;
        List<String> treatedUnits = new ArrayList<>();
        for (int u = 0; u < panel.unitCount(); u++) {
            int first = firstTreatedTime(panel, u);
            if (first < 0) {
                continue;
            }
            String unit = panel.units().get(u);
            treatedUnits.add(unit);
            if (first < earliestTime) {
                earliestTime = first;
                earliest = unit;
            }
        }
        if (earliest == null) {
            return Optional.empty();
        }
        treatedUnits.remove(earliest);
        return Optional.of(new TreatmentProposal(earliest, panel.time(earliestTime),
                treatedUnits));
    }

    private static int firstTreatedTime(Panel panel, int unit) {
        for (int t = 0; t < panel.timeCount(); t++) {
            if (panel.treated(unit, t)) {
                return t;
            }
        }
        return -1;
    }
}
