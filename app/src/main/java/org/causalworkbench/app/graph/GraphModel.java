package org.causalworkbench.app.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Point2D;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;

/**
 * The editable interference graph behind the graph editor, kept apart from its view. The units
 * come from the unit table and never change here. A unit is either placed on the canvas, with a
 * position, or not placed. Edges join placed units only, so a unit that is not placed is
 * isolated.
 *
 * <p>Every public change is one named entry on a {@link CommandStack}, which the window may
 * share with other editors, so {@link #undo()} reverts the newest entry of any editor. Listeners
 * hear whether the structure (units or edges) or only positions changed, so the view can skip
 * recomputing statistics while a unit is dragged.
 *
 * <p>Not thread-safe: use it from the JavaFX thread only.
 */
public final class GraphModel {

    /** The kind of a change: structure, or positions only. */
    public enum Change {
        /** Units were placed or removed, or edges changed. */
        STRUCTURE,
        /** Only positions changed. */
        POSITIONS
    }

    private List<String> unitIds;
    private Set<String> units;
    private final Map<String, Point2D> positions = new LinkedHashMap<>();
    private final Map<NodePair, Double> edges = new LinkedHashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final CommandStack commands;
    private final List<Consumer<Change>> listeners = new ArrayList<>();
    private boolean structureChanged;
    private boolean positionsChanged;

    /**
     * Creates a model over the units of a unit table, none placed yet, with a history of its
     * own.
     *
     * @param unitIds the unit ids in table row order
     * @throws IllegalArgumentException if an id is blank or occurs twice
     */
    public GraphModel(List<String> unitIds) {
        this(unitIds, new CommandStack());
    }

    /**
     * Creates a model over the units of a unit table, none placed yet, that records its edits
     * on a shared stack.
     *
     * @param unitIds the unit ids in table row order
     * @param commands the stack of the window
     * @throws IllegalArgumentException if an id is blank or occurs twice
     */
    public GraphModel(List<String> unitIds, CommandStack commands) {
        this.commands = commands;
        setUnits(unitIds);
    }

    /** Returns the stack this model records its edits on. */
    public CommandStack commands() {
        return commands;
    }

    /** Returns the unit ids in table row order. */
    public List<String> unitIds() {
        return unitIds;
    }

    /** Returns the placed units and their positions, in placing order; a read-only view. */
    public Map<String, Point2D> positions() {
        return Collections.unmodifiableMap(positions);
    }

    /** Returns the edges and their weights ({@code null} for unweighted); a read-only view. */
    public Map<NodePair, Double> edges() {
        return Collections.unmodifiableMap(edges);
    }

    /** Returns the number of edges at a unit; 0 for a unit that is not placed. */
    public int degree(String id) {
        Set<String> adjacent = neighbours.get(id);
        return adjacent == null ? 0 : adjacent.size();
    }

    /** Copies the drawn state. */
    public GraphSnapshot snapshot() {
        return new GraphSnapshot(positions, edges);
    }

