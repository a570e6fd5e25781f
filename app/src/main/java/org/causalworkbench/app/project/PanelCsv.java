package org.causalworkbench.app.project;

import java.util.Locale;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelSpec;

/**
 * Writes a panel as a long-format CSV with its own column names, for panels whose source file
 * the workbench did not read itself. Numbers are written with {@link Double#toString}, which
 * parses back to the same double.
 */
final class PanelCsv {

    private PanelCsv() {
    }

    static String write(Panel panel) {
        PanelSpec spec = panel.spec();
        boolean flags = panel.hasTreatmentFlag() && spec.treatmentColumn() != null;
        StringBuilder csv = new StringBuilder();
        csv.append(quote(spec.unitColumn())).append(',').append(quote(spec.timeColumn()))
                .append(',').append(quote(spec.outcomeColumn()));
        if (flags) {
            csv.append(',').append(quote(spec.treatmentColumn()));
        }
        csv.append('\n');
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                csv.append(quote(panel.units().get(u))).append(',')
                        .append(Panel.formatTime(panel.time(t))).append(',')
                        .append(Double.toString(panel.outcome(u, t)).toLowerCase(Locale.ROOT));
                if (flags) {
                    csv.append(',').append(panel.treated(u, t) ? 1 : 0);
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
