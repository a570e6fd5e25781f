package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.junit.jupiter.api.Test;

/** Graph edits as named entries on a stack shared with other editors, without a window. */
class GraphHistoryTest {

    private static final List<String> UNITS = List.of("a", "b", "c", "d");

    private final CommandStack commands = new CommandStack();
    private final GraphModel model = new GraphModel(UNITS, commands);

    private List<String> names() {
        return commands.undoEntries().stream().map(Command::name).toList();
    }

    private void placeAll() {
        Map<String, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < UNITS.size(); i++) {
            positions.put(UNITS.get(i), new Point2D(10 * i, 0));
        }
        model.reset(UNITS, new GraphSnapshot(positions, Map.of()));
    }

    @Test
    void edits_haveReadableNames() {
        model.addNode(new Point2D(0, 0));
        model.addNode(new Point2D(5, 0));
        model.connect("b", "a");
        model.dragTo("a", new Point2D(1, 1));
        model.commitMove(Map.of("a", new Point2D(0, 0)));
        model.applyLayout(Map.of("a", new Point2D(2, 2), "b", new Point2D(3, 3)));
        model.delete(List.of("a"), List.of());
        model.replace(new GraphSnapshot(Map.of("c", Point2D.ZERO), Map.of()),
                "Import graph from edges.csv");

        assertEquals(List.of("Place unit a", "Place unit b", "Add edge a -- b", "Move 1 unit",
                "Lay out graph", "Delete 1 unit and 1 edge", "Import graph from edges.csv"),
                names());
    }

    @Test
    void undoAll_restoresEverySnapshotInReverse() {
        placeAll();
        List<GraphSnapshot> states = new ArrayList<>();
        states.add(model.snapshot());
        model.connect("a", "b");
        states.add(model.snapshot());
        model.connect("c", "d");
        states.add(model.snapshot());
        model.delete(List.of("b", "c"), List.of());
        states.add(model.snapshot());
        model.applyLayout(Map.of("a", new Point2D(7, 7), "d", new Point2D(8, 8)));
        states.add(model.snapshot());

        for (int i = states.size() - 2; i >= 0; i--) {
            commands.undo();
            assertEquals(states.get(i), model.snapshot(), "after undoing to state " + i);
        }
        for (int i = 1; i < states.size(); i++) {
            commands.redo();
            assertEquals(states.get(i), model.snapshot(), "after redoing to state " + i);
        }
    }

    @Test
    void edits_interleaveWithOtherEditors() {
        placeAll();
        List<String> other = new ArrayList<>();
        model.connect("a", "b");
        commands.execute(Command.of("Exclude donor Utah", () -> other.add("Utah"),
                () -> other.remove("Utah")));
        model.connect("c", "d");

        model.undo();
        assertEquals(List.of("Utah"), other);
        assertEquals(1, model.edges().size());
        model.undo();
        assertEquals(List.of(), other);
        assertEquals(1, model.edges().size());
    }

    @Test
    void reset_discardsOnlyGraphEntries() {
        placeAll();
        model.connect("a", "b");
        commands.execute(Command.of("Set seed to 2", () -> { }, () -> { }));
        model.connect("c", "d");

        model.reset(List.of("x", "y"), new GraphSnapshot(Map.of(), Map.of()));

        assertEquals(List.of("Set seed to 2"), names());
        assertTrue(commands.modifiedProperty().get());
        assertTrue(model.edges().isEmpty());
    }
}
