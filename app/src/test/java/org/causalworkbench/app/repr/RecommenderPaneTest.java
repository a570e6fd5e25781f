package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.causalworkbench.app.task.WorkerThreads;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the recommender panel headless (Monocle) and checks that a sweep reaches the charts. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RecommenderPaneTest {

    private ExecutorService worker;
    private RecommenderViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkerThreads.singleDaemon("recommender-test");
        model = RecommenderViewModelTest.tinyModel(Platform::runLater, worker);
        stage.setScene(new Scene(new RecommenderPane(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void run_drawsEveryChart(FxRobot robot) throws TimeoutException {
        robot.clickOn("#recommenderRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        JFreeChart auc = chart(robot, "#recommenderAucChart");
        assertEquals(3, auc.getXYPlot().getDataset().getSeriesCount());
        assertEquals(2, auc.getXYPlot().getDataset().getItemCount(0));
        assertEquals(3, chart(robot, "#recommenderNdcgChart").getXYPlot().getDataset()
                .getSeriesCount());
        assertEquals(2, chart(robot, "#recommenderProbeChart").getXYPlot().getDataset()
                .getSeriesCount());
        assertEquals(2, chart(robot, "#recommenderSensitivityChart").getXYPlot().getDataset()
                .getItemCount(0));
        JFreeChart critic = chart(robot, "#recommenderCriticChart");
        assertEquals(RecommenderViewModelTest.tinyTraining(1).epochs(),
                critic.getXYPlot().getDataset().getItemCount(0));
        assertEquals("Critic per epoch at \u03bb = 0.3", critic.getTitle().getText());
    }

    @Test
    void clearAfterStoppedFirstRun_dropsItsLambdas(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            model.lambdasProperty().set("0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7");
            model.partialEvaluations().addListener(
                    (javafx.collections.ListChangeListener<Object>) change -> {
                        if (model.partialEvaluations().size() == 1) {
                            model.cancel();
                        }
                    });
        });
        robot.clickOn("#recommenderRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && !model.partialEvaluations().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int shownBefore = chart(robot, "#recommenderAucChart").getXYPlot().getDataset()
                .getSeriesCount();

        robot.interact(model::clear);

        assertEquals(3, shownBefore, "the stopped run's first lambda was drawn");
        assertEquals(0, chart(robot, "#recommenderAucChart").getXYPlot().getDataset()
                .getSeriesCount());
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        JFreeChart chart = robot.lookup(id).queryAs(ChartViewer.class).getChart();
        assertNotNull(chart, id);
        return chart;
    }
}
