package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.sample.SampleDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the interference view model without a JavaFX toolkit. */
class InterferenceViewModelTest {

    /**
     * Two households of four, Y = 2T + 3I with I the fraction of the other members treated:
     * the true TACE is 2, and only the cell I = 2/3 has both arms.
     */
    static final String TWO_HOUSEHOLDS = """
            id,household,treated,y
            1,A,1,3
            2,A,1,3
            3,A,0,2
            4,A,0,2
            5,B,1,4
            6,B,1,4
            7,B,1,4
            8,B,0,3
            """;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    static InterferenceData twoHouseholds() {
        CsvTable table = CsvTable.read(new StringReader(TWO_HOUSEHOLDS), "two-households.csv");
        return UnitTableImport.build(table,
                new UnitTableImport.Roles("id", "treated", "y", List.of(), "household"), "", 2.0);
    }

    private InterferenceViewModel model(InterferenceViewModel.Runner runner) {
        return new InterferenceViewModel(ui, worker, runner);
    }

    private void runToEnd(InterferenceViewModel model) throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
    }

    private static EstimateRow row(InterferenceViewModel model, String label) {
        return model.estimateRows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void run_twoHouseholds_givesTaceAndNaive() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());

        runToEnd(model);

        assertEquals("", model.errorProperty().get());
        EstimateRow tace = row(model, "TACE");
        assertEquals(2.0, tace.horvitzThompson(), 1e-12);
        assertEquals(2.0, tace.hajek(), 1e-12);
        assertEquals(5, tace.unitsKept());
        assertEquals(8, tace.units());
        EstimateRow naive = row(model, "Naive");
        assertEquals(3.6 - 7.0 / 3, naive.horvitzThompson(), 1e-12);
        assertEquals(1.2667, naive.hajek(), 1e-4);
        assertEquals(8, naive.unitsKept());
        assertEquals(1.0, model.progressProperty().get());
        assertFalse(model.outcomeStaleProperty().get());
    }

    @Test
    void run_twoHouseholds_dropsSingleArmCells() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());

        runToEnd(model);

        List<CellOverlap> cells = model.outcomeProperty().get().result().tace().cells();
        assertEquals(3, cells.size());
        for (CellOverlap cell : cells) {
            boolean overlap = cell.key().toString().equals("2/3");
            assertEquals(overlap, cell.kept(), "kept flag of cell " + cell.key());
        }
        assertEquals("3 units dropped for overlap", row(model, "TACE").flags().get(0));
    }

    @Test
    void preview_showsExactFractionsAndFollowsSignature() {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());

        assertEquals("1/3", model.preview().get(0).signature());
        assertEquals("2/3", model.preview().get(2).signature());
        assertEquals("1", model.preview().get(7).signature());

        model.componentProperty(SignatureComponent.TREATED_COUNT).set(true);

        assertEquals("(1/3, 1)", model.preview().get(0).signature());
        assertEquals("(1, 3)", model.preview().get(7).signature());
    }

    @Test
    void preview_ownTreatmentModifierLowersTreatedUnits() {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());

        model.ownTreatmentReductionProperty().set("0.1");
        model.ownTreatmentModifierProperty().set(true);

        assertEquals("7/30", model.preview().get(0).signature(), "treated: 1/3 - 1/10");
        assertEquals("2/3", model.preview().get(2).signature(), "untreated: unchanged");
    }

    @Test
    void preview_inverseDistanceWithCells_explainsProblem() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());

        model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
        model.componentProperty(SignatureComponent.INVERSE_DISTANCE).set(true);

        assertEquals("0.3333", model.preview().get(0).signature());
        assertTrue(model.previewProblemProperty().get().contains("binned"),
                model.previewProblemProperty().get());
        runToEnd(model);
        assertTrue(model.errorProperty().get().contains("binned"), model.errorProperty().get());
        model.propensityModelProperty().set(PropensityModel.BINS);
        model.binsProperty().set(3);
        assertEquals("0.3333 [0.33, 0.67) (bin 2 of 3)", model.preview().get(0).signature());
        assertEquals("", model.previewProblemProperty().get());
    }

    @Test
    void changingSettings_marksOutcomeStale() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());
        runToEnd(model);
        assertFalse(model.outcomeStaleProperty().get());

        model.trimmingProperty().set(0.05);

        assertTrue(model.outcomeStaleProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("Settings changed"));

        runToEnd(model);
        assertFalse(model.outcomeStaleProperty().get());
        model.componentProperty(SignatureComponent.TREATED_COUNT).set(true);
        assertTrue(model.outcomeStaleProperty().get());
    }

    @Test
    void run_invalidSettings_keepsOutcomeAndReports() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());
        runToEnd(model);
        InterferenceOutcome previous = model.outcomeProperty().get();

        model.trimmingProperty().set(0.7);
        model.run();

        assertFalse(model.runningProperty().get());
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.errorProperty().get().contains("0.7"), model.errorProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
    }

    @Test
    void run_noOverlap_reportsCells() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(twoHouseholds());
        model.componentProperty(SignatureComponent.TREATED_COUNT).set(true);
        model.isolatedUnitPolicyProperty().set(IsolatedUnitPolicy.ZERO);

        model.trimmingProperty().set(0.45);
        runToEnd(model);

        assertTrue(model.errorProperty().get().contains("No units remain"),
                model.errorProperty().get());
    }

    @Test
    void cancel_keepsPreviousOutcome() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        InterferenceViewModel.Runner slow = (request, progress, cancellation) ->
                InterferenceAnalysis.run(request, new ProgressSink() {
                    @Override
                    public void progress(long workDone, long totalWork) {
                        progress.progress(workDone, totalWork);
                        if (request.trimming() > 0.02) {
                            started.countDown();
                            sleepQuietly(150);
                        }
                    }

                    @Override
                    public void message(String text) {
                        progress.message(text);
                    }
                }, cancellation);
        InterferenceViewModel model = model(slow);
        model.load(twoHouseholds());
        runToEnd(model);
        InterferenceOutcome previous = model.outcomeProperty().get();
        assertNotNull(previous);

        model.trimmingProperty().set(0.05);
        model.run();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        model.cancel();
        long stoppedAfter = ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(stoppedAfter < 500, "cancel took " + stoppedAfter + " ms");
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("cancelled"));
    }

    @Test
    void run_householdSample_recoversTrueEffect() throws InterruptedException {
        InterferenceViewModel model = model(InterferenceAnalysis::run);
        model.load(SampleLoader.households());

        runToEnd(model);

        double truth = SampleDatasets.HOUSEHOLDS.trueEffect();
        EstimateRow tace = row(model, "TACE");
        EstimateRow covariates = row(model, "Covariates");
        EstimateRow naive = row(model, "Naive");
        // Stratified estimates computed independently from the shipped CSV: naive 2.8040,
        // X only 2.2548, (X, I) 2.1021. The TACE lies within about two standard errors of 2.
        assertEquals(2.8040, naive.hajek(), 1e-4);
        assertEquals(2.2548, covariates.hajek(), 1e-4);
        assertEquals(2.1021, tace.hajek(), 1e-4);
        assertTrue(Math.abs(tace.hajek() - truth) < Math.abs(covariates.hajek() - truth));
        assertTrue(Math.abs(covariates.hajek() - truth) < Math.abs(naive.hajek() - truth));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
