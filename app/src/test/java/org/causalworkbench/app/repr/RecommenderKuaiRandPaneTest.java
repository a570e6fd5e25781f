package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.causalworkbench.app.chart.RecommenderCharts;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.recommender.SimulatedKuaiRandLogs;
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

/**
 * Loads KuaiRand-format logs into the recommender panel headless (Monocle), with a fixed
 * request in place of the file dialog. With {@code -Drecommender.kuairand.snapshot=FILE} the
 * test also saves a PNG of the panel after the sweep, for a look at the charts.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RecommenderKuaiRandPaneTest {

    private ExecutorService worker;
    private RecommenderViewModel model;
    private RecommenderPane pane;
    private Path folder;
    private SimulatedKuaiRandLogs.LogFiles logs;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("kuairand-pane");
        logs = SimulatedKuaiRandLogs.write(folder, 150, 200, 5);
        worker = WorkerThreads.singleDaemon("recommender-kuairand-test");
        model = RecommenderViewModelTest.tinyModel(Platform::runLater, worker);
        pane = new RecommenderPane(model, owner -> Optional.of(
                new KuaiRandRequest(logs.standard(), logs.random(), 100)));
        stage.setScene(new Scene(pane, 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() throws IOException {
        worker.shutdownNow();
        for (Path file : new Path[] {logs.standard(), logs.random(), folder}) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void loadKuaiRand_drawsRankingAndExplainsProbes(FxRobot robot)
            throws TimeoutException, IOException {
        robot.clickOn("#recommenderLoadKuaiRand");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.resultProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(model.kuaiRandProperty().get());
        String sizes = robot.lookup("#recommenderSizes").queryAs(Label.class).getText();
        assertTrue(sizes.startsWith("KuaiRand subset: 100 users, 200 items;"), sizes);
        assertTrue(sizes.endsWith("2 epochs of batch 64 with weight decay 0.0003."), sizes);
        assertEquals(RecommenderPane.KUAIRAND_CAPTION,
                robot.lookup("#recommenderCaption").queryAs(Label.class).getText());
        JFreeChart auc = chart(robot, "#recommenderAucChart");
        assertEquals(2, auc.getXYPlot().getDataset().getSeriesCount(),
                "logged and random exposure, no flipped policy");
        assertEquals(2, auc.getXYPlot().getDataset().getItemCount(0));
        assertEquals(2, chart(robot, "#recommenderNdcgChart").getXYPlot().getDataset()
                .getSeriesCount());
        JFreeChart probe = chart(robot, "#recommenderProbeChart");
        assertEquals(0, probe.getXYPlot().getDataset().getSeriesCount());
        assertEquals(RecommenderCharts.NEEDS_GROUND_TRUTH,
                probe.getXYPlot().getNoDataMessage());
        JFreeChart sensitivity = chart(robot, "#recommenderSensitivityChart");
        assertEquals(RecommenderCharts.NEEDS_GROUND_TRUTH,
                sensitivity.getXYPlot().getNoDataMessage());
        assertEquals(RecommenderViewModelTest.tinyTraining(1).epochs(),
                chart(robot, "#recommenderCriticChart").getXYPlot().getDataset()
                        .getItemCount(0));
        saveSnapshot(robot);

        robot.clickOn("#recommenderSynthetic");
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(model.kuaiRandProperty().get());
        String synthetic = robot.lookup("#recommenderSizes").queryAs(Label.class).getText();
        assertTrue(synthetic.startsWith("Sizes: 100 training users"), synthetic);
        assertEquals(RecommenderPane.SYNTHETIC_CAPTION,
                robot.lookup("#recommenderCaption").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#recommenderStale").queryAs(Label.class).getText().isEmpty());
        assertTrue(model.staleProperty().get());
    }

    private void saveSnapshot(FxRobot robot) throws IOException {
        String target = System.getProperty("recommender.kuairand.snapshot");
        if (target == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.snapshot(null, null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", Path.of(target).toFile());
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        JFreeChart chart = robot.lookup(id).queryAs(ChartViewer.class).getChart();
        assertNotNull(chart, id);
        return chart;
    }
}
