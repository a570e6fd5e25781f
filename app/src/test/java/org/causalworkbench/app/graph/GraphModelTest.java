package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** Edits, undo and redo of the graph editor's model, without a window. */
class GraphModelTest {

    private static final List<String> UNITS = List.of("a", "b", "c", "d");

    private static GraphModel placedModel() {
        GraphModel model = new GraphModel(UNITS);
        Map<String, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < UNITS.size(); i++) {
            positions.put(UNITS.get(i), new Point2D(10 * i, 5 * i));
        }
        model.reset(UNITS, new GraphSnapshot(positions, Map.of()));
        return model;
    }

    @Test
    void addNode_placesUnitsInTableOrder() {
        GraphModel model = new GraphModel(UNITS);

        assertEquals(Optional.of("a"), model.addNode(new Point2D(1, 2)));
        assertEquals(Optional.of("b"), model.addNode(new Point2D(3, 4)));

        assertEquals(new Point2D(1, 2), model.positions().get("a"));
        assertEquals(List.of("a", "b"), List.copyOf(model.positions().keySet()));
        assertTrue(model.canUndoProperty().get());
        model.undo();
        assertEquals(List.of("a"), List.copyOf(model.positions().keySet()));
        model.redo();
        assertEquals(new Point2D(3, 4), model.positions().get("b"));
    }

    @Test
    void addNode_whenAllPlaced_returnsEmpty() {
        GraphModel model = placedModel();

        assertEquals(Optional.empty(), model.addNode(new Point2D(0, 0)));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void addNode_afterDelete_reusesFreedUnit() {
        GraphModel model = placedModel();
        model.delete(List.of("b"), List.of());

        assertEquals(Optional.of("b"), model.addNode(new Point2D(7, 7)));
    }

    @Test
    void connect_addsUndirectedEdgeAndUndoes() {
        GraphModel model = placedModel();

        assertEquals(Optional.empty(), model.connect("b", "a"));

        assertTrue(model.edges().containsKey(NodePair.of("a", "b")));
        assertEquals(1, model.degree("a"));
        model.undo();
        assertTrue(model.edges().isEmpty());
        assertEquals(0, model.degree("a"));
        model.redo();
        assertEquals(1, model.edges().size());
    }

    @Test
    void connect_selfLoop_isRejectedWithMessage() {
        GraphModel model = placedModel();

        Optional<String> rejected = model.connect("c", "c");

        assertTrue(rejected.orElseThrow().contains("self-loop on unit 'c'"), rejected.get());
        assertTrue(model.edges().isEmpty());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void connect_duplicateInEitherDirection_isRejected() {
        GraphModel model = placedModel();
        model.connect("a", "b");

        Optional<String> rejected = model.connect("b", "a");

        assertTrue(rejected.orElseThrow().contains("already connected"), rejected.get());
        assertEquals(1, model.edges().size());
    }

    @Test
    void connect_unplacedUnit_isRejected() {
        GraphModel model = placedModel();
        model.delete(List.of("d"), List.of());

        Optional<String> rejected = model.connect("a", "d");

        assertTrue(rejected.orElseThrow().contains("'d' is not on the canvas"), rejected.get());
    }

    @Test
    void delete_removesIncidentEdges_undoRestoresWeights() {
        GraphModel model = new GraphModel(UNITS);
        Map<String, Point2D> positions = Map.of("a", new Point2D(0, 0), "b", new Point2D(1, 0),
                "c", new Point2D(2, 0), "d", new Point2D(3, 0));
        Map<NodePair, Double> edges = new LinkedHashMap<>();
        edges.put(NodePair.of("a", "b"), 0.5);
        edges.put(NodePair.of("b", "c"), 2.0);
        edges.put(NodePair.of("c", "d"), 1.0);
        model.reset(UNITS, new GraphSnapshot(positions, edges));

        assertTrue(model.delete(List.of("b"), List.of(NodePair.of("d", "c"))));

        assertFalse(model.positions().containsKey("b"));
        assertTrue(model.edges().isEmpty());
        model.undo();
        assertEquals(new Point2D(1, 0), model.positions().get("b"));
        assertEquals(edges, model.edges());
        assertEquals(2, model.degree("b"));
        model.redo();
        assertTrue(model.edges().isEmpty());
    }

    @Test
    void delete_nothingSelected_recordsNoStep() {
        GraphModel model = placedModel();

        assertFalse(model.delete(List.of(), List.of(NodePair.of("a", "b"))));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void drag_manyMoves_undoInOneStep() {
        GraphModel model = placedModel();
        Point2D start = model.positions().get("c");
        Map<String, Point2D> dragStart = Map.of("c", start);

        for (int step = 1; step <= 10; step++) {
            model.dragTo("c", start.add(step, 2 * step));
        }
        model.commitMove(dragStart);

        assertEquals(start.add(10, 20), model.positions().get("c"));
        model.undo();
        assertEquals(start, model.positions().get("c"));
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals(start.add(10, 20), model.positions().get("c"));
    }

    @Test
    void commitMove_withoutMovement_recordsNoStep() {
        GraphModel model = placedModel();

        model.commitMove(Map.of("a", model.positions().get("a")));

        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void applyLayout_isOneStep() {
        GraphModel model = placedModel();
        Map<String, Point2D> before = new LinkedHashMap<>(model.positions());
        Map<String, Point2D> layout = Map.of("a", new Point2D(-1, -1), "d", new Point2D(9, 9),
                "unplaced", new Point2D(0, 0));

        model.applyLayout(layout);

        assertEquals(new Point2D(9, 9), model.positions().get("d"));
        assertEquals(4, model.positions().size());
        model.undo();
        assertEquals(before, model.positions());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void replace_isOneStep_andUndoRestoresExactly() {
        GraphModel model = placedModel();
        model.connect("a", "b");
        GraphSnapshot before = model.snapshot();
        GraphSnapshot imported = new GraphSnapshot(Map.of("c", new Point2D(0, 0), "d",
                new Point2D(1, 1)), Map.of(NodePair.of("c", "d"), 3.0));

        model.replace(imported, "import");

        assertEquals(imported, model.snapshot());
        model.undo();
        assertEquals(before, model.snapshot());
        model.redo();
        assertEquals(imported, model.snapshot());
    }

    @Test
    void replace_unknownId_isRejected() {
        GraphModel model = placedModel();
        GraphSnapshot foreign = new GraphSnapshot(Map.of("zz", new Point2D(0, 0)), Map.of());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model.replace(foreign, "import"));

        assertTrue(error.getMessage().contains("Unknown node id 'zz'"), error.getMessage());
    }

    @Test
    void newEdit_clearsRedo() {
        GraphModel model = placedModel();
        model.connect("a", "b");
        model.undo();
        assertTrue(model.canRedoProperty().get());

        model.connect("c", "d");

        assertFalse(model.canRedoProperty().get());
        model.redo();
        assertFalse(model.edges().containsKey(NodePair.of("a", "b")));
    }

    @Test
    void listeners_tellStructureFromPositions() {
        GraphModel model = placedModel();
        List<GraphModel.Change> changes = new ArrayList<>();
        model.addListener(changes::add);

        model.dragTo("a", new Point2D(50, 50));
        model.connect("a", "b");
        model.commitMove(Map.of("a", new Point2D(0, 0)));
        model.undo();

        assertEquals(List.of(GraphModel.Change.POSITIONS, GraphModel.Change.STRUCTURE,
                GraphModel.Change.POSITIONS, GraphModel.Change.POSITIONS), changes);
    }

    @Test
    void constructor_duplicateId_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new GraphModel(List.of("a", "b", "a")));

        assertTrue(error.getMessage().contains("'a' occurs twice"), error.getMessage());
    }
}