    /** Returns the first unit in table order that is not placed yet, if any. */
    public Optional<String> nextUnplacedUnit() {
        for (String id : unitIds) {
            if (!positions.containsKey(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Places the next unplaced unit of the unit table at a position, as one step.
     *
     * @return the id placed, or empty when every unit is already placed
     */
    public Optional<String> addNode(Point2D position) {
        Optional<String> id = nextUnplacedUnit();
        id.ifPresent(unit -> perform(new GraphEdits.AddNode(unit, position)));
        return id;
    }

    /**
     * Adds an unweighted edge between two placed units, as one step.
     *
     * @return empty when the edge was added, otherwise why it was not: a self-loop, a duplicate
     *     or an end that is not placed
     */
    public Optional<String> connect(String one, String other) {
        if (one.equals(other)) {
            return Optional.of("No edge added: a self-loop on unit '" + one + "' is not allowed,"
                    + " because a unit cannot interfere with itself.");
        }
        for (String id : List.of(one, other)) {
            if (!positions.containsKey(id)) {
                return Optional.of("No edge added: unit '" + id + "' is not on the canvas.");
            }
        }
        NodePair pair = NodePair.of(one, other);
        if (edges.containsKey(pair)) {
            return Optional.of("No edge added: units '" + one + "' and '" + other
                    + "' are already connected (edges are undirected).");
        }
        perform(new GraphEdits.AddEdge(pair, null));
        return Optional.empty();
    }

    /**
     * Removes units together with all their edges, and the given edges, as one step. Ids and
     * pairs that are not in the graph are skipped.
     *
     * @return whether anything was removed
     */
    public boolean delete(Collection<String> nodeIds, Collection<NodePair> edgePairs) {
        Map<String, Point2D> removedNodes = new LinkedHashMap<>();
        Map<NodePair, Double> removedEdges = new LinkedHashMap<>();
        for (String id : nodeIds) {
            Point2D at = positions.get(id);
            if (at != null) {
                removedNodes.put(id, at);
                for (String other : neighbours.getOrDefault(id, Set.of())) {
                    NodePair pair = NodePair.of(id, other);
                    removedEdges.put(pair, edges.get(pair));
                }
            }
        }
        for (NodePair pair : edgePairs) {
            if (edges.containsKey(pair)) {
                removedEdges.put(pair, edges.get(pair));
            }
        }
        if (removedNodes.isEmpty() && removedEdges.isEmpty()) {
            return false;
        }
        perform(new GraphEdits.Delete(removedNodes, removedEdges));
        return true;
    }

    /**
     * Moves a unit without recording a step, for live feedback while the user drags. Finish the
     * drag with {@link #commitMove}, which records the whole drag as one step.
     */
    public void dragTo(String id, Point2D position) {
        if (positions.containsKey(id)) {
            setPosition(id, position);
            fireChanges();
        }
    }

    /**
     * Records a finished drag as one step, from the positions where the drag started to the
     * current ones. A drag that moved nothing records no step.
     *
     * @param start the positions of the dragged units before the drag
     */
    public void commitMove(Map<String, Point2D> start) {
        Map<String, Point2D> from = new LinkedHashMap<>();
        Map<String, Point2D> to = new LinkedHashMap<>();
        start.forEach((id, before) -> {
            Point2D now = positions.get(id);
            if (now != null && !now.equals(before)) {
                from.put(id, before);
                to.put(id, now);
            }
        });
        if (!to.isEmpty()) {
            // The positions changed during the drag already, so applying the move sets them
            // to what they are. Its notification lets listeners see that the history changed.
            perform(new GraphEdits.Move(from, to, "Move " + GraphEdits.units(to.size())));
        }
    }

    /**
     * Moves placed units to new positions as one step, for an automatic layout. Positions of
     * units that are no longer placed are skipped.
     */
    public void applyLayout(Map<String, Point2D> layout) {
        Map<String, Point2D> from = new LinkedHashMap<>();
        Map<String, Point2D> to = new LinkedHashMap<>();
        layout.forEach((id, target) -> {
            Point2D now = positions.get(id);
            if (now != null) {
                from.put(id, now);
                to.put(id, target);
            }
        });
        if (!to.isEmpty()) {
            perform(new GraphEdits.Move(from, to, "Lay out graph"));
        }
    }

    /**
     * Replaces the drawn graph as one step, for an import.
     *
     * @param description the entry's name, such as "Import graph from edges.csv"
     * @throws IllegalArgumentException if the snapshot names an id that is not a unit
     */
    public void replace(GraphSnapshot replacement, String description) {
        requireUnits(replacement);
        perform(new GraphEdits.Replace(snapshot(), replacement, description));
    }

    /**
     * Switches to another unit table and drawn graph, and discards this model's entries from
     * the stack, because they refer to other units. Entries of other editors stay.
     *
     * @throws IllegalArgumentException if an id is blank or repeated, or the snapshot names an
     *     id that is not a unit
     */
    public void reset(List<String> newUnitIds, GraphSnapshot replacement) {
        setUnits(newUnitIds);
        requireUnits(replacement);
        restore(replacement);
        commands.discard(command -> command instanceof Step step && step.model() == this);
        fireChanges();
    }

    /** Undoes the newest entry of the stack, if any, which may belong to another editor. */
    public void undo() {
        commands.undo();
    }

    /** Redoes the last undone entry of the stack, if any. */
    public void redo() {
        commands.redo();
    }

    /** Returns whether the stack has an entry to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return commands.canUndoProperty();
    }

    /** Returns whether the stack has an entry to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return commands.canRedoProperty();
    }

    /** Returns the name of the entry that undo would revert, or empty. */
    public Optional<String> undoDescription() {
        return commands.undoDescription();
    }

    /** Returns the name of the entry that redo would apply, or empty. */
    public Optional<String> redoDescription() {
        return commands.redoDescription();
    }

    /** Registers a listener, called once after each change on the calling thread. */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    private void perform(GraphEdit edit) {
        commands.execute(new Step(this, edit));
    }

    /** One graph edit as an entry of the stack; each direction notifies the listeners once. */
    private record Step(GraphModel model, GraphEdit edit) implements Command {
        @Override
        public String name() {
            return edit.description();
        }

        @Override
        public void apply() {
            edit.apply(model);
            model.fireChanges();
        }

        @Override
        public void revert() {
            edit.revert(model);
            model.fireChanges();
        }
    }

    private void fireChanges() {
        Change change = structureChanged ? Change.STRUCTURE : Change.POSITIONS;
        boolean any = structureChanged || positionsChanged;
        structureChanged = false;
        positionsChanged = false;
        if (any) {
            listeners.forEach(listener -> listener.accept(change));
        }
    }

    private void setUnits(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < ids.size(); row++) {
            String id = ids.get(row);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("Unit id in row " + (row + 1)
                        + " is blank; every unit needs an id.");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Unit id '" + id + "' occurs twice (again in"
                        + " row " + (row + 1) + "); unit ids must be unique.");
            }
        }
        unitIds = List.copyOf(ids);
        units = Set.copyOf(seen);
    }

    private void requireUnits(GraphSnapshot snapshot) {
        for (String id : snapshot.positions().keySet()) {
            if (!units.contains(id)) {
                throw new IllegalArgumentException("Unknown node id '" + id + "', which is not"
                        + " in the unit table; check the id column.");
            }
        }
        for (NodePair pair : snapshot.edges().keySet()) {
            if (!snapshot.positions().containsKey(pair.first())
                    || !snapshot.positions().containsKey(pair.second())) {
                throw new IllegalArgumentException("Edge " + pair.first() + " -- "
                        + pair.second() + " has an end without a position; place both units.");
            }
        }
    }

    // Primitive changes, used by the edits in GraphEdits. They do not notify listeners, so an
    // edit that makes many of them causes one notification.

    void putNode(String id, Point2D position) {
        positions.put(id, position);
        structureChanged = true;
    }

    void removeNode(String id) {
        positions.remove(id);
        neighbours.remove(id);
        structureChanged = true;
    }

    void setPosition(String id, Point2D position) {
        positions.put(id, position);
        positionsChanged = true;
    }

    void putEdge(NodePair pair, Double weight) {
        edges.put(pair, weight);
        neighbours.computeIfAbsent(pair.first(), id -> new HashSet<>()).add(pair.second());
        neighbours.computeIfAbsent(pair.second(), id -> new HashSet<>()).add(pair.first());
        structureChanged = true;
    }

    void removeEdge(NodePair pair) {
        edges.remove(pair);
        Set<String> atFirst = neighbours.get(pair.first());
        if (atFirst != null) {
            atFirst.remove(pair.second());
        }
        Set<String> atSecond = neighbours.get(pair.second());
        if (atSecond != null) {
            atSecond.remove(pair.first());
        }
        structureChanged = true;
    }

    void restore(GraphSnapshot state) {
        positions.clear();
        edges.clear();
        neighbours.clear();
        state.positions().forEach(this::putNode);
        state.edges().forEach(this::putEdge);
        structureChanged = true;
    }
}
