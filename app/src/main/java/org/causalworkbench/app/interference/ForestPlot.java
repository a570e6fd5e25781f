package org.causalworkbench.app.interference;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.chart.InterferenceCharts;
import org.jfree.chart.JFreeChart;

/** Builds the forest plot of an interference outcome, for the window and the report. */
public final class ForestPlot {

    private ForestPlot() {
    }

    /**
     * Draws every estimate row with its interval, extensions marked "(ext.)".
     *
     * @param outcome the outcome
     * @return the chart
     */
    public static JFreeChart of(InterferenceOutcome outcome) {
        List<InterferenceCharts.ForestRow> forestRows = new ArrayList<>();
        for (EstimateRow row : outcome.rows()) {
            double lower = row.interval().map(EstimateRow.Interval::lower).orElse(Double.NaN);
            double upper = row.interval().map(EstimateRow.Interval::upper).orElse(Double.NaN);
            String label = row.flags().contains(InterferenceAnalysis.EXTENSION_FLAG)
                    ? row.label() + " (ext.)" : row.label();
            forestRows.add(new InterferenceCharts.ForestRow(label, row.hajek(),
                    row.horvitzThompson(), lower, upper));
        }
        return InterferenceCharts.forestPlot(forestRows, "Hajek", "Horvitz-Thompson",
                outcome.request().data().trueEffect());
    }
}
