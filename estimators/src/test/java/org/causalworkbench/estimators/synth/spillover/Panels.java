package org.causalworkbench.estimators.synth.spillover;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;

/** Builds test panels from values, through the ordinary CSV reader. */
final class Panels {

    /** A value at a unit index and time index. */
    @FunctionalInterface
    interface Values {
        double at(int unit, int time);
    }

    private Panels() {
    }

    /** Returns the times 1, 2, ..., count. */
    static double[] periods(int count) {
        double[] times = new double[count];
        for (int t = 0; t < count; t++) {
            times[t] = t + 1;
        }
        return times;
    }

    /** Builds a panel with the given unit names, times and values, without a treatment flag. */
    static Panel build(List<String> units, double[] times, Values values) {
        StringBuilder csv = new StringBuilder("unit,time,y\n");
        for (int u = 0; u < units.size(); u++) {
            for (int t = 0; t < times.length; t++) {
                csv.append('"').append(units.get(u)).append("\",")
                        .append(Panel.formatTime(times[t])).append(',')
                        .append(String.format(Locale.ROOT, "%.17g", values.at(u, t)))
                        .append('\n');
            }
        }
        return PanelReader.build(CsvTable.read(new StringReader(csv.toString()), "test.csv"),
                new PanelSpec("unit", "time", "y", null));
    }

    /** Copies a panel, adding {@code shift} to one unit's outcomes from {@code from} on. */
    static Panel shifted(Panel panel, String unit, double from, double shift) {
        int target = panel.findUnit(unit).orElseThrow();
        return build(panel.units(), panel.times(), (u, t) -> panel.outcome(u, t)
                + (u == target && panel.time(t) >= from ? shift : 0));
    }
}
