package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.view.MainWindow;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess.NoiseLevel;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window headless and drives the debias, checks and teaching tabs. */
@ExtendWith(ApplicationExtension.class)
class RobustnessTabsViewTest {

    private SynthViewModel model;
    private ExecutorService worker;

    @Start
    void start(Stage stage) {
        worker = WorkbenchApplication.workerPool();
        model = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        new MainWindow(stage, model).openSample();
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private static void waitFor(FxRobot robot, String labelId) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup(labelId).queryAs(Label.class).getText().equals("-"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires a button, which the headless screen may place beyond its right edge. */
    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryAs(Button.class);
        robot.interact(button::fire);
    }

    @Test
    void debiasTab_zeroWeightButtonFillsResults(FxRobot robot) throws TimeoutException {
        robot.clickOn("Debias");
        assertTrue(robot.lookup("#noExclusionsBox").queryAs(VBox.class).isVisible());

        robot.clickOn("#useZeroWeight");
        waitFor(robot, "#debiasAtt");

        String att = robot.lookup("#debiasAtt").queryAs(Label.class).getText();
        assertFalse(robot.lookup("#noExclusionsBox").queryAs(VBox.class).isVisible());
        assertEquals("Constrained 2SLS", robot.lookup("#debiasMethod").queryAs(Label.class)
                .getText());
        assertTrue(Double.isFinite(Double.parseDouble(att)));
        assertFalse(robot.lookup("#debiasWarning").queryAs(Label.class).isVisible());
        assertNotNull(robot.lookup("#debiasWeightsChart").queryAs(ChartViewer.class).getChart()
                .getCategoryPlot().getDataset());
        assertTrue(robot.lookup("#debiasInstruments").queryAs(Label.class).getText()
                .contains("12"));
    }

    @Test
    void checksTab_runsInTimePlacebo(FxRobot robot) throws TimeoutException {
        robot.clickOn("Checks");
        robot.clickOn("In-time placebo");
        press(robot, "#inTimeRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#inTimeSummary")
                .queryAs(Label.class).getText().isEmpty());

        String summary = robot.lookup("#inTimeSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("ratio"), summary);
        assertEquals(1, robot.lookup("#inTimeChart").queryAs(ChartViewer.class).getChart()
                .getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void teachingTab_runsStudy(FxRobot robot) throws TimeoutException {
        robot.clickOn("Teaching");
        press(robot, "#spilloverStudyRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot
                .lookup("#spilloverStudyTable").queryAs(TableView.class).getItems().size() == 4);

        assertNotNull(robot.lookup("#spilloverBiasChart").queryAs(ChartViewer.class)
                .getChart().getCategoryPlot());
        @SuppressWarnings("unchecked")
        ComboBox<NoiseLevel> noise = robot.lookup("#spilloverStudyNoise")
                .queryAs(ComboBox.class);
        String shown = noise.getConverter().toString(noise.getValue());
        assertTrue(shown.matches("(Low|Medium|High) \\(SD [0-9.]+\\)"),
                "the noise preset in words: " + shown);
    }

    @Test
    void debiasTab_onProp99WithTwoExclusions_warns(FxRobot robot) throws TimeoutException {
        CsvTable table = CsvTable.read(SharedDatasets.require("smoking_data.csv"));
        Panel panel = PanelReader.build(table, new PanelSpec("state", "year", "cigsale",
                "Proposition 99"));
        robot.interact(() -> {
            model.loadPanel(panel, TreatmentProposal.of(panel));
            for (DonorChoice choice : model.donors()) {
                choice.includedProperty().set(!List.of("Nevada", "Utah")
                        .contains(choice.unit()));
            }
        });
        robot.clickOn("Debias");
        press(robot, "#debiasRun");
        waitFor(robot, "#debiasAtt");

        Label warning = robot.lookup("#debiasWarning").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("Too few instruments: 2"), warning.getText());
        assertEquals("Plain fallback", robot.lookup("#debiasMethod").queryAs(Label.class)
                .getText());
    }
}
