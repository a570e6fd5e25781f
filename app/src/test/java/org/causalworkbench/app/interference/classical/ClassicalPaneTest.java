package org.causalworkbench.app.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.InterferenceWorkspace;
import org.causalworkbench.app.interference.StructureSource;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.interference.classical.HudgensHalloran;
import org.causalworkbench.estimators.interference.classical.HudgensHalloranResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the interference workspace headless (Monocle), loads the two-stage example from the
 * classical tab and reads the tables that the tab shows.
 */
@ExtendWith(ApplicationExtension.class)
class ClassicalPaneTest {

    private ExecutorService worker;
    private InterferenceViewModel model;

    @Start
    void start(Stage stage) {
        worker = WorkbenchApplication.workerPool();
        model = new InterferenceViewModel(Platform::runLater, worker,
                InterferenceAnalysis::run);
        // The main window's default size, less its menu bar and tab header.
        stage.setScene(new Scene(new InterferenceWorkspace(model), 1360, 800));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void loadExample_showsHudgensHalloranTable(FxRobot robot) {
        robot.clickOn("#interferenceClassicalTab");
        robot.clickOn("#classicalLoadExample");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#classicalHhTable").queryAs(TableView.class);
        assertEquals(5, table.getItems().size());
        InterferenceData data = TwoStageExample.load();
        HudgensHalloranResult expected = HudgensHalloran.withDefaults().estimate(data.groups(),
                data.treatment(), data.outcome(), GroupStrategies.fromColumn(data, "strategy"));
        for (String shown : List.of(format(expected.direct("low").estimate()),
                format(expected.indirect("low", "high").estimate()),
                format(expected.overall("low", "high").standardError()))) {
            assertTrue(cellTexts(robot).contains(shown), shown + " is not in a table cell");
        }
        String convention = robot.lookup("#classicalSignConvention").queryAs(Label.class)
                .getText();
        assertTrue(convention.contains("protective effects are positive"), convention);
        assertTrue(robot.lookup("#classicalDataset").queryAs(Label.class).getText()
                .contains("1024 units in 256 groups"));
    }

    @Test
    void aronowSamii_runsOnExample(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceClassicalTab");
        robot.clickOn("#classicalLoadExample");
        robot.clickOn("#classicalAsTab");
        @SuppressWarnings("unchecked")
        Spinner<Integer> draws = robot.lookup("#classicalDraws").queryAs(Spinner.class);
        robot.interact(() -> draws.getValueFactory().setValue(200));

        robot.clickOn("#classicalAsRun");
        TableView<?> exposures = robot.lookup("#classicalExposureTable")
                .queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exposures.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> contrasts = robot.lookup("#classicalContrastTable")
                .queryAs(TableView.class);
        assertEquals(6, contrasts.getItems().size());
        String status = robot.lookup("#classicalAsStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Finished: 200 draws"), status);
    }

    @Test
    void controls_notShrunkAtDefaultSize(FxRobot robot) {
        robot.clickOn("#interferenceClassicalTab");
        robot.clickOn("#classicalLoadExample");
        for (String tab : List.of("#classicalHhTab", "#classicalAsTab", "#classicalCurvesTab")) {
            robot.clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();

            List<Node> shrunk = robot.lookup(".classical-controls").queryAll().stream()
                    .filter(Parent.class::isInstance)
                    .flatMap(row -> ((Parent) row).getChildrenUnmodifiable().stream())
                    .filter(node -> node.isVisible() && node instanceof Region)
                    .filter(node -> !(node instanceof Label label && label.isWrapText()))
                    .filter(node -> ((Region) node).getWidth() + 0.5 < node.prefWidth(-1))
                    .toList();
            assertTrue(shrunk.isEmpty(), tab + ": shrunk below preferred width: " + shrunk);
        }
        Button example = robot.lookup("#classicalLoadExample").queryAs(Button.class);
        assertTrue(example.getWidth() + 0.5 >= example.prefWidth(-1), "Load example shrunk");
    }

    @Test
    void loadExample_overData_asksAndResetsStructure(FxRobot robot) {
        robot.interact(() -> {
            model.load(SampleLoader.households());
            model.structure().sourceProperty().set(StructureSource.GRAPH);
        });
        robot.clickOn("#interferenceClassicalTab");

        robot.clickOn("#classicalLoadExample");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#classicalExampleConfirm").queryAs(DialogPane.class);
        assertTrue(confirm.getContentText().contains("households.csv with 1601 units"),
                confirm.getContentText());
        assertTrue(confirm.getContentText().contains("Graph (editor / imported file)"),
                confirm.getContentText());
        robot.clickOn((Node) confirm.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("households.csv", model.dataProperty().get().name());
        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());

        robot.clickOn("#classicalLoadExample");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane again = robot.lookup("#classicalExampleConfirm").queryAs(DialogPane.class);
        robot.clickOn((Node) again.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("two-stage-households.csv", model.dataProperty().get().name());
        assertEquals(StructureSource.GROUP_COLUMN, model.structure().sourceProperty().get());
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(Labeled.class::isInstance).map(node -> ((Labeled) node).getText())
                .toList();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    @Test
    void allocationCurves_exampleRejectedWithReason(FxRobot robot) {
        robot.clickOn("#interferenceClassicalTab");
        robot.clickOn("#classicalLoadExample");
        robot.clickOn("#classicalCurvesTab");

        robot.clickOn("#classicalEstimateCurves");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#classicalCurvesError").queryAs(Label.class);
        assertTrue(error.isVisible(), "the rejection is shown");
        assertTrue(error.getText().contains("Hudgens-Halloran"), error.getText());
        JFreeChart curves = robot.lookup("#classicalCurvesChart").queryAs(ChartViewer.class)
                .getChart();
        assertEquals(0, curves.getXYPlot().getDataset().getSeriesCount());
        assertTrue(curves.getTitle().getText().contains("Effects over allocations"));
        JFreeChart heatMap = robot.lookup("#classicalIndirectHeatMap")
                .queryAs(ChartViewer.class).getChart();
        assertEquals(0, heatMap.getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void aronowSamii_cancelStopsRun(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceClassicalTab");
        robot.clickOn("#classicalLoadExample");
        robot.clickOn("#classicalAsTab");
        @SuppressWarnings("unchecked")
        Spinner<Integer> draws = robot.lookup("#classicalDraws").queryAs(Spinner.class);
        robot.interact(() -> draws.getValueFactory().setValue(1_000_000));
        Label status = robot.lookup("#classicalAsStatus").queryAs(Label.class);

        robot.clickOn("#classicalAsRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> status.getText().startsWith("Exposure probabilities"));
        robot.clickOn("#classicalAsCancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Cancelled.".equals(status.getText()));

        TableView<?> exposures = robot.lookup("#classicalExposureTable")
                .queryAs(TableView.class);
        assertTrue(exposures.getItems().isEmpty());
        assertFalse(robot.lookup("#classicalAsRun").queryAs(Button.class).isDisabled());
    }
}
