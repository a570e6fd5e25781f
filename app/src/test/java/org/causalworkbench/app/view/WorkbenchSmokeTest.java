package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.ProgressSink;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real main window headless (Monocle) on the embedded sample and drives it through
 * its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchSmokeTest {

    /** Extra time per placebo fit, so a test can cancel in the middle of the placebo loop. */
    private volatile long placeboDelayMillis;
    private SynthViewModel model;
    private ExecutorService worker;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        worker = WorkbenchApplication.workerPool();
        model = new SynthViewModel(Platform::runLater, worker,
                (request, progress, cancellation) ->
                        SynthAnalysis.run(request, slowed(progress), cancellation));
        MainWindow window = new MainWindow(primary, model);
        window.openSample();
        // As at application start, the first sample is the starting state, not an edit.
        window.commands().clear();
        primary.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private ProgressSink slowed(ProgressSink progress) {
        return new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                progress.progress(workDone, totalWork);
                try {
                    Thread.sleep(placeboDelayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }
        };
    }

    @Test
    void window_opensOnSampleAnalysis(FxRobot robot) throws TimeoutException {
        waitUntilFinished();

        assertEquals(MainWindow.TITLE, stage.getTitle());
        TableView<?> data = robot.lookup("#dataTable").queryAs(TableView.class);
        assertEquals(20, data.getItems().size());
        assertEquals(31, data.getColumns().size());
        assertNotNull(model.outcomeProperty().get());
        String att = robot.lookup("#attValue").queryAs(Label.class).getText();
        assertEquals(model.outcomeProperty().get().fit().att(), Double.parseDouble(att), 1e-4);
        String note = robot.lookup("#datasetNote").queryAs(Label.class).getText();
        assertTrue(note.contains("true effect is -5"), note);
    }

    @Test
    void run_fillsChartsAndAtt(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        SynthOutcome initial = model.outcomeProperty().get();

        robot.clickOn("#runButton");
        waitUntilFinished();

        SynthOutcome outcome = model.outcomeProperty().get();
        assertNotNull(outcome);
        assertNotSame(initial, outcome);
        assertEquals(2, xySeriesCount(robot, "#fitChart"));
        assertEquals(1, xySeriesCount(robot, "#gapChart"));
        assertEquals(20, xySeriesCount(robot, "#placeboChart"));
        CategoryPlot weights = chart(robot, "#weightsChart").getCategoryPlot();
        assertTrue(weights.getDataset().getColumnCount() > 0);
        String att = robot.lookup("#attValue").queryAs(Label.class).getText();
        assertEquals(outcome.fit().att(), Double.parseDouble(att), 1e-4);
        TableView<?> summary = robot.lookup("#summaryTable").queryAs(TableView.class);
        assertFalse(summary.getItems().isEmpty());
    }

    @Test
    void cancel_duringPlacebo_keepsEarlierResult(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        SynthOutcome earlier = model.outcomeProperty().get();
        JFreeChart earlierFit = chart(robot, "#fitChart");
        String earlierAtt = robot.lookup("#attValue").queryAs(Label.class).getText();

        placeboDelayMillis = 150;
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.runningProperty().get() && model.progressProperty().get() > 0);
        // Timed on the FX thread from the Cancel action to the end of the run, so the robot's
        // own movement and the polling below do not count against the half-second budget.
        AtomicLong pressed = new AtomicLong();
        AtomicLong stopped = new AtomicLong();
        javafx.scene.control.Button cancel = robot.lookup("#cancelButton").queryButton();
        cancel.addEventFilter(javafx.event.ActionEvent.ACTION,
                e -> pressed.compareAndSet(0, System.nanoTime()));
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                stopped.compareAndSet(0, System.nanoTime());
            }
        });
        robot.clickOn("#cancelButton");
        waitUntilFinished();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stopped.get() != 0);
        long stoppedMillis = TimeUnit.NANOSECONDS.toMillis(stopped.get() - pressed.get());

        assertTrue(stoppedMillis < 500, "cancel took " + stoppedMillis + " ms");
        assertSame(earlier, model.outcomeProperty().get());
        assertSame(earlierFit, chart(robot, "#fitChart"));
        assertEquals(earlierAtt, robot.lookup("#attValue").queryAs(Label.class).getText());
        Label stale = robot.lookup("#staleNotice").queryAs(Label.class);
        assertTrue(stale.isVisible());
        assertTrue(stale.getText().contains("cancelled"), stale.getText());
    }

    private void waitUntilFinished() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    private static int xySeriesCount(FxRobot robot, String id) {
        XYPlot plot = chart(robot, id).getXYPlot();
        return plot.getDataset().getSeriesCount();
    }
}
