package org.causalworkbench.app.interference.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.causalworkbench.app.task.WorkerThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shows the teaching tab headless (Monocle) and drives it through its controls. */
@ExtendWith(ApplicationExtension.class)
class TeachingPaneViewTest {

    private TeachingViewModel model;
    private ExecutorService worker;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        worker = WorkerThreads.singleDaemon("teaching-view-test");
        model = new TeachingViewModel(Platform::runLater, worker);
        stage.setScene(new Scene(new TeachingPane(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void run_fillsBiasTable(FxRobot robot) throws TimeoutException {
        Slider contexts = robot.lookup("#teachingContexts").queryAs(Slider.class);
        Slider replicates = robot.lookup("#teachingReplicates").queryAs(Slider.class);
        robot.interact(() -> {
            contexts.setValue(200);
            replicates.setValue(10);
        });
        assertEquals("200", robot.lookup("#teachingContextsValue").queryAs(Label.class)
                .getText());
        assertEquals(10, model.replicatesProperty().get());

        robot.clickOn("#teachingRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.studyProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#teachingBiasTable").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        String[] tace = (String[]) table.getItems().get(2);
        assertEquals("TACE, e(X, I)", tace[0]);
        assertTrue(robot.lookup("#teachingDecomposition").queryAs(Label.class).getText()
                .startsWith("Naive bias = b_X * dX + b_I * dI"));
        assertFalse(robot.lookup("#teachingTruth").queryAs(Label.class).isVisible());

        robot.clickOn("#teachingReveal");
        WaitForAsyncUtils.waitForFxEvents();
        Label truth = robot.lookup("#teachingTruth").queryAs(Label.class);
        assertTrue(truth.isVisible());
        assertTrue(truth.getText().contains("True TACE = 1"), truth.getText());
    }

    /**
     * At the main window's default size of 1360 by 860 the teaching tab gets about 1100 by
     * 690 pixels beside the workspace's settings pane.
     */
    private void defaultWindowSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(690);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertFullHeight(Label label) {
        double needed = label.prefHeight(label.getWidth());
        assertTrue(label.getHeight() + 0.5 >= needed, label.getId() + " is " + label.getHeight()
                + " high but its text needs " + needed);
    }

    private static void assertAllRowsShown(TableView<?> table) {
        double needed = table.getFixedCellSize() * (table.getItems().size() + 1);
        assertTrue(table.getHeight() >= needed, table.getId() + " is " + table.getHeight()
                + " high for " + table.getItems().size() + " rows");
        boolean horizontalBar = table.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible());
        assertFalse(horizontalBar, table.getId() + " has a horizontal scroll bar over its rows");
    }

    @Test
    void examples_readableAtDefaultSize(FxRobot robot) {
        defaultWindowSize(robot);
        robot.interact(() -> model.revealTruthProperty().set(true));
        for (TeachingPreset preset : List.of(TeachingPreset.NON_IDENTIFICATION,
                TeachingPreset.TOY_ONE, TeachingPreset.TOY_TWO)) {
            robot.interact(() -> model.presetProperty().set(preset));
            WaitForAsyncUtils.waitForFxEvents();

            Label truth = robot.lookup("#teachingTruth").queryAs(Label.class);
            assertTrue(truth.isVisible(), preset + ": truth hidden");
            assertFullHeight(truth);
            assertFullHeight(robot.lookup("#teachingExplanation").queryAs(Label.class));
            Label warning = robot.lookup("#teachingWarning").queryAs(Label.class);
            if (warning.isVisible()) {
                assertFullHeight(warning);
            }
            TableView<?> estimates = robot.lookup("#teachingEstimates").queryAs(TableView.class);
            assertTrue(estimates.getItems().size() >= 2, preset + ": estimates");
            assertAllRowsShown(estimates);
        }
        assertTrue(robot.lookup("#teachingTruth").queryAs(Label.class).getText()
                .contains("True TACE"));
    }

    @Test
    void toyTwo_noteHasNoConstantNames(FxRobot robot) {
        robot.interact(() -> model.presetProperty().set(TeachingPreset.TOY_TWO));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> estimates = robot.lookup("#teachingEstimates").queryAs(TableView.class);
        String notes = estimates.getItems().stream().map(line -> ((EstimateLine) line).note())
                .reduce("", String::concat);
        assertFalse(notes.contains("COVARIATES_AND_SIGNATURE"), notes);
        assertTrue(notes.contains("adjustment for the covariates and the signature"), notes);
        String warning = robot.lookup("#teachingWarning").queryAs(Label.class).getText();
        assertFalse(warning.contains("COVARIATES"), warning);
    }

    @Test
    void demoA_showsTwoIdenticalTables(FxRobot robot) {
        robot.interact(() -> model.presetProperty().set(TeachingPreset.NON_IDENTIFICATION));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> first = robot.lookup("#teachingUnitTable0").queryAs(TableView.class);
        TableView<?> second = robot.lookup("#teachingUnitTable1").queryAs(TableView.class);
        assertEquals(12, first.getItems().size());
        assertEquals(first.getItems(), second.getItems());
        assertTrue(first.isVisible());
        assertFalse(robot.lookup("#teachingStudyView").query().isVisible());
        assertEquals(2, robot.lookup("#teachingEstimates").queryAs(TableView.class).getItems()
                .size());
    }
}
