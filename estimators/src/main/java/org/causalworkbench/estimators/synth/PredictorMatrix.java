package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;

/**
 * Predictor values of the treated unit and the donors, each predictor divided by its standard
 * deviation across those units (treated unit included), as R's Synth package does.
 *
 * <p>A window with some missing values is averaged over the available times, and a note names
 * the predictor, the units and the count. A window with no value for a unit is rejected.
 */
final class PredictorMatrix {

    final double[] treated;
    final double[][] donors;
    final double[] rawTreated;
    final double[][] rawDonors;
    final List<String> notes;

    private PredictorMatrix(double[] rawTreated, double[][] rawDonors, List<String> notes) {
        int k = rawTreated.length;
        int donorCount = rawDonors.length;
        this.rawTreated = rawTreated;
        this.rawDonors = rawDonors;
        this.notes = List.copyOf(notes);
        this.treated = new double[k];
        this.donors = new double[donorCount][k];
        for (int p = 0; p < k; p++) {
            double sd = standardDeviation(rawTreated, rawDonors, p);
            treated[p] = rawTreated[p] / sd;
            for (int j = 0; j < donorCount; j++) {
                donors[j][p] = rawDonors[j][p] / sd;
            }
        }
    }

    static PredictorMatrix build(SyntheticControlSetup setup, CsvTable table,
            List<Predictor> predictors) {
        Panel outcomes = setup.panel();
        PanelSpec spec = outcomes.spec();
        Map<String, Panel> byColumn = new HashMap<>();
        List<String> notes = new ArrayList<>();
        int k = predictors.size();
        double[] treated = new double[k];
        double[][] donors = new double[setup.donors().size()][k];
        for (int p = 0; p < k; p++) {
            Predictor predictor = predictors.get(p);
            Panel panel = byColumn.computeIfAbsent(predictor.column(),
                    column -> column.equals(spec.outcomeColumn()) ? outcomes
                            : predictorPanel(table, spec, predictor));
            List<String> partial = new ArrayList<>();
            treated[p] = windowMean(panel, setup.treatedUnit(), predictor, partial);
            for (int j = 0; j < donors.length; j++) {
                donors[j][p] = windowMean(panel, setup.donors().get(j), predictor, partial);
            }
            if (!partial.isEmpty()) {
                notes.add("Predictor '" + predictor.label() + "' is averaged over the available"
                        + " times only for " + String.join(", ", partial) + ".");
            }
        }
        return new PredictorMatrix(treated, donors, notes);
    }

    /**
     * Reads a predictor column as a panel, after checking it in the predictor's own words:
     * the panel reader's messages would call it the outcome.
     */
    private static Panel predictorPanel(CsvTable table, PanelSpec spec, Predictor predictor) {
        String column = predictor.column();
        int index = table.requireColumn(column, "predictor '" + predictor.label() + "'");
        if (column.equals(spec.unitColumn()) || column.equals(spec.timeColumn())) {
            String role = column.equals(spec.unitColumn()) ? "unit" : "time";
            throw new DataFormatException(table.sourceName() + ": predictor '"
                    + predictor.label() + "' uses column '" + column + "', which is the " + role
                    + " column; choose a numeric covariate or outcome column.");
        }
        for (int row = 0; row < table.rowCount(); row++) {
            String raw = table.cell(row, index);
            if (!CellValues.isMissing(raw) && CellValues.parseNumber(raw).isEmpty()) {
                throw new DataFormatException(table.location(row, index) + ": '" + raw
                        + "' is not a finite number, which predictor '" + predictor.label()
                        + "' needs; write it with a dot as decimal separator, or leave the cell"
                        + " empty (or NA) if it is missing.");
            }
        }
        return PanelReader.build(table, new PanelSpec(spec.unitColumn(), spec.timeColumn(),
                column, null));
    }

    private static double windowMean(Panel panel, String unit, Predictor predictor,
            List<String> partial) {
        int row = panel.findUnit(unit).orElseThrow(() -> new DataFormatException(
                panel.sourceName() + ": unit '" + unit + "' has no rows for predictor '"
                        + predictor.label() + "'."));
        double sum = 0;
        int available = 0;
        int inWindow = 0;
        for (int t = 0; t < panel.timeCount(); t++) {
            double time = panel.time(t);
            if (time < predictor.fromTime() || time > predictor.toTime()) {
                continue;
            }
            inWindow++;
            double value = panel.outcome(row, t);
            if (!Double.isNaN(value)) {
                sum += value;
                available++;
            }
        }
        if (inWindow == 0) {
            throw new DataFormatException(panel.sourceName() + ": no "
                    + panel.spec().timeColumn() + " falls in the window of predictor '"
                    + predictor.label() + "'; choose a window inside the data.");
        }
        if (available == 0) {
            throw new DataFormatException(panel.sourceName() + ": unit '" + unit + "' has no "
                    + predictor.column() + " value in the window of predictor '"
                    + predictor.label() + "' (" + inWindow + " time(s) in the window, all"
                    + " missing); widen the window or drop the predictor.");
        }
        if (available < inWindow) {
            partial.add("'" + unit + "' (" + available + " of " + inWindow + ")");
        }
        return sum / available;
    }

    private static double standardDeviation(double[] treated, double[][] donors, int p) {
        int n = donors.length + 1;
        double mean = treated[p];
        for (double[] donor : donors) {
            mean += donor[p];
        }
        mean /= n;
        double squares = (treated[p] - mean) * (treated[p] - mean);
        for (double[] donor : donors) {
            squares += (donor[p] - mean) * (donor[p] - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        if (!(sd > 0)) {
            throw new IllegalArgumentException("predictor " + (p + 1) + " has the same value "
                    + treated[p] + " for every unit, so it cannot be rescaled; remove it.");
        }
        return sd;
    }
}
