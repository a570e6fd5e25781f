package org.causalworkbench.app.graph;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.shell.Shortcut;
import org.causalworkbench.app.shell.Shortcuts;

/**
 * The graph editor's tool bar, and the undo and redo shortcuts of the pane it sits in, whose
 * keys come from the shortcut registry. Both act on the model's command stack, which the window
 * may share, so they revert the newest entry of any editor, the same one Edit &gt; Undo names.
 */
final class GraphToolBar extends ToolBar {

    private static final Shortcut UNDO = Shortcuts.get(Shortcuts.UNDO);
    private static final Shortcut REDO = Shortcuts.get(Shortcuts.REDO);
    private static final Shortcut DELETE = Shortcuts.get(Shortcuts.GRAPH_DELETE);

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
                DELETE.tooltip("Remove the selected units with their edges, or the selected edge"));
        delete.setOnAction(event -> interaction.deleteSelection());
        Button undo = button("graphUndo", "Undo", UNDO.tooltip("Undo"));
        undo.setOnAction(event -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("graphRedo", "Redo", REDO.tooltip("Redo"));
        redo.setOnAction(event -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        CommandStack commands = model.commands();
        undo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> model.undoDescription().map(step -> UNDO.tooltip("Undo " + step))
                        .orElse("Nothing to undo"), commands.undoNameProperty()));
        redo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> model.redoDescription().map(step -> REDO.tooltip("Redo " + step))
                        .orElse("Nothing to redo"), commands.redoNameProperty()));
        getItems().addAll(importButton, exportGraphMl, exportDot, picture, new Separator(),
                layout, fit, new Separator(), delete, undo, redo);

        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.matches(event)) {
                model.undo();
                event.consume();
            } else if (REDO.matches(event)) {
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
