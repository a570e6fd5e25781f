package org.causalworkbench.app.interference;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.causalworkbench.app.graph.GraphEditorPane;

/**
 * The structure tab: a graph editor over the units of the table on screen, which starts from
 * the group cliques. With the graph source its graph feeds the next run. Under the other
 * sources it shows the cliques that drive the neighbour components and the bootstrap blocks,
 * and the first edit or import switches the source to the graph, because a user who changes the
 * structure expects the next run to use it. Layout, zoom and export change no edge and switch
 * nothing.
 *
 * <p>A new table replaces the editor's units and discards its entries from the window's undo
 * history. Edits in the editor are entries on that history, but the switch of the source to the
 * graph that an edit causes is not, so undoing the edit leaves the graph source chosen.
 */
final class StructurePane extends BorderPane {

    private final GraphEditorPane editor;
    private final Label caption = new Label();
    /** Whether the pane itself is putting the cliques in, which is no user edit. */
    private boolean seeding;

    StructurePane(InterferenceViewModel model) {
        editor = new GraphEditorPane(List.of(), model.commands());
        setId("interferenceStructurePane");
        caption.setId("interferenceStructureCaption");
        caption.getStyleClass().add("pane-caption");
        caption.setWrapText(true);
        setTop(caption);
        setCenter(editor);

        InteractionStructure structure = model.structure();
        editor.graphProperty().addListener(changed -> {
            structure.graphProperty().set(editor.currentGraph());
            if (!seeding) {
                structure.sourceProperty().set(StructureSource.GRAPH);
            }
        });
        model.dataProperty().addListener((obs, old, now) -> seed(now));
        structure.importedGraphProperty().addListener((obs, old, now) -> {
            if (now != null && now.unitIds().equals(editor.model().unitIds())) {
                editor.setGraph(now);
            }
        });
        structure.sourceProperty().addListener((obs, old, now) -> showSource(now));
        seed(model.dataProperty().get());
        showSource(structure.sourceProperty().get());
    }

    private void seed(InterferenceData table) {
        if (table == null) {
            return;
        }
        seeding = true;
        try {
            editor.startFrom(InteractionStructure.graphOf(table));
        } finally {
            seeding = false;
        }
    }

    /** Returns the editor, for tests and the screenshots. */
    GraphEditorPane editor() {
        return editor;
    }

    private void showSource(StructureSource source) {
        caption.setText(switch (source) {
            case GRAPH -> "Graph: edits here and imported files feed the next run (neighbour"
                    + " components, hop distances, dependency factors, bootstrap blocks).";
            case GROUP_COLUMN -> "Group column: the cliques of the groups. An edit or an"
                    + " import here switches the structure to Graph.";
            case DISTANCE_MATRIX -> "Distance matrix: the inverse distance uses the file's"
                    + " distances, the neighbour components and bootstrap blocks these group"
                    + " cliques. An edit or an import here switches the structure to Graph.";
        });
    }
}
