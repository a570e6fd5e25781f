package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.junit.jupiter.api.Test;

/** Checks the predictor-weighted fit on small panels with a known solution. */
class PredictorSyntheticControlTest {

    private static final PanelSpec SPEC = new PanelSpec("unit", "time", "y", null);
    private static final List<String> DONORS = List.of("A", "B", "C", "D");

    private static double outcome(String unit, int t) {
        double phase = unit.charAt(0) - 'A';
        return 10 + 2 * phase + Math.sin(t * (0.4 + 0.21 * phase)) * (1 + phase / 2);
    }

    private static double covariate(String unit, int t) {
        double phase = unit.charAt(0) - 'A';
        return 3 + phase * phase + 0.1 * t;
    }

    /**
     * Builds a table over times 1..12 whose treated unit T is exactly 0.6 B + 0.4 D in both the
     * outcome and the covariate, with T's covariate missing at time 2.
     */
    static CsvTable table() {
        StringBuilder csv = new StringBuilder("unit,time,y,x\n");
        for (int t = 1; t <= 12; t++) {
            double y = 0.6 * outcome("B", t) + 0.4 * outcome("D", t);
            double x = 0.6 * covariate("B", t) + 0.4 * covariate("D", t);
            csv.append(String.format(Locale.ROOT, "T,%d,%.17g,%s%n", t, y,
                    t == 2 ? "" : String.format(Locale.ROOT, "%.17g", x)));
        }
        for (String unit : DONORS) {
            for (int t = 1; t <= 12; t++) {
                csv.append(String.format(Locale.ROOT, "%s,%d,%.17g,%.17g%n", unit, t,
                        outcome(unit, t), covariate(unit, t)));
            }
        }
        return CsvTable.read(new StringReader(csv.toString()), "predictors.csv");
    }

    static SyntheticControlSetup setup(CsvTable table) {
        return SyntheticControlSetup.of(PanelReader.build(table, SPEC), "T", 9, List.of());
    }

    @Test
    void fit_recoversExactMixture() {
        CsvTable table = table();
        PredictorSyntheticControlResult result = PredictorSyntheticControl
                .of(List.of(Predictor.mean("x", 1, 4), Predictor.at("y", 3),
                        Predictor.at("y", 6), Predictor.at("y", 8)))
                .fit(setup(table), table);

        assertEquals(0.6, result.fit().weightOf("B"), 1e-6);
        assertEquals(0.4, result.fit().weightOf("D"), 1e-6);
        assertEquals(0, result.outerLoss(), 1e-10);
        assertEquals(0, result.fit().att(), 1e-6);
        assertEquals(List.of("x 1-4", "y 3", "y 6", "y 8"), result.predictorLabels());
    }

    @Test
    void fit_notesPartialWindow() {
        CsvTable table = table();
        PredictorSyntheticControlResult result = PredictorSyntheticControl
                .of(List.of(Predictor.mean("x", 1, 4), Predictor.at("y", 5)))
                .withStarts(2).fit(setup(table), table);

        double expected = 0;
        for (int t : new int[] {1, 3, 4}) {
            expected += 0.6 * covariate("B", t) + 0.4 * covariate("D", t);
        }
        assertEquals(expected / 3, result.treatedPredictors()[0], 1e-12);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("'T' (3 of 4)")),
                result.notes().toString());
    }

    @Test
    void fit_rejectsWindowOutsideData() {
        CsvTable table = table();
        PredictorSyntheticControl estimator =
                PredictorSyntheticControl.of(List.of(Predictor.mean("x", 20, 30)));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> estimator.fit(setup(table), table));

        assertTrue(error.getMessage().contains("x 20-30"), error.getMessage());
    }

    @Test
    void fit_rejectsUnknownColumn() {
        CsvTable table = table();
        PredictorSyntheticControl estimator =
                PredictorSyntheticControl.of(List.of(Predictor.mean("income", 1, 4)));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> estimator.fit(setup(table), table));

        assertTrue(error.getMessage().contains("income"), error.getMessage());
    }

    @Test
    void fit_namesPredictorForBadCell() {
        String text = "unit,time,y,x,label\n" + String.join("\n", rows(table())) + "\n";
        CsvTable withText = CsvTable.read(new StringReader(text), "predictors.csv");
        PredictorSyntheticControl estimator =
                PredictorSyntheticControl.of(List.of(Predictor.mean("label", 1, 4)));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> estimator.fit(setup(withText), withText));

        assertTrue(error.getMessage().contains("'abc' is not a finite number, which predictor"
                + " 'label 1-4' needs"), error.getMessage());
        assertTrue(!error.getMessage().contains("outcome"), error.getMessage());
    }

    @Test
    void fit_rejectsUnitColumnAsPredictor() {
        CsvTable table = table();
        PredictorSyntheticControl estimator =
                PredictorSyntheticControl.of(List.of(Predictor.mean("unit", 1, 4)));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> estimator.fit(setup(table), table));

        assertTrue(error.getMessage().contains("predictor 'unit 1-4' uses column 'unit',"
                + " which is the unit column"), error.getMessage());
    }

    /** Returns the table's rows as CSV lines with a last column "abc" on the first row only. */
    private static List<String> rows(CsvTable table) {
        List<String> lines = new java.util.ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            lines.add(table.cell(row, 0) + "," + table.cell(row, 1) + "," + table.cell(row, 2)
                    + "," + table.cell(row, 3) + "," + (row == 0 ? "abc" : "1"));
        }
        return lines;
    }

    @Test
    void predictor_rejectsReversedWindow() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Predictor.mean("x", 5, 2));

        assertTrue(error.getMessage().contains("5-2"), error.getMessage());
    }
}
