package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.WeightedEstimate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves a run's unit table, estimates and assumptions log and reads them back. */
class InterferenceExportTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** Runs the product-model households of four with a covariate-free bootstrap. */
    private InterferenceViewModel finishedRun() throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(InterferenceChecksTest.households(1, 1, 2, 2));
        model.replicatesProperty().set(30);
        model.seedProperty().set(11);
        model.trimmingProperty().set(0.02);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        assertEquals("", model.errorProperty().get());
        return model;
    }

    private static CsvTable read(Path file) {
        return CsvTable.read(file);
    }

    private static String cell(CsvTable table, int row, String column) {
        return table.cell(row, table.requireColumn(column, column));
    }

    @Test
    void unitTable_roundTrip_keepsSignatureAndPropensity() throws InterruptedException {
        InterferenceViewModel model = finishedRun();
        InterferenceOutcome outcome = model.outcomeProperty().get();
        Path file = folder.resolve("units.csv");

        assertTrue(model.export(InterferenceExport.Kind.UNIT_TABLE, file));

        CsvTable table = read(file);
        InterferenceData data = outcome.request().data();
        WeightedEstimate tace = outcome.result().tace();
        assertEquals(List.of("id", "treatment", "outcome", "group", "signature", "I",
                "signature_0_0_set_to_0", "e_hat", "hajek_weight", "kept"), table.columns());
        assertEquals(data.size(), table.rowCount());
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.ids().get(i), cell(table, i, "id"));
            assertEquals(data.treatment()[i], Integer.parseInt(cell(table, i, "treatment")));
            assertEquals(data.outcome()[i], Double.parseDouble(cell(table, i, "outcome")));
            assertEquals(outcome.signatures().labels().get(i), cell(table, i, "signature"));
            assertEquals(outcome.signatures().signatures().get(i).components().get(0)
                    .doubleValue(), Double.parseDouble(cell(table, i, "I")));
            assertEquals(tace.propensities()[i], Double.parseDouble(cell(table, i, "e_hat")));
            assertEquals(tace.hajekWeights()[i] > 0 ? "1" : "0", cell(table, i, "kept"));
        }
        assertEquals("2/3", cell(table, 11, "signature"),
                "household 2 has members 0 and 1 treated, so member 3 sees 2 of 3 treated");
    }

    @Test
    void unitTable_covariatesAndZeroed_oneColumnEach() throws InterruptedException {
        // Two covariates, one value with a comma, and a household of one whose group fraction
        // is 0/0 and set to 0.
        InterferenceData data = UnitTableImport.build(CsvTable.read(new StringReader("""
                id,hh,t,y,age,region
                a,1,1,2.5,3,"North, east"
                b,1,0,1.0,3,South
                c,2,1,4.0,1,South
                d,2,0,3.0,1,South
                e,3,0,5.0,1,South
                f,4,1,2.0,3,"North, east"
                g,4,0,1.5,3,"North, east"
                """), "two-covariates.csv"), new UnitTableImport.Roles("id", "t", "y",
                List.of("age", "region"), "hh"), "", Double.NaN);
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(data);
        model.replicatesProperty().set(0);
        model.isolatedUnitPolicyProperty().set(IsolatedUnitPolicy.ZERO);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        assertEquals("", model.errorProperty().get());

        Path typed = folder.resolve("units");
        assertTrue(model.export(InterferenceExport.Kind.UNIT_TABLE, typed));

        Path file = folder.resolve("units.csv");
        assertTrue(Files.exists(file), "the .csv extension is appended");
        assertFalse(Files.exists(typed));
        CsvTable table = read(file);
        assertEquals(List.of("id", "treatment", "outcome", "group", "age", "region",
                "signature", "I", "signature_0_0_set_to_0", "e_hat", "hajek_weight", "kept"),
                table.columns());
        assertEquals("North, east", cell(table, 0, "region"));
        assertEquals("3", cell(table, 0, "age"));
        assertEquals("South", cell(table, 1, "region"));
        assertEquals("1", cell(table, 4, "signature_0_0_set_to_0"), "e is alone in hh 3");
        assertEquals("0", cell(table, 0, "signature_0_0_set_to_0"));
        assertTrue(model.statusProperty().get().contains(file.toString()),
                model.statusProperty().get());
    }

    @Test
    void assumptions_typedWithoutExtension_getsTxt() throws InterruptedException {
        InterferenceViewModel model = finishedRun();

        assertTrue(model.export(InterferenceExport.Kind.ASSUMPTIONS, folder.resolve("log")));

        assertTrue(Files.exists(folder.resolve("log.txt")));
    }

    @Test
    void estimates_roundTrip_keepsRowsAndInterval() throws InterruptedException {
        InterferenceViewModel model = finishedRun();
        Path file = folder.resolve("estimates.csv");

        assertTrue(model.export(InterferenceExport.Kind.ESTIMATES, file));

        CsvTable table = read(file);
        List<EstimateRow> rows = model.outcomeProperty().get().rows();
        assertEquals(rows.size(), table.rowCount());
        for (int r = 0; r < rows.size(); r++) {
            EstimateRow row = rows.get(r);
            assertEquals(row.label(), cell(table, r, "estimate"));
            assertEquals(row.adjustment(), cell(table, r, "adjusts_for"),
                    "commas inside a field survive quoting");
            assertEquals(row.hajek(), Double.parseDouble(cell(table, r, "hajek")));
            assertEquals(String.join("; ", row.flags()), cell(table, r, "notes"));
            if (row.interval().isPresent()) {
                assertEquals(row.interval().get().lower(),
                        Double.parseDouble(cell(table, r, "lower")));
                assertEquals(row.interval().get().upper(),
                        Double.parseDouble(cell(table, r, "upper")));
            } else {
                assertTrue(cell(table, r, "lower").isEmpty(), row.label());
            }
        }
        int taceRow = rows.indexOf(InterferenceViewModel.taceRow(rows));
        assertFalse(cell(table, taceRow, "lower").isEmpty(), "the TACE interval is missing");
    }

    @Test
    void estimates_texAndMd_writeTables() throws InterruptedException, IOException {
        InterferenceViewModel model = finishedRun();
        Path tex = folder.resolve("estimates.tex");
        Path md = folder.resolve("estimates.md");

        assertTrue(model.export(InterferenceExport.Kind.ESTIMATES, tex));
        assertTrue(model.export(InterferenceExport.Kind.ESTIMATES, md));

        String latex = Files.readString(tex, StandardCharsets.UTF_8);
        List<EstimateRow> rows = model.outcomeProperty().get().rows();
        assertTrue(latex.startsWith("\\begin{tabular}{"), latex);
        assertTrue(latex.contains("estimate & adjusts\\_for"), "underscore not escaped");
        assertEquals(rows.size() + 6, latex.lines().count(), "rule and row lines");
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("| estimate | adjusts_for |"), markdown);
        assertEquals(rows.size() + 2, markdown.lines().count(), "header, rule and rows");
    }

    @Test
    void assumptions_listSettings() throws InterruptedException, IOException {
        InterferenceViewModel model = finishedRun();
        Path file = folder.resolve("assumptions.txt");

        assertTrue(model.export(InterferenceExport.Kind.ASSUMPTIONS, file));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.contains("Signature component: Group fraction: I_i = sum_{j != i,"
                + " L_j = L_i} T_j / #{j != i : L_j = L_i}"), lines.toString());
        assertTrue(lines.contains("Propensity model: Exact cells"), lines.toString());
        assertTrue(lines.contains("Trimming eps: 0.02 (units with e outside [eps, 1 - eps]"
                + " dropped)"), lines.toString());
        assertTrue(lines.contains("Bootstrap: B = 30, seed 11, 50 blocks (connected"
                + " components), 0 failed replicate(s)"), lines.toString());
        // Households of four are cliques: every unit depends on exactly 4 units, but no unit
        // acts across households, so the graph between blocks gives a factor of 1.
        String inflation = lines.stream().filter(line -> line.startsWith("Inflation factor:"))
                .findFirst().orElseThrow(() -> new AssertionError("no inflation line"));
        String factor = inflation.substring("Inflation factor: D_sr = ".length(),
                inflation.indexOf(" from the"));
        assertEquals(1.0, Double.parseDouble(factor), 1e-9, inflation);
        assertTrue(inflation.contains("from the dependency graph between the 50 blocks"),
                inflation);
        assertTrue(inflation.contains("D_avg = 4.0,"), inflation);
        assertTrue(inflation.endsWith("D_max = 4)"), inflation);
        assertTrue(model.statusProperty().get().startsWith("Saved the assumptions log"));
    }

    @Test
    void export_missingFolder_reportsAndWritesNothing() throws InterruptedException {
        InterferenceViewModel model = finishedRun();
        Path file = folder.resolve("no-such-folder").resolve("estimates.csv");

        assertFalse(model.export(InterferenceExport.Kind.ESTIMATES, file));

        assertTrue(model.errorProperty().get().startsWith("Could not save the estimates to "),
                model.errorProperty().get());
        assertFalse(Files.exists(file));
    }

    @Test
    void export_beforeRun_reportsNothingToSave() {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);

        assertFalse(model.export(InterferenceExport.Kind.UNIT_TABLE, folder.resolve("u.csv")));

        assertEquals("Nothing to save yet: press Run first.", model.errorProperty().get());
    }
}
