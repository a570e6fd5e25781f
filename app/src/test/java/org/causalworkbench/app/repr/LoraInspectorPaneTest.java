package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.causalworkbench.app.export.ChartExport;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.lora.KnownAdapter;
import org.causalworkbench.estimators.repr.lora.TensorType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows the inspector headless (Monocle) and checks that an opened adapter reaches the charts,
 * and that a second adapter reaches the comparison heat map and table.
 */
@ExtendWith(ApplicationExtension.class)
class LoraInspectorPaneTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    private ExecutorService worker;
    private LoraInspectorViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkerThreads.singleDaemon("lora-test");
        model = new LoraInspectorViewModel(Platform::runLater, worker);
        stage.setScene(new Scene(new LoraInspectorPane(model), 1200, 900));
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

    private void openFirst(FxRobot robot) throws IOException, TimeoutException {
        Path first = LoraAdapterPair.writeFirst(dir, "first");
        robot.interact(() -> model.open(first));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.selectedSpectrumProperty().get() != null);
    }

    private void openBoth(FxRobot robot) throws IOException, TimeoutException {
        openFirst(robot);
        Path second = LoraAdapterPair.writeSecond(dir, "second");
        robot.interact(() -> model.openComparison(second));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.comparison().viewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openComparison_drawsHeatMapAndTable(FxRobot robot)
            throws IOException, TimeoutException {
        Node section = robot.lookup("#loraComparison").query();
        assertFalse(section.isVisible());
        assertTrue(robot.lookup("#loraCompare").queryAs(Button.class).isDisabled());

        openBoth(robot);

        assertTrue(section.isVisible());
        assertEquals("A = first (rows), B = second (columns)",
                robot.lookup("#loraCompareHeading").queryAs(Label.class).getText());
        JFreeChart chart = robot.lookup("#loraCompareChart").queryAs(ChartViewer.class)
                .getChart();
        assertNotNull(chart);
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertEquals(4, data.getItemCount(0));
        // Items run row by row from the top: (A layer 0, B layer 0), (A layer 0, B layer 1)...
        assertEquals(1.0, data.getZValue(0, 0), TOLERANCE);
        assertEquals(0.0, data.getZValue(0, 1), TOLERANCE);
        assertEquals(0.0, data.getZValue(0, 2), TOLERANCE);
        assertEquals(0.0, data.getZValue(0, 3), TOLERANCE);
        assertEquals("A: first", chart.getXYPlot().getRangeAxis().getLabel());
        assertEquals("B: second", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals(2, chart.getXYPlot().getAnnotations().size());

        TableView<?> table = robot.lookup("#loraMatchedTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals("0.self_attn.q_proj", table.getColumns().get(0).getCellData(0));
        assertEquals(1.0, (Double) table.getColumns().get(1).getCellData(0), TOLERANCE);
        assertEquals(0.0, (Double) table.getColumns().get(1).getCellData(1), TOLERANCE);
    }

    @Test
    void compareChart_offersExport(FxRobot robot) throws IOException, TimeoutException {
        openBoth(robot);
        ChartViewer viewer = robot.lookup("#loraCompareChart").queryAs(ChartViewer.class);

        List<String> items = viewer.getContextMenu().getItems().stream()
                .map(MenuItem::getText).toList();
        String svg = ChartExport.toSvg(viewer.getChart(), 600, 400);

        assertTrue(items.contains("Export as SVG..."), items.toString());
        assertTrue(items.contains("Export as PNG"), items.toString());
        assertTrue(svg.contains("|cos| of output direction 1"), "title missing from the SVG");
        assertTrue(svg.contains("B: second"), "column axis label missing from the SVG");
    }

    @Test
    void openComparison_malformedShowsMessage(FxRobot robot)
            throws IOException, TimeoutException {
        openFirst(robot);
        Path broken = LoraAdapterPair.writeMalformed(dir, "broken");

        robot.interact(() -> model.openComparison(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#loraError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("is truncated"), error.getText());
        assertFalse(error.getText().contains("Exception"), error.getText());
        assertFalse(robot.lookup("#loraComparison").query().isVisible());
        assertNotNull(robot.lookup("#loraCosineChart").queryAs(ChartViewer.class).getChart());
        assertEquals(3, model.spectraProperty().get().size());
    }

    @Test
    void clearButton_hidesComparison(FxRobot robot) throws IOException, TimeoutException {
        openBoth(robot);

        robot.clickOn("#loraCompareClear");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#loraComparison").query().isVisible());
        assertNull(model.comparison().adapterProperty().get());
        assertFalse(robot.lookup("#loraCompare").queryAs(Button.class).isDisabled());
    }
}
