package org.causalworkbench.app.synth;

import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.Panel;

/**
 * What loading a panel replaces in {@link SynthViewModel}: the panel with its column roles and
 * every choice made on it. Undoing a load shows the previous state again, but not its outcome,
 * because results are recomputed, not edited.
 *
 * @param panel the panel, {@code null} before the first load
 * @param note the note shown beside the results
 * @param flaggedUnits units whose treatment flags mark them treated
 * @param treatedUnit the treated unit, or {@code null}
 * @param interventionTime the first post-intervention time, or {@code null}
 * @param decisions the donor decisions by unit, including units that are treated now
 * @param status the status line
 */
record PanelState(Panel panel, String note, List<String> flaggedUnits, String treatedUnit,
        Double interventionTime, Map<String, DonorDecision> decisions, String status) {

    PanelState {
        flaggedUnits = List.copyOf(flaggedUnits);
        decisions = Map.copyOf(decisions);
    }

    /** Returns the entry name of loading this panel, with its column roles. */
    String loadName() {
        return "Load " + panel.sourceName() + " (unit " + panel.spec().unitColumn() + ", time "
                + panel.spec().timeColumn() + ", outcome " + panel.spec().outcomeColumn()
                + panel.spec().treatment().map(column -> ", treatment " + column).orElse("")
                + ")";
    }
}
