package org.causalworkbench.app.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.causalworkbench.app.shell.Shortcuts;

/**
 * Turns mouse and key events on a {@link GraphCanvas} into model edits, in the manner of
 * DAGitty. A click on empty space places a unit, and a click on one unit and then another
 * connects them. A drag moves a unit (or the selection it belongs to). A drag on empty space or
 * with the middle or secondary button pans, and the wheel zooms about the cursor. Delete or
 * Backspace removes the selection. A click on empty space while something is selected only clears the
 * selection. Shift-click adds a unit to the selection or removes it without connecting.
 */
final class GraphInteraction {

    /** A press that moves less than this many pixels before release counts as a click. */
    private static final double CLICK_SLOP = 4;
    /** Zoom factor per wheel pixel; one wheel notch of 40 pixels zooms by about 10 %. */
    private static final double ZOOM_PER_PIXEL = 1.0025;

    private final GraphModel model;
    private final GraphCanvas canvas;
    private final Consumer<String> status;
    private Point2D pressPoint;
    private Point2D lastPoint;
    private boolean dragging;
    private boolean panning;
    private String draggedNode;
    private Map<String, Point2D> dragStart = Map.of();

    /**
     * Attaches the handlers.
     *
     * @param status receives a message for the status line after each action
     */
    GraphInteraction(GraphModel model, GraphCanvas canvas, Consumer<String> status) {
        this.model = model;
        this.canvas = canvas;
        this.status = status;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Removes the selected units with their edges, and the selected edges, as one step. */
    void deleteSelection() {
        Set<String> nodes = canvas.selectedNodes();
        Set<NodePair> edges = canvas.selectedEdges();
        if (nodes.isEmpty() && edges.isEmpty()) {
            status.accept("Nothing selected: click a unit or an edge, then press Delete.");
            return;
        }
        int unitCount = nodes.size();
        int edgesBefore = model.edges().size();
        model.delete(List.copyOf(nodes), List.copyOf(edges));
        canvas.select(List.of(), List.of());
        int edgeCount = edgesBefore - model.edges().size();
        status.accept("Deleted " + unitCount + " units and " + edgeCount + " edges. Deleted"
                + " units stay in the unit table as isolated units.");
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        pressPoint = new Point2D(event.getX(), event.getY());
        lastPoint = pressPoint;
        dragging = false;
        draggedNode = null;
        panning = event.getButton() != MouseButton.PRIMARY;
        if (!panning) {
            Optional<String> hit = canvas.nodeAt(event.getX(), event.getY());
            if (hit.isPresent()) {
                draggedNode = hit.get();
                Set<String> moving = canvas.selectedNodes().contains(draggedNode)
                        ? canvas.selectedNodes() : Set.of(draggedNode);
                dragStart = new LinkedHashMap<>();
                moving.forEach(id -> dragStart.put(id, model.positions().get(id)));
            } else {
                panning = true;
            }
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (pressPoint == null) {
            return;
        }
        Point2D point = new Point2D(event.getX(), event.getY());
        if (!dragging && point.distance(pressPoint) >= CLICK_SLOP) {
            dragging = true;
        }
        if (dragging) {
            if (draggedNode != null) {
                double dx = (point.getX() - pressPoint.getX()) / canvas.scale();
                double dy = (point.getY() - pressPoint.getY()) / canvas.scale();
                dragStart.forEach((id, start) -> model.dragTo(id, start.add(dx, dy)));
            } else if (panning) {
                canvas.panBy(point.getX() - lastPoint.getX(), point.getY() - lastPoint.getY());
            }
        }
        lastPoint = point;
        event.consume();
    }

    private void released(MouseEvent event) {
        if (pressPoint == null) {
            return;
        }
        if (dragging && draggedNode != null) {
            model.commitMove(dragStart);
            status.accept("Moved " + dragStart.size()
                    + (dragStart.size() == 1 ? " unit." : " units."));
        } else if (!dragging && event.getButton() == MouseButton.PRIMARY) {
            click(event.getX(), event.getY(), event.isShiftDown());
        }
        pressPoint = null;
        draggedNode = null;
        dragStart = Map.of();
        event.consume();
    }

    private void click(double x, double y, boolean shift) {
        Optional<String> node = canvas.nodeAt(x, y);
        if (node.isPresent()) {
            clickNode(node.get(), shift);
            return;
        }
        Optional<NodePair> edge = canvas.edgeAt(x, y);
        if (edge.isPresent()) {
            canvas.select(List.of(), List.of(edge.get()));
            status.accept("Edge " + edge.get().first() + " -- " + edge.get().second()
                    + " selected; press Delete to remove it.");
            return;
        }
        if (!canvas.selectedNodes().isEmpty() || !canvas.selectedEdges().isEmpty()) {
            canvas.select(List.of(), List.of());
            status.accept("Selection cleared.");
            return;
        }
        Optional<String> placed = model.addNode(canvas.toCanvas(x, y));
        status.accept(placed.map(id -> "Placed unit " + id + ".")
                .orElse("Every unit of the unit table is already on the canvas; a new node"
                        + " needs a new row in the unit table."));
    }

    private void clickNode(String id, boolean shift) {
        Set<String> selected = canvas.selectedNodes();
        if (shift) {
            if (!selected.remove(id)) {
                selected.add(id);
            }
            canvas.select(List.copyOf(selected), List.of());
            status.accept(selected.size() + " units selected.");
        } else if (selected.size() == 1) {
            String from = selected.iterator().next();
            Optional<String> rejected = model.connect(from, id);
            canvas.select(List.of(), List.of());
            status.accept(rejected.orElse("Connected " + from + " -- " + id + "."));
        } else {
            canvas.select(List.of(id), List.of());
            status.accept("Unit " + id + " selected; click another unit to connect them.");
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            canvas.zoomAt(event.getX(), event.getY(), Math.pow(ZOOM_PER_PIXEL, event.getDeltaY()));
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (Shortcuts.get(Shortcuts.GRAPH_DELETE).matches(event)) {
            deleteSelection();
            event.consume();
        } else if (Shortcuts.get(Shortcuts.GRAPH_CLEAR_SELECTION).matches(event)) {
            canvas.select(List.of(), List.of());
            status.accept("Selection cleared.");
            event.consume();
        }
    }
}
