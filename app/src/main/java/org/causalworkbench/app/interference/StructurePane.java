package org.causalworkbench.app.interference;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.causalworkbench.app.graph.GraphEditorPane;

/**
 * The structure tab: a graph editor over the units of the table on screen. With the graph
 * source the editor is live, and its graph feeds the next run. With the group column it shows
 * the group cliques and is disabled, so that it previews what choosing the graph source starts
 * from. With the distance matrix it shows the cliques that still drive the neighbour
 * components and the bootstrap blocks.
 *
 * <p>A new table replaces the editor's units and clears its undo history.
 */
final class StructurePane extends BorderPane {

    private final GraphEditorPane editor = new GraphEditorPane(List.of());
    private final Label caption = new Label();

    StructurePane(InterferenceViewModel model) {
        setId("interferenceStructurePane");
        caption.setId("interferenceStructureCaption");
        caption.getStyleClass().add("pane-caption");
        caption.setWrapText(true);
        setTop(caption);
        setCenter(editor);

        InteractionStructure structure = model.structure();
        editor.graphProperty().addListener(changed -> structure.graphProperty().set(
                editor.currentGraph()));
        model.dataProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.setGraph(InteractionStructure.graphOf(now));
            }
        });
        structure.importedGraphProperty().addListener((obs, old, now) -> {
            if (now != null && now.unitIds().equals(editor.model().unitIds())) {
                editor.setGraph(now);
            }
        });
        structure.sourceProperty().addListener((obs, old, now) -> showSource(now));
        InterferenceData current = model.dataProperty().get();
        if (current != null) {
            editor.setGraph(InteractionStructure.graphOf(current));
        }
        showSource(structure.sourceProperty().get());
    }

    /** Returns the editor, for tests and the screenshots. */
    GraphEditorPane editor() {
        return editor;
    }

    private void showSource(StructureSource source) {
        editor.setDisable(source != StructureSource.GRAPH);
        caption.setText(switch (source) {
            case GRAPH -> "Graph: edits here and imported files feed the next run (neighbour"
                    + " components, hop distances, dependency factors, bootstrap blocks).";
            case GROUP_COLUMN -> "Group column: the cliques of the groups, shown read-only."
                    + " Choose Graph in the inputs to edit them or to import a graph file.";
            case DISTANCE_MATRIX -> "Distance matrix: the inverse distance uses the file's"
                    + " distances. The neighbour components and the bootstrap blocks use"
                    + " these group cliques.";
        });
    }
}
