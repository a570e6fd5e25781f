package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.ScreenRule;
import org.causalworkbench.app.synth.SensitivityPane;
import org.causalworkbench.app.synth.SpilloverViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window headless on the embedded sample and drives the donor-pool, screen and
 * sensitivity tabs through their controls.
 */
@ExtendWith(ApplicationExtension.class)
class SpilloverTabsTest {

    private SynthViewModel model;
    private SpilloverViewModel spill;
    private ExecutorService worker;

    @Start
    void start(Stage primary) {
        worker = WorkbenchApplication.workerPool();
        model = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        spill = model.spillover();
        new MainWindow(primary, model).openSample();
        primary.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText(title))
                .queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screen(FxRobot robot) throws TimeoutException {
        waitFor(() -> !model.runningProperty().get());
        openTab(robot, "Screen");
        robot.clickOn("#screenButton");
        waitFor(() -> !spill.screenRunningProperty().get()
                && spill.screenResultProperty().get() != null);
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart();
    }

    @Test
    void screenTab_drawsOneRowPerDonor(FxRobot robot) throws TimeoutException {
        screen(robot);

        XYPlot plot = chart(robot, "#screenChart").getXYPlot();
        SymbolAxis donors = (SymbolAxis) plot.getRangeAxis();
        assertEquals(19, donors.getSymbols().length);
        assertEquals(19, plot.getDataset(1).getItemCount(0) + plot.getDataset(1).getItemCount(1));
        String kept = robot.lookup("#donorsKept").queryAs(Label.class).getText();
        assertTrue(kept.startsWith("Donors kept: S1 19 of 19"), kept);
        assertTrue(robot.lookup("#screenBanner").queryAs(Label.class).getText()
                .contains("looks exactly like a spillover"));
    }

    @Test
    void applySuggestions_copiesS2IntoPool(FxRobot robot) throws TimeoutException {
        screen(robot);
        DonorScreenResult result = spill.screenResultProperty().get();
        robot.interact(() -> spill.ruleProperty().set(ScreenRule.INTERVAL));

        robot.clickOn("#applySuggestions");
        WaitForAsyncUtils.waitForFxEvents();

        for (DonorScore score : result.scores()) {
            DonorChoice choice = model.donors().stream()
                    .filter(d -> d.unit().equals(score.donor())).findFirst().orElseThrow();
            assertEquals(score.keptByInterval(), choice.isIncluded(), score.donor());
        }
        openTab(robot, "Donor pool");
        TableView<?> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertTrue(audit.getItems().size() >= 2);
    }

    @Test
    void poolTab_coloursFlaggedDonors(FxRobot robot) throws TimeoutException {
        screen(robot);
        openTab(robot, "Donor pool");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#donorPoolTable").queryAs(TableView.class);
        assertEquals(19, table.getItems().size());
        long flagged = spill.screenResultProperty().get().scores().stream()
                .filter(DonorScore::flagged).count();
        assertTrue(flagged > 0, "the sample has a donor outside the 95% interval");
        // Two coloured cells per row: the z-score and the interval flag.
        assertEquals(2 * flagged, robot.lookup(".donor-flagged").queryAll().size());
        assertFalse(robot.lookup(".donor-valid").queryAll().isEmpty());
    }

    @Test
    void sensitivityTab_drawsZeroContour(FxRobot robot) throws TimeoutException {
        waitFor(() -> !model.runningProperty().get());
        openTab(robot, "Sensitivity");
        robot.clickOn("#sensitivityButton");
        waitFor(() -> !spill.sensitivityRunningProperty().get()
                && spill.sensitivityProperty().get() != null);

        XYPlot plot = chart(robot, "#sensitivityChart").getXYPlot();
        assertTrue(plot.getDataset(1).getItemCount(0) > 10, "zero contour drawn");
        double att = model.outcomeProperty().get().fit().att();
        String breakEven = robot.lookup("#breakEven").queryAs(Label.class).getText();
        assertTrue(breakEven.contains(String.format(Locale.ROOT, "%.4f", Math.abs(att))),
                breakEven);
        long positive = model.outcomeProperty().get().fit().weightsByDonor().values().stream()
                .filter(w -> w > 0).count();
        assertEquals(positive, robot.lookup("#breakEvenTable").queryAs(TableView.class)
                .getItems().size());
        Label explain = robot.lookup("#breakEven").queryAs(Label.class);
        assertNotNull(explain.getScene());
        assertTrue(explain.getBoundsInParent().getMaxX()
                <= explain.getParent().getLayoutBounds().getWidth() + 1, "label inside pane");
    }

