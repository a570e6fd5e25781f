package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.synth.Predictor;
import org.causalworkbench.estimators.synth.PredictorSyntheticControl;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.causalworkbench.sample.SampleDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the checks view model on the sample panel without a JavaFX toolkit. */
class ChecksViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();
    private final SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
    private final ChecksViewModel model = new ChecksViewModel(ui, worker, synth);
    private final Panel panel = SampleLoader.factorPanel();

    ChecksViewModelTest() {
        synth.loadPanel(panel, TreatmentProposal.of(panel));
        synth.donors().get(2).includedProperty().set(false);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private SyntheticControlSetup setup() {
        return SyntheticControlSetup.of(panel, synth.treatedUnitProperty().get(),
                synth.interventionTimeProperty().get(), List.of(synth.donors().get(2).unit()));
    }

    private void waitForRun() throws InterruptedException {
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
    }

    @Test
    void placeboTimes_lieInsidePrePeriod() {
        assertEquals(3.0, model.placeboTimes().get(0));
        assertEquals(20.0, model.placeboTimes().get(model.placeboTimes().size() - 1));
        assertEquals(3, model.predictors().size());
        assertEquals(List.of("outcome"), model.predictorColumns());
    }

    @Test
    void newPanel_resetsPredictorsToItsPrePeriod() {
        StringBuilder csv = new StringBuilder("unit,year,y\n");
        for (String unit : List.of("a", "b", "c")) {
            for (int year = 2000; year < 2012; year++) {
                csv.append(unit).append(',').append(year).append(',')
                        .append(year + unit.charAt(0)).append('\n');
            }
        }
        Panel years = PanelReader.build(CsvTable.read(new StringReader(csv.toString()),
                "years.csv"), new PanelSpec("unit", "year", "y", null));

        synth.loadPanel(years, Optional.empty());
        double intervention = synth.interventionTimeProperty().get();

        assertEquals(3, model.predictors().size());
        for (PredictorRow row : model.predictors()) {
            assertEquals("y", row.columnProperty().get());
            assertTrue(row.fromProperty().get() >= 2000, "window starts "
                    + row.fromProperty().get());
            assertTrue(row.toProperty().get() < intervention, "window ends "
                    + row.toProperty().get());
        }
        assertEquals(intervention - 1, model.predictors().get(2).fromProperty().get());
    }

    @Test
    void covariatePredictor_usesSourceTable() throws InterruptedException {
        CsvTable table = CsvTable.read(SharedDatasets.require("P99data.csv"));
        Panel prop99 = PanelReader.build(table, new PanelSpec("state", "year", "cigsale",
                null));
        synth.loadPanel(prop99, Optional.empty());
        model.useSourceTable(prop99, table);
        synth.treatedUnitProperty().set("California");
        synth.interventionTimeProperty().set(1989.0);
        assertTrue(model.predictorColumns().contains("retprice"));
        model.predictors().add(new PredictorRow("retprice", 1980, 1988));

        model.runPredictorFit();
        waitForRun();

        PredictorSyntheticControlResult shown = model.predictorCheckProperty().get()
                .predictorFit();
        assertEquals(4, shown.predictorWeights().length);
        assertEquals("retprice 1980-1988", shown.predictorLabels().get(3));
        assertTrue(shown.fit().att() < 0, "ATT " + shown.fit().att());
    }

    @Test
    void undoneLoad_keepsEarlierSourceTable() {
        CsvTable table = CsvTable.read(SharedDatasets.require("P99data.csv"));
        Panel prop99 = PanelReader.build(table, new PanelSpec("state", "year", "cigsale",
                null));
        synth.loadPanel(prop99, Optional.empty());
        model.useSourceTable(prop99, table);
        var sample = SampleDatasets.FACTOR_PANEL;
        CsvTable sampleTable = CsvTable.read(new InputStreamReader(sample.open(),
                StandardCharsets.UTF_8), sample.fileName());
        synth.loadPanel(panel, TreatmentProposal.of(panel));
        model.useSourceTable(panel, sampleTable);
        assertFalse(model.predictorColumns().contains("retprice"));

        synth.commands().undo();

        assertTrue(model.predictorColumns().contains("retprice"), "columns of the earlier file");
    }

    @Test
    void inTimePlacebo_equalsDirectCall() throws InterruptedException {
        model.placeboTimeProperty().set(12.0);

        model.runInTimePlacebo();
        waitForRun();

        RobustnessChecks.InTimePlacebo direct = RobustnessChecks.withDefaults()
                .inTime(setup(), 12.0);
        RobustnessChecks.InTimePlacebo shown = model.inTimeCheckProperty().get().placebo();
        assertEquals(direct.ratio(), shown.ratio(), 1e-12);
        assertEquals(direct.placeboRmspe(), shown.placeboRmspe(), 1e-12);
        assertArrayEquals(direct.placeboGap(), shown.placeboGap(), 1e-12);
        assertEquals(9, shown.placeboGap().length);
    }

    @Test
    void leaveOneOut_equalsDirectCall() throws InterruptedException {
        model.runLeaveOneOut();
        waitForRun();

        RobustnessChecks.LeaveOneOut direct = RobustnessChecks.withDefaults()
                .leaveOneOut(setup(), ProgressSink.NONE, () -> false);
        RobustnessChecks.LeaveOneOut shown = model.leaveOneOutCheckProperty().get().refits();
        assertEquals(direct.leftOut(), shown.leftOut());
        assertEquals(direct.full().att(), shown.full().att(), 1e-12);
        assertEquals(direct.minAtt(), shown.minAtt(), 1e-12);
        assertEquals(direct.maxAtt(), shown.maxAtt(), 1e-12);
        for (int i = 0; i < direct.refits().size(); i++) {
            assertEquals(direct.refits().get(i).att(), shown.refits().get(i).att(), 1e-12);
        }
    }

    @Test
    void predictorFit_equalsDirectCall() throws InterruptedException {
        model.runPredictorFit();
        waitForRun();

        List<Predictor> predictors = List.of(Predictor.at("outcome", 6), Predictor.at("outcome",
                11), Predictor.at("outcome", 20));
        var sample = SampleDatasets.FACTOR_PANEL;
        CsvTable table = CsvTable.read(new InputStreamReader(sample.open(),
                StandardCharsets.UTF_8), sample.fileName());
        PredictorSyntheticControlResult direct = PredictorSyntheticControl.of(predictors)
                .fit(setup(), table);
        PredictorSyntheticControlResult shown = model.predictorCheckProperty().get()
                .predictorFit();
        assertEquals(direct.predictorLabels(), shown.predictorLabels());
        assertArrayEquals(direct.predictorWeights(), shown.predictorWeights(), 1e-12);
        assertEquals(direct.fit().att(), shown.fit().att(), 1e-12);
        assertTrue(shown.notes().stream().anyMatch(n -> n.contains("not uniquely identified")));
    }

    @Test
    void emptyPredictorCell_isRejectedWithRow() {
        model.predictors().get(1).toProperty().set(null);

        model.runPredictorFit();

        assertTrue(model.errorProperty().get().contains("Predictor row 2"),
                model.errorProperty().get());
    }

    @Test
    void cancel_keepsPreviousCheck() throws InterruptedException {
        model.runLeaveOneOut();
        waitForRun();
        CheckResults.LeaveOneOutCheck first = model.leaveOneOutCheckProperty().get();
        assertNotNull(first);

        model.runLeaveOneOut();
        model.cancel();
        waitForRun();

        assertEquals(first, model.leaveOneOutCheckProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("Cancelled"),
                model.staleReasonProperty().get());
    }
}
