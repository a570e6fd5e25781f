package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows the workspace headless at the window's default size, 1360 x 860, and checks that long
 * messages, a stale result and the logistic model leave every part readable.
 */
@ExtendWith(ApplicationExtension.class)
class InterferenceLayoutViewTest {

    private InterferenceViewModel model;
    private ExecutorService worker;
    private InputsPane inputs;

    @Start
    void start(Stage stage) {
        worker = WorkbenchApplication.workerPool();
        model = new InterferenceViewModel(Platform::runLater, worker, InterferenceAnalysis::run);
        InterferenceWorkspace workspace = new InterferenceWorkspace(model);
        stage.setScene(new Scene(workspace, 1360, 860));
        stage.show();
        inputs = (InputsPane) workspace.lookupAll("*").stream()
                .filter(node -> node instanceof InputsPane).findFirst().orElseThrow();
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

    private void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inputs_longMessages_keepWidth(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(SampleLoader.households());
            model.replicatesProperty().set(0);
            model.run();
        });
        double before = inputs.getWidth();

        onFx(() -> model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false));
        onFx(() -> model.run());
        Label problem = robot.lookup("#interferencePreviewProblem").queryAs(Label.class);
        Label error = robot.lookup("#interferenceError").queryAs(Label.class);
        assertTrue(error.isVisible(), "the rejected run shows its error");
        assertFalse(problem.isVisible(), "the same text is not repeated above the error");
        assertEquals(before, inputs.getWidth(), 1.0, "the inputs pane widened");
        assertTrue(error.getHeight() >= error.prefHeight(error.getWidth()) - 0.5,
                "the error is cut off");

        onFx(() -> model.componentProperty(SignatureComponent.INVERSE_DISTANCE).set(true));
        assertEquals("", error.getText(), "the error goes when its setting changes");
        assertTrue(problem.isVisible(), problem.getText());
        assertEquals(before, inputs.getWidth(), 1.0, "the inputs pane widened");
        assertTrue(inputs.getWidth() < 1360 / 2.0, "inputs " + inputs.getWidth());
    }

    @Test
    void headline_stale_staysReadable(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(SampleLoader.households());
            model.replicatesProperty().set(0);
            model.run();
        });
        Label headline = robot.lookup("#interferenceHeadline").queryAs(Label.class);
        String value = headline.getText();

        onFx(() -> model.trimmingProperty().set(0.05));

        Label tag = robot.lookup("#interferenceHeadlineStale").queryAs(Label.class);
        Label notice = robot.lookup("#interferenceStaleNotice").queryAs(Label.class);
        assertTrue(tag.isVisible());
        assertTrue(headline.getStyleClass().contains("stale"));
        assertEquals(value, headline.getText());
        assertTrue(headline.getWidth() >= headline.prefWidth(-1) - 0.5,
                "the headline value is cut to " + headline.getWidth());
        assertTrue(notice.getHeight() >= notice.prefHeight(notice.getWidth()) - 0.5,
                "the stale note is cut off");
    }

    @Test
    void overlapSummary_separatesSingleArmFromTrimmed(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(SampleLoader.households());
            model.replicatesProperty().set(0);
            model.trimmingProperty().set(0.2);
            model.run();
        });

        List<CellOverlap> cells = model.outcomeProperty().get().result().tace().cells();
        long singleArm = cells.stream().filter(cell -> cell.treated() == 0
                || cell.untreated() == 0).count();
        long trimmed = cells.stream().filter(cell -> !cell.kept()).count() - singleArm;
        assertTrue(trimmed > 0, "eps = 0.2 trims some cells with both arms");
        String summary = robot.lookup("#interferenceCellSummary").queryAs(Label.class)
                .getText();
        assertTrue(summary.startsWith(cells.size() + " cells of (X, I): " + singleArm
                + " single-arm (no overlap), " + trimmed + " with both arms but trimmed by"
                + " eps = 0.2;"), summary);
    }

    @Test
    void cellTable_logistic_explainsNoCells(FxRobot robot) throws TimeoutException {
        runOnFx(() -> {
            model.load(SampleLoader.households());
            model.replicatesProperty().set(0);
            model.propensityModelProperty().set(PropensityModel.LOGISTIC);
            model.run();
        });

        TableView<?> cells = robot.lookup("#interferenceCellTable").queryAs(TableView.class);
        Node placeholder = cells.getPlaceholder();
        assertTrue(cells.getItems().isEmpty());
        assertTrue(((Label) placeholder).getText().startsWith("A logistic propensity model has"
                + " no cells"), ((Label) placeholder).getText());
    }
}
