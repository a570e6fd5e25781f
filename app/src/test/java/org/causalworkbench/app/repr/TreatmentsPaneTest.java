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
import org.causalworkbench.estimators.repr.contrastive.Method;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the structured-treatments panel headless (Monocle) and checks its charts. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class TreatmentsPaneTest {

    private ExecutorService worker;
    private TreatmentsViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkerThreads.singleDaemon("treatments-test");
        model = new TreatmentsViewModel(Platform::runLater, worker, TreatmentsViewModelTest.TINY);
        stage.setScene(new Scene(new TreatmentsPane(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void run_drawsChartsAndColourToggle(FxRobot robot) throws TimeoutException {
        robot.clickOn("#treatmentsRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        int methods = Method.values().length;
        assertEquals(methods, chart(robot, "#treatmentsErrorChart").getCategoryPlot()
                .getDataset().getColumnCount());
        assertEquals(methods, chart(robot, "#treatmentsProbeChart").getCategoryPlot()
                .getDataset().getColumnCount());
        JFreeChart plane = chart(robot, "#treatmentsPlaneChart");
        assertEquals(40, plane.getXYPlot().getDataset().getItemCount(0));
        assertEquals("T_C,1", scaleLabel(plane));

        robot.clickOn("#treatmentsColourNonCausal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("T_N,1", scaleLabel(chart(robot, "#treatmentsPlaneChart")));

        robot.clickOn("#treatmentsThresholds");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.thresholdsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TreatmentsViewModel.THRESHOLD_QUANTILES.length,
                chart(robot, "#treatmentsThresholdChart").getCategoryPlot().getDataset()
                        .getColumnCount());
    }

    private static String scaleLabel(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend legend) {
                return legend.getAxis().getLabel();
            }
        }
        return null;
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        JFreeChart chart = robot.lookup(id).queryAs(ChartViewer.class).getChart();
        assertNotNull(chart, id);
        return chart;
    }
}