    @Test
    void enterInAnchorChoice_doesNotRunFit(FxRobot robot) throws TimeoutException {
        waitFor(() -> !model.runningProperty().get() && model.outcomeProperty().get() != null);
        Object fit = model.outcomeProperty().get();
        openTab(robot, "Screen");
        ComboBox<?> anchor = robot.lookup("#screenAnchor").queryAs(ComboBox.class);
        robot.interact(anchor::requestFocus);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(model.runningProperty().get(), "Enter must not press the window's Run");
        assertSame(fit, model.outcomeProperty().get());
        assertFalse(spill.screenRunningProperty().get());
    }

    @Test
    void leaveOneOutAnchor_disablesPenaltyAndSaysUncalibrated(FxRobot robot)
            throws TimeoutException {
        waitFor(() -> !model.runningProperty().get());
        openTab(robot, "Screen");
        @SuppressWarnings("unchecked")
        ComboBox<AnchorMode> anchor = robot.lookup("#screenAnchor").queryAs(ComboBox.class);
        robot.interact(() -> anchor.setValue(AnchorMode.LEAVE_ONE_OUT));
        assertTrue(robot.lookup("#screenPenalty").queryAs(TextField.class).isDisabled());
        assertFalse(spill.screenRunningProperty().get(), "a changed setting does not screen");

        robot.clickOn("#screenButton");
        waitFor(() -> !spill.screenRunningProperty().get()
                && spill.screenResultProperty().get() != null);

        Label notes = robot.lookup("#screenNotes").queryAs(Label.class);
        assertTrue(notes.isVisible());
        assertTrue(notes.getText().contains("not calibrated"), notes.getText());
        String title = chart(robot, "#screenChart").getTitle().getText();
        assertEquals("Screen: forecast vs observed (leave-one-out fit)", title);
        assertTrue(spill.screenStatusProperty().get().startsWith("Screened"));
    }

    @Test
    void appliedSuggestions_markPoolFitColumnsStale(FxRobot robot) throws TimeoutException {
        screen(robot);
        robot.interact(() -> spill.ruleProperty().set(ScreenRule.INTERVAL));
        robot.clickOn("#applySuggestions");
        WaitForAsyncUtils.waitForFxEvents();
        openTab(robot, "Donor pool");

        Label marker = robot.lookup("#poolFitStale").queryAs(Label.class);
        assertTrue(marker.isVisible(), "weights come from the fit before the change");
        assertTrue(marker.getText().startsWith("SC weight and placebo ratio"), marker.getText());
        assertTrue(robot.lookup("#poolLegend").queryAs(Label.class).getText()
                .contains("rank need not follow |z|"));
    }

    @Test
    void staleSensitivityNotice_wrapsInsidePane(FxRobot robot) throws TimeoutException {
        waitFor(() -> !model.runningProperty().get());
        openTab(robot, "Sensitivity");
        robot.clickOn("#sensitivityButton");
        waitFor(() -> !spill.sensitivityRunningProperty().get()
                && spill.sensitivityProperty().get() != null);
        robot.interact(model::run);
        waitFor(() -> !model.runningProperty().get());

        Label stale = robot.lookup("#sensitivityStale").queryAs(Label.class);
        assertTrue(stale.getText().contains("press Analyse"), stale.getText());
        assertTrue(stale.isVisible());
        Node pane = robot.lookup(node -> node instanceof SensitivityPane).query();
        for (Node node : pane.lookupAll(".label")) {
            Label label = (Label) node;
            boolean ownLine = label.getParent() == pane
                    || label.getParent().getParent() == pane;
            if (!ownLine || !label.isVisible() || label.getText().isEmpty()) {
                continue;
            }
            // A cut label shows an ellipsis in its text node instead of the full text.
            Text shown = (Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), "cut off: " + label.getText());
        }
    }
}
