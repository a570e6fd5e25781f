package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.causalworkbench.app.graph.GraphEditorPane;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows the interference workspace headless (Monocle), chooses the graph structure, imports
 * edge lists and runs, as a user would after picking a file.
 */
@ExtendWith(ApplicationExtension.class)
class GraphStructureViewTest {

    private InterferenceViewModel model;
    private ExecutorService worker;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        worker = WorkbenchApplication.workerPool();
        model = new InterferenceViewModel(Platform::runLater, worker, InterferenceAnalysis::run);
        model.load(InterferenceViewModelTest.twoHouseholds());
        stage.setScene(new Scene(new InterferenceWorkspace(model), 1400, 900));
        stage.show();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private void importFile(String name, String text) throws IOException, TimeoutException {
        Path file = Files.writeString(folder.resolve(name), text);
        String before = model.statusProperty().get();
        WaitForAsyncUtils.asyncFx(() -> model.importGraph(file, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.statusProperty().get().startsWith("Reading")
                        && !model.statusProperty().get().equals(before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shownInCell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(node -> node instanceof Labeled labeled
                        && text.equals(labeled.getText()));
    }

    @Test
    void graphImport_runShowsEstimate(FxRobot robot) throws Exception {
        robot.clickOn("#interferenceStructure");
        robot.clickOn(StructureSource.GRAPH.toString());
        robot.clickOn("#signature_GROUP_FRACTION");
        robot.clickOn("#signature_NEIGHBOUR_FRACTION");
        robot.clickOn("#interferenceStructureTab");
        GraphEditorPane editor = robot.lookup("#interferenceStructurePane").queryAs(
                StructurePane.class).editor();
        assertEquals(12, editor.currentGraph().edgeCount(), "seeded with the two cliques");

        importFile("ring.csv", "source,target\n1,2\n2,3\n3,4\n4,5\n5,6\n6,7\n7,8\n8,1\n");
        assertEquals(8, editor.currentGraph().edgeCount(), "the editor shows the import");
        assertEquals(8, model.structure().graphProperty().get().edgeCount());
        robot.clickOn("#interferenceEstimatesTab");
        robot.clickOn("#interferenceRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.outcomeProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", model.errorProperty().get());
        double hajek = InterferenceViewModel.taceRow(model.estimateRows()).hajek();
        String text = String.format(Locale.ROOT, "%.4f", hajek);
        assertTrue(shownInCell(robot, text), "the TACE " + text + " is not in the table");
    }

    @Test
    void editorEdit_switchesToGraphSource(FxRobot robot) {
        GraphEditorPane editor = robot.lookup("#interferenceStructurePane").queryAs(
                StructurePane.class).editor();
        assertEquals(StructureSource.GROUP_COLUMN, model.structure().sourceProperty().get());
        List<String> ids = model.dataProperty().get().ids();
        InterferenceGraph path = InterferenceGraph.builder(ids)
                .addEdge(ids.get(0), ids.get(7), null, "test").build();

        WaitForAsyncUtils.asyncFx(() -> editor.setGraph(path));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());
        assertEquals(1, model.structure().graphProperty().get().edgeCount());
        assertEquals("6 unit(s) without neighbours: '2', '3', '4', '5', '6' and 1 more.",
                robot.lookup("#interferenceIsolated").queryAs(Label.class).getText());
    }

    @Test
    void badGraphFile_showsReaderMessage(FxRobot robot) throws Exception {
        robot.clickOn("#interferenceStructure");
        robot.clickOn(StructureSource.GRAPH.toString());

        importFile("loop.csv", "source,target\n1,2\n4,4\n");

        Label error = robot.lookup("#interferenceError").queryAs(Label.class);
        assertTrue(error.isVisible(), "the error line is hidden");
        assertTrue(error.getText().contains("loop.csv"), error.getText());
        assertTrue(error.getText().contains("self-loop on unit '4'"), error.getText());
        assertEquals(12, model.structure().graphProperty().get().edgeCount(),
                "the cliques stay after a rejected file");
        Label isolated = robot.lookup("#interferenceIsolated").queryAs(Label.class);
        assertEquals(StructureInputs.describe(List.of()), isolated.getText());
    }
}
