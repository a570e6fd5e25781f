package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceOutcome;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.UnitPreviewRow;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window headless (Monocle), switches to the interference workspace, which
 * opens the household sample, and drives it through its controls.
 */
@ExtendWith(ApplicationExtension.class)
class InterferenceWorkspaceSmokeTest {

    private InterferenceViewModel model;
    private ExecutorService worker;

    @Start
    void start(Stage primary) {
        worker = WorkbenchApplication.workerPool();
        SynthViewModel synth = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        ObsExpViewModel obsExp = new ObsExpViewModel(Platform::runLater, worker,
                ObsExpAnalysis::run);
        model = new InterferenceViewModel(Platform::runLater, worker, InterferenceAnalysis::run);
        new MainWindow(primary, synth, obsExp, model);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void typedReplicates_reachTheRun(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceTab");
        waitUntilFinished();
        javafx.scene.control.Spinner<?> replicates = robot.lookup("#interferenceReplicates")
                .queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> replicates.getEditor().requestFocus());
        robot.interact(() -> replicates.getEditor().setText("75"));
        robot.type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(75, model.replicatesProperty().get(), "Tab did not commit the typed B");

        robot.interact(() -> replicates.getEditor().requestFocus());
        robot.interact(() -> replicates.getEditor().setText("60"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilFinished();

        assertEquals(60, model.replicatesProperty().get(), "Enter did not commit the typed B");
        robot.clickOn("#interferenceRun");
        waitUntilFinished();
        assertEquals(60, model.outcomeProperty().get().request().uncertainty().replicates());
    }

    @Test
    void workspace_opensSampleAndShowsEstimates(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceTab");
        waitUntilFinished();
        InterferenceOutcome first = model.outcomeProperty().get();
        assertNotNull(first, "the household sample did not open with an analysis");

        robot.clickOn("#interferenceRun");
        waitUntilFinished();

        assertNotEquals(first, model.outcomeProperty().get());
        TableView<?> table = robot.lookup("#interferenceEstimatesTable").queryAs(TableView.class);
        assertEquals(5, table.getItems().size(), "three estimators and two extensions");
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(node -> node instanceof javafx.scene.control.Labeled labeled
                        && "2.1021".equals(labeled.getText())),
                "the TACE 2.1021 is not shown in a table cell");
        assertEquals("2.1021", robot.lookup("#interferenceHeadline").queryAs(Label.class)
                .getText());
        JFreeChart forest = robot.lookup("#interferenceForestPlot").queryAs(ChartViewer.class)
                .getChart();
        assertEquals(5, forest.getXYPlot().getDataset().getItemCount(0));
        assertFalse(robot.lookup("#interferenceStaleNotice").queryAs(Label.class).isVisible());
    }

    @Test
    void diagnostics_showCellsAndCharts(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceTab");
        waitUntilFinished();

        robot.clickOn("#interferenceDiagnosticsTab");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> cells = robot.lookup("#interferenceCellTable").queryAs(TableView.class);
        assertEquals(model.outcomeProperty().get().result().tace().cells().size(),
                cells.getItems().size());
        JFreeChart signature = robot.lookup("#interferenceSignatureChart")
                .queryAs(ChartViewer.class).getChart();
        assertEquals(2, signature.getXYPlot().getDataset().getSeriesCount());
        String summary = robot.lookup("#interferenceCellSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("cells of (X, I)"), summary);
    }

    @Test
    void changingSignature_updatesPreviewAndMarksStale(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceTab");
        waitUntilFinished();
        robot.clickOn("#interferencePreviewTab");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<UnitPreviewRow> preview = robot.lookup("#interferencePreviewTable")
                .queryAs(TableView.class);
        String before = preview.getItems().get(0).signature();
        assertFalse(before.startsWith("("), before);

        robot.clickOn("#signature_TREATED_COUNT");
        WaitForAsyncUtils.waitForFxEvents();

        String after = preview.getItems().get(0).signature();
        assertTrue(after.startsWith("(" + before + ", "), after);
        Node shown = robot.lookup(".table-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.Labeled labeled
                        && after.equals(labeled.getText()))
                .findFirst().orElse(null);
        assertNotNull(shown, "the preview table does not show " + after);
        assertTrue(model.outcomeStaleProperty().get());
    }

    private void waitUntilFinished() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> model.outcomeProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
