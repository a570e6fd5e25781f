package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.lora.KnownAdapter;
import org.causalworkbench.estimators.repr.lora.TensorType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the inspector headless (Monocle) and checks that an opened adapter reaches the charts. */
@ExtendWith(ApplicationExtension.class)
class LoraInspectorPaneTest {

    @TempDir
    Path dir;

    private ExecutorService worker;
    private LoraInspectorViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkerThreads.singleDaemon("lora-test");
        model = new LoraInspectorViewModel(Platform::runLater, worker);
        stage.setScene(new Scene(new LoraInspectorPane(model), 1200, 700));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void open_drawsSpectrumAndHeatMap(FxRobot robot) throws IOException, TimeoutException {
        Path folder = Files.createDirectories(dir.resolve("adapter"));
        KnownAdapter.writeFolder(folder, TensorType.F16, 8, new double[] {2, 1, 0.5}, 16, 12,
                3, List.of(KnownAdapter.module(0, "o_proj"), KnownAdapter.module(1, "o_proj")));

        robot.interact(() -> model.open(folder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.selectedSpectrumProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> modules = robot.lookup("#loraModules").queryAs(ComboBox.class);
        assertEquals(2, modules.getItems().size());
        assertEquals(0, modules.getSelectionModel().getSelectedIndex());
        JFreeChart spectrum = robot.lookup("#loraSpectrumChart").queryAs(ChartViewer.class)
                .getChart();
        assertNotNull(spectrum);
        assertEquals(3, spectrum.getXYPlot().getDataset().getItemCount(0));
        assertEquals(8.0 / 3 * 2, spectrum.getXYPlot().getDataset().getYValue(0, 0), 0.01);
        JFreeChart cosines = robot.lookup("#loraCosineChart").queryAs(ChartViewer.class)
                .getChart();
        assertNotNull(cosines);
        assertEquals(4, cosines.getXYPlot().getDataset().getItemCount(0));

        robot.interact(() -> modules.getSelectionModel().select(1));
        robot.interact(() -> modules.getOnAction().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.selectedModuleProperty().get());
    }
}
