package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.TeachingExample;
import org.causalworkbench.app.synth.SynthViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window headless (Monocle), switches to the observational-plus-experimental
 * workspace and drives it through its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class ObsExpWorkspaceSmokeTest {

    private static final Pattern STANDALONE_VALIDATED =
            Pattern.compile("(?<!not )\\bvalidated\\b", Pattern.CASE_INSENSITIVE);

    private ObsExpViewModel model;
    private ExecutorService worker;

    @Start
    void start(Stage primary) {
        worker = WorkbenchApplication.workerPool();
        SynthViewModel synth = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        model = new ObsExpViewModel(Platform::runLater, worker, ObsExpAnalysis::run);
        new MainWindow(primary, synth, model);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void workspace_runsAndFillsChartsAndCards(FxRobot robot) throws TimeoutException {
        robot.clickOn("#obsExpTab");
        waitUntilFinished(15);
        ObsExpOutcome first = model.outcomeProperty().get();
        assertNotNull(first, "the teaching example did not open with an analysis");

        robot.clickOn("#obsExpRun");
        waitUntilFinished(15);

        ObsExpOutcome outcome = model.outcomeProperty().get();
        assertNotSame(first, outcome);
        int points = TeachingExample.GRID_POINTS;
        assertEquals(points, firstSeriesItems(robot, "#obsExpGapChart"));
        assertEquals(points, firstSeriesItems(robot, "#obsExpCateChart"));
        XYDataset trial = plot(robot, "#obsExpDataChart").getDataset();
        assertEquals(2, trial.getSeriesCount());
        assertEquals(TeachingExample.TRIAL_SIZE, trial.getItemCount(0) + trial.getItemCount(1));
        assertEquals(points, plot(robot, "#obsExpGapChart").getDataset(1).getItemCount(0),
                "the true gap is missing from the gap chart");

        Set<Node> verdicts = robot.lookup(".obsexp-verdict-text").queryAll();
        assertEquals(3, verdicts.size());
        List<String> texts = verdicts.stream().map(node -> ((Label) node).getText())
                .collect(Collectors.toList());
        for (String text : texts) {
            assertTrue(text.startsWith("Falsified") || text.startsWith("Not falsified"), text);
            assertFalse(STANDALONE_VALIDATED.matcher(text).find(), text);
        }
        Label stale = robot.lookup("#obsExpStaleNotice").queryAs(Label.class);
        assertFalse(stale.isVisible());
    }

    @Test
    void spikeTab_showsGapAndDensities(FxRobot robot) throws TimeoutException {
        robot.clickOn("#obsExpTab");
        waitUntilFinished(15);

        robot.clickOn("#obsExpSpikeTab");
        WaitForAsyncUtils.waitForFxEvents();
        double before = model.spikeCenterProperty().get();
        robot.drag("#spikeGapChart").dropBy(40, 0);
        WaitForAsyncUtils.waitForFxEvents();

        XYPlot gap = plot(robot, "#spikeGapChart");
        assertEquals(TeachingExample.GRID_POINTS, gap.getDataset(0).getItemCount(0));
        assertEquals(TeachingExample.GRID_POINTS, gap.getDataset(1).getItemCount(1));
        XYPlot density = plot(robot, "#spikeDensityChart");
        assertEquals(2, density.getDataset().getSeriesCount());
        assertTrue(density.getDataset().getItemCount(0) > 0);
        assertTrue(model.spikeCenterProperty().get() != before,
                "dragging the chart did not move the spike");
        String summary = robot.lookup("#spikeSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("total variation"), summary);
    }

    private void waitUntilFinished(int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> model.outcomeProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static XYPlot plot(FxRobot robot, String id) {
        JFreeChart chart = robot.lookup(id).queryAs(ChartViewer.class).getChart();
        return chart.getXYPlot();
    }

    private static int firstSeriesItems(FxRobot robot, String id) {
        return plot(robot, id).getDataset(0).getItemCount(0);
    }
}
