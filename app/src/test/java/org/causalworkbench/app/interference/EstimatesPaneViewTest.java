package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows the interference workspace headless (Monocle) and checks what the estimates pane
 * draws: the bootstrap interval in the table and the non-identifiability banner.
 */
@ExtendWith(ApplicationExtension.class)
class EstimatesPaneViewTest {

    private InterferenceViewModel model;
    private ExecutorService worker;

    @Start
    void start(Stage stage) {
        worker = WorkbenchApplication.workerPool();
        model = new InterferenceViewModel(Platform::runLater, worker, InterferenceAnalysis::run);
        stage.setScene(new Scene(new InterferenceWorkspace(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private void runOnFx(Runnable action) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.outcomeProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shownInCell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(node -> node instanceof Labeled labeled
                        && text.equals(labeled.getText()));
    }

    @Test
    void table_showsTaceInterval(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(SampleLoader.households());
            model.replicatesProperty().set(40);
            model.run();
        });

        EstimateRow.Interval interval = InterferenceViewModel.taceRow(model.estimateRows())
                .interval().orElseThrow(() -> new AssertionError("no TACE interval"));
        String text = String.format(Locale.ROOT, "[%.4f, %.4f]", interval.lower(),
                interval.upper());
        assertTrue(shownInCell(robot, text), "the interval " + text + " is not in the table");
        assertTrue(shownInCell(robot, "TACE only"), "rows without interval are not marked");
        String uncertainty = robot.lookup("#interferenceUncertainty").queryAs(Label.class)
                .getText();
        assertTrue(uncertainty.contains("Unit-level dependency factors: D_avg = "), uncertainty);
        assertTrue(uncertainty.contains("D_max = 6."), uncertainty);
        assertTrue(uncertainty.contains("Inflation chosen: D_sr = 1.000, from the dependency"
                + " graph between the 400 blocks."), uncertainty);
        assertFalse(robot.lookup("#interferenceBanner").query().isVisible(),
                "the household sample has units at I = 0");
    }

    @Test
    void banner_bipartiteDemo_isVisibleAndUnclipped(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(InterferenceChecksTest.bipartiteHouseholds());
            model.componentProperty(SignatureComponent.TREATED_COUNT).set(true);
            model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
            model.run();
        });

        Node banner = robot.lookup("#interferenceBanner").query();
        Label title = robot.lookup("#interferenceBannerTitle").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertEquals("Identified only through additivity", title.getText());
        assertTrue(banner.getStyleClass().contains("interference-note"));

        runOnFx(() -> {
            model.assumeAdditivityProperty().set(false);
            model.run();
        });
        assertEquals("Identifiability warning", title.getText());
        assertFalse(banner.getStyleClass().contains("interference-note"));
        assertTrue(banner.isVisible());
        assertTrue(banner.getLayoutBounds().getHeight() > 20, "the banner has no height");
        Label text = robot.lookup("#interferenceBannerText").queryAs(Label.class);
        assertTrue(text.getText().startsWith("Not identifiable - the default interference"),
                text.getText());
        double needed = text.prefHeight(text.getWidth());
        assertTrue(text.getHeight() >= needed - 0.5,
                "banner text clipped: height " + text.getHeight() + " < " + needed);
        assertTrue(banner.getStyleClass().contains("interference-banner"));

        runOnFx(() -> {
            model.defaultLevelProperty().set("2");
            model.run();
        });
        assertFalse(banner.isVisible());
        assertEquals(0.0, banner.getLayoutBounds().getHeight() * (banner.isManaged() ? 1 : 0));
    }
}
