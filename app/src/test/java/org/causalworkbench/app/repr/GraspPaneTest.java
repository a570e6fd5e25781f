package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.causalworkbench.app.chart.ChartZoom;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the GRASP panel headless (Monocle) and checks that a run reaches every chart. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class GraspPaneTest {

    private ExecutorService worker;
    private GraspViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkerThreads.singleDaemon("grasp-test");
        model = new GraspViewModel(Platform::runLater, worker, GraspViewModelTest.SMALL);
        stage.setScene(new Scene(new GraspPane(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void run_drawsChartsAndGauge(FxRobot robot) throws TimeoutException {
        robot.clickOn("#graspRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        JFreeChart spectrum = chart(robot, "#graspSpectrumChart");
        assertEquals(GraspViewModelTest.SMALL.rank(),
                spectrum.getXYPlot().getDataset().getItemCount(0));
        JFreeChart tradeOff = chart(robot, "#graspTradeOffChart");
        assertEquals(GraspMethod.values().length, tradeOff.getXYPlot().getSeriesCount());
        assertEquals(GraspMethod.values().length, tradeOff.getXYPlot().getAnnotations().size());
        JFreeChart accuracy = chart(robot, "#graspAccuracyChart");
        assertEquals(GraspMethod.values().length,
                accuracy.getCategoryPlot().getDataset().getColumnCount());
        JFreeChart losses = chart(robot, "#graspLossChart");
        assertEquals(GraspViewModelTest.SMALL.fineTuningEpochs(),
                losses.getXYPlot().getDataset().getItemCount(0));
        assertEquals(GraspViewModelTest.SMALL.fineTuningEpochs(),
                losses.getXYPlot().getDataset().getItemCount(1));
        XYPlot steering = chart(robot, "#graspSteeringChart").getXYPlot();
        int points = model.resultProperty().get().steeringCurve().size();
        assertTrue(points > 2, "steering points " + points);
        assertEquals(4, steering.getSeriesCount());
        assertEquals(points, steering.getDataset().getItemCount(0));
        String gauge = robot.lookup("#graspCosine").queryAs(Label.class).getText();
        assertTrue(gauge.startsWith(String.format(Locale.ROOT,
                "|cos(\u00fb\u2081, u_s)| = %.3f", model.resultProperty().get().cosine())),
                gauge);
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        JFreeChart chart = robot.lookup(id).queryAs(ChartViewer.class).getChart();
        assertNotNull(chart, id);
        return chart;
    }

    @Test
    void seed_typedValueReachesModel(FxRobot robot) {
        robot.doubleClickOn("#graspSeed .text-field").eraseText(12).write("42")
                .clickOn("#graspRank .text-field");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(42, model.seedProperty().get());
    }

    @Test
    void seed_typedTextIsIgnoredWhenNotANumber(FxRobot robot) {
        long before = model.seedProperty().get();

        robot.doubleClickOn("#graspSeed .text-field").eraseText(12).write("abc")
                .clickOn("#graspRank .text-field");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, model.seedProperty().get());
    }

    @Test
    void charts_growWithZoom(FxRobot robot) {
        ChartViewer steering = robot.lookup("#graspSteeringChart").queryAs(ChartViewer.class);
        double atOne = steering.getMinHeight();

        robot.interact(() -> ChartZoom.levelProperty().set(2));
        try {
            assertEquals(2 * atOne, steering.getMinHeight(), 1e-9);
            assertTrue(robot.lookup("#graspPane").queryAs(GraspPane.class).minHeight(-1)
                    > 2 * 2 * atOne, "the pane's minimum holds both chart rows");
        } finally {
            robot.interact(() -> ChartZoom.levelProperty().set(1));
        }
    }
}
