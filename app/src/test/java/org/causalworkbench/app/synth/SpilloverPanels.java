package org.causalworkbench.app.synth;

import java.io.StringReader;
import java.util.Locale;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;

/** Reads the shared panels and plants spillovers into them, through the ordinary CSV reader. */
final class SpilloverPanels {

    private SpilloverPanels() {
    }

    /** Proposition 99 cigarette sales, without its treatment flag. */
    static Panel prop99() {
        return PanelReader.read(SharedDatasets.require("smoking_data.csv"),
                new PanelSpec("state", "year", "cigsale", null));
    }

    /** Copies a panel, adding {@code shift} to one unit's outcomes from {@code from} on. */
    static Panel shifted(Panel panel, String unit, double from, double shift) {
        int target = panel.findUnit(unit).orElseThrow();
        StringBuilder csv = new StringBuilder("unit,time,y\n");
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                double value = panel.outcome(u, t)
                        + (u == target && panel.time(t) >= from ? shift : 0);
                csv.append('"').append(panel.units().get(u)).append("\",")
                        .append(Panel.formatTime(panel.time(t))).append(',')
                        .append(String.format(Locale.ROOT, "%.17g", value)).append('\n');
            }
        }
        return PanelReader.build(CsvTable.read(new StringReader(csv.toString()),
                "planted.csv"), new PanelSpec("unit", "time", "y", null));
    }
}
