package org.causalworkbench.app.graph;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.causalworkbench.app.command.CommandStack;

/**
 * The graph editor's tool bar, and the undo and redo shortcuts of the pane it sits in: Ctrl+Z
 * undoes, Ctrl+Y and Ctrl+Shift+Z redo (Cmd in place of Ctrl on macOS). Both act on the
 * model's command stack, which the window may share, so they revert the newest entry of any
 * editor, the same one Edit &gt; Undo names.
 */
final class GraphToolBar extends ToolBar {

    private static final KeyCombination UNDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFTED = new KeyCodeCombination(KeyCode.Z,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    GraphToolBar(GraphEditorPane pane, GraphModel model, GraphInteraction interaction,
            ObservableBooleanValue busy) {
        Button importButton = button("graphImport", "Import...",
                "Read an edge list or adjacency matrix (CSV), GraphML, GML or DOT file");
        importButton.setOnAction(event -> pane.chooseAndImport());
        importButton.disableProperty().bind(busy);
        Button exportGraphMl = button("graphExportGraphMl", "Export GraphML...",
                "Write the units and edges as GraphML; positions are not saved");
        exportGraphMl.setOnAction(event -> pane.chooseAndExport(true));
        Button exportDot = button("graphExportDot", "Export DOT...",
                "Write the units and edges as an undirected DOT graph; positions are not saved");
        exportDot.setOnAction(event -> pane.chooseAndExport(false));
        MenuButton picture = new MenuButton("Export picture");
        picture.setId("graphExportPicture");
        picture.setTooltip(new Tooltip("Draw the graph as it is placed, light on white with a"
                + " legend, as SVG, PDF or PNG"));
        picture.getItems().addAll(
                pictureItem(pane, "SVG...", GraphEditorPane.PictureFormat.SVG, 0),
                pictureItem(pane, "PDF...", GraphEditorPane.PictureFormat.PDF, 0),
                pictureItem(pane, "PNG, 150 dpi...", GraphEditorPane.PictureFormat.PNG, 150),
                pictureItem(pane, "PNG, 300 dpi...", GraphEditorPane.PictureFormat.PNG, 300),
                pictureItem(pane, "PNG, 600 dpi...", GraphEditorPane.PictureFormat.PNG, 600));
        Button layout = button("graphLayout", "Layout",
                "Arrange the units automatically (circle or force-directed); one undo step");
        layout.setOnAction(event -> pane.layOut());
        layout.disableProperty().bind(busy);
        Button fit = button("graphFit", "Fit", "Zoom to show every unit");
        fit.setOnAction(event -> pane.fit());
        Button delete = button("graphDelete", "Delete",
                "Remove the selected units with their edges, or the selected edge (Delete)");
        delete.setOnAction(event -> interaction.deleteSelection());
        Button undo = button("graphUndo", "Undo", "Undo (Ctrl+Z)");
        undo.setOnAction(event -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("graphRedo", "Redo", "Redo (Ctrl+Y or Ctrl+Shift+Z)");
        redo.setOnAction(event -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        CommandStack commands = model.commands();
        undo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> model.undoDescription().map(step -> "Undo " + step + " (Ctrl+Z)")
                        .orElse("Nothing to undo"), commands.undoNameProperty()));
        redo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> model.redoDescription().map(step -> "Redo " + step + " (Ctrl+Y)")
                        .orElse("Nothing to redo"), commands.redoNameProperty()));
        getItems().addAll(importButton, exportGraphMl, exportDot, picture, new Separator(),
                layout, fit, new Separator(), delete, undo, redo);

        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                model.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_SHIFTED.match(event)) {
                model.redo();
                event.consume();
            }
        });
    }

    private static MenuItem pictureItem(GraphEditorPane pane, String text,
            GraphEditorPane.PictureFormat format, int dpi) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> pane.chooseAndExportPicture(format, dpi));
        return item;
    }

    private static Button button(String id, String text, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
