package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.view.MainWindow;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window headless (Monocle) with every workspace on one command stack, edits
 * the interference graph and a setting, and undoes both through the Edit menu.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class EditMenuUndoViewTest {

    private final CommandStack commands = new CommandStack();
    private InterferenceViewModel model;
    private ExecutorService worker;

    @Start
    void start(Stage primary) {
        worker = WorkbenchApplication.workerPool();
        SynthViewModel synth = new SynthViewModel(Platform::runLater, worker,
                SynthAnalysis::run, commands);
        ObsExpViewModel obsExp = new ObsExpViewModel(Platform::runLater, worker,
                ObsExpAnalysis::run, commands);
        model = new InterferenceViewModel(Platform::runLater, worker, InterferenceAnalysis::run,
                commands);
        new MainWindow(primary, synth, obsExp, model);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void editMenu_undoesSettingThenGraphEdit(FxRobot robot) throws TimeoutException {
        robot.clickOn("#interferenceTab");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> model.outcomeProperty().get() != null && !model.runningProperty().get());
        assertFalse(commands.canUndoProperty().get(), "opening the sample is no edit");
        robot.clickOn("#interferenceStructureTab");
        WaitForAsyncUtils.waitForFxEvents();
        GraphEditorPane editor = robot.lookup(node -> node instanceof GraphEditorPane)
                .queryAs(GraphEditorPane.class);
        List<String> units = editor.model().unitIds();
        String first = units.get(0);
        String last = units.get(units.size() - 1);
        NodePair pair = NodePair.of(first, last);
        assertFalse(editor.model().edges().containsKey(pair));
        GraphSnapshot before = editor.model().snapshot();

        robot.clickOn(screenPointOf(editor, first)).clickOn(screenPointOf(editor, last));
        assertTrue(editor.model().edges().containsKey(pair), "the click did not add the edge");
        robot.clickOn("#interferenceModifier");
        assertTrue(model.ownTreatmentModifierProperty().get());

        String addEdge = "Add edge " + pair.first() + " -- " + pair.second();
        assertEquals(List.of(addEdge, "Turn on the own-treatment modifier"),
                commands.undoEntries().stream().map(c -> c.name()).toList());
        undoFromEditMenu(robot, "Undo Turn on the own-treatment modifier");
        CheckBox modifier = robot.lookup("#interferenceModifier").queryAs(CheckBox.class);
        assertFalse(modifier.isSelected(), "undo did not update the check box");
        assertFalse(model.ownTreatmentModifierProperty().get());
        undoFromEditMenu(robot, "Undo " + addEdge);
        assertFalse(editor.model().edges().containsKey(pair));
        assertTrue(before.equals(editor.model().snapshot()), "undo left the graph changed");

        MenuItem undo = editItem(robot, "undoItem");
        assertTrue(undo.isDisable(), "Undo stays enabled with nothing to undo");
        assertEquals("Undo", undo.getText());
        assertEquals("Redo " + addEdge, editItem(robot, "redoItem").getText());
        robot.press(KeyCode.SHORTCUT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHORTCUT);
        assertTrue(editor.model().edges().containsKey(pair), "Shortcut+Y did not redo");
        assertEquals(1, commands.redoEntries().size(), "one key press redid more than once");

        robot.press(KeyCode.SHORTCUT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHORTCUT);
        robot.clickOn(screenPointOf(editor, first));
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertFalse(model.ownTreatmentModifierProperty().get());
        assertTrue(editor.model().edges().containsKey(pair),
                "Shortcut+Z on the canvas undid twice: the editor's handler and the menu's");
    }

    /**
     * Opens Edit and fires its first item from the keyboard. Under Monocle a mouse click on an
     * item of the open menu does not fire it, while Down and Enter do.
     */
    private static void undoFromEditMenu(FxRobot robot, String expectedText) {
        assertEquals(expectedText, editItem(robot, "undoItem").getText());
        robot.clickOn("Edit");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D screenPointOf(GraphEditorPane editor, String unit) {
        GraphCanvas canvas = (GraphCanvas) editor.lookup("#graphCanvas");
        return canvas.localToScreen(canvas.toScreen(editor.model().positions().get(unit)));
    }

    private static MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(node -> node instanceof MenuBar).queryAs(MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(menu -> "Edit".equals(menu.getText()))
                .findFirst().orElseThrow();
        return edit.getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }
}
