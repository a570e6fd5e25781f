package org.causalworkbench.app.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.causalworkbench.app.theme.Theme;
import org.causalworkbench.app.theme.ThemeSetting;

/**
 * Draws a {@link GraphModel} on one {@link Canvas}, so ten thousand units cost one scene-graph
 * node rather than one each. Changes schedule one redraw on the JavaFX thread, however many
 * arrive before it runs, and units outside the view are skipped. Unit ids are drawn as labels only when few units are in view, because
 * thousands of overlapping labels are unreadable and slow.
 *
 * <p>Canvas coordinates map to the screen by {@code screen = canvas * scale + translate}.
 * Units keep a fixed size on screen at every zoom.
 */
final class GraphCanvas extends Region {

    /** Radius of a drawn unit, in pixels. */
    static final double NODE_RADIUS = 7;
    /** Labels are drawn, where they do not overlap, when at most this many units are in view. */
    static final int LABEL_MAX_NODES = 400;
    /** Above this many edges in view, edges are drawn into an {@link EdgeRaster}. */
    static final int RASTER_MIN_EDGES = 2_000;
    /** Above this many units in view, only isolated and selected units get an outline. */
    static final int OUTLINE_MAX_NODES = 2_000;

    private static final double MIN_SCALE = 1e-3;
    private static final double MAX_SCALE = 8;
    private static final double FIT_MARGIN = 36;
    private static final double EDGE_HIT_PIXELS = 4;
    private static final Font LABEL_FONT = Font.font(11);

    private final GraphModel model;
    private final Canvas canvas = new Canvas();
    /** Kept as a field so the weak theme listener lives as long as the canvas. */
    private final ChangeListener<Theme> onThemeChange = (obs, old, now) -> {
        usePalette(now);
        requestRedraw();
    };
    private GraphPalette palette;
    private EdgeRaster raster;
    private final LabelPlacer labels = new LabelPlacer(LABEL_FONT);
    private final Set<String> selectedNodes = new LinkedHashSet<>();
    private final Set<NodePair> selectedEdges = new LinkedHashSet<>();
    private double scale = 1;
    private double translateX;
    private double translateY;
    private SpatialGrid grid;
    private boolean redrawPending;
    private boolean fitted;

    GraphCanvas(GraphModel model) {
        this.model = model;
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        setFocusTraversable(true);
        usePalette(ThemeSetting.current().get());
        ThemeSetting.current().addListener(new WeakChangeListener<>(onThemeChange));
        model.addListener(change -> {
            grid = null;
            if (change == GraphModel.Change.STRUCTURE) {
                selectedNodes.retainAll(model.positions().keySet());
                selectedEdges.retainAll(model.edges().keySet());
            }
            requestRedraw();
        });
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            if (!fitted) {
                fit();
            }
            redraw();
        }
    }

    private void usePalette(Theme theme) {
        palette = GraphPalette.of(theme);
        raster = new EdgeRaster(palette.edge());
    }

    /** Returns the palette the canvas draws with. */
    GraphPalette palette() {
        return palette;
    }

    /** Returns the selected units, in selection order; a live, modifiable set. */
    Set<String> selectedNodes() {
        return selectedNodes;
    }

    /** Returns the selected edges; a live, modifiable set. */
    Set<NodePair> selectedEdges() {
        return selectedEdges;
    }

    /** Replaces the selection and redraws. */
    void select(Collection<String> nodes, Collection<NodePair> edges) {
        selectedNodes.clear();
        selectedNodes.addAll(nodes);
        selectedEdges.clear();
        selectedEdges.addAll(edges);
        requestRedraw();
    }

    /** Returns the view's width divided by its height, 1.5 before the view has a size. */
    double aspect() {
        return getWidth() > 0 && getHeight() > 0 ? getWidth() / getHeight() : 1.5;
    }

    /** Returns the zoom factor, screen pixels per canvas unit. */
    double scale() {
        return scale;
    }

    /** Converts a point from screen pixels (relative to this region) to canvas units. */
    Point2D toCanvas(double screenX, double screenY) {
        return new Point2D((screenX - translateX) / scale, (screenY - translateY) / scale);
    }

    /** Converts a point from canvas units to screen pixels relative to this region. */
    Point2D toScreen(Point2D point) {
        return new Point2D(point.getX() * scale + translateX, point.getY() * scale + translateY);
    }

    /** Zooms by a factor, keeping the canvas point under the screen point in place. */
    void zoomAt(double screenX, double screenY, double factor) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point2D anchor = toCanvas(screenX, screenY);
        scale = next;
        translateX = screenX - anchor.getX() * scale;
        translateY = screenY - anchor.getY() * scale;
        requestRedraw();
    }

    /** Shifts the view by a screen distance. */
    void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        requestRedraw();
    }

    /** Zooms and pans so that every placed unit is in view, with a margin for labels. */
    void fit() {
        Map<String, Point2D> positions = model.positions();
        double width = getWidth();
        double height = getHeight();
        fitted = width > 0 && height > 0;
        if (!fitted) {
            return;
        }
        if (positions.isEmpty()) {
            scale = 1;
            translateX = width / 2;
            translateY = height / 2;
            requestRedraw();
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D point : positions.values()) {
            minX = Math.min(minX, point.getX());
            minY = Math.min(minY, point.getY());
            maxX = Math.max(maxX, point.getX());
            maxY = Math.max(maxY, point.getY());
        }
        double usableWidth = Math.max(width - 2 * FIT_MARGIN, 1);
        double usableHeight = Math.max(height - 2 * FIT_MARGIN, 1);

        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double fitted = Math.min(spanX > 0 ? usableWidth / spanX : MAX_SCALE,
                spanY > 0 ? usableHeight / spanY : MAX_SCALE);
        scale = Math.max(MIN_SCALE, Math.min(Math.min(fitted, 1.5), MAX_SCALE));
        translateX = width / 2 - (minX + maxX) / 2 * scale;
        translateY = height / 2 - (minY + maxY) / 2 * scale;
        requestRedraw();
    }

    /** Finds the unit drawn under a screen point, the nearest if several overlap. */
    Optional<String> nodeAt(double screenX, double screenY) {
        double radius = (NODE_RADIUS + 1) / scale;
        if (grid == null || grid.cellSize() < radius || grid.cellSize() > 8 * radius) {
            grid = new SpatialGrid(model.positions(), 2 * radius);
        }
        Point2D point = toCanvas(screenX, screenY);
        return grid.nearest(point.getX(), point.getY(), radius);
    }

    /**
     * Finds the edge drawn under a screen point.
     *
     * <p>NOTE: scans every edge, which the performance test measures at 7 to 13 ms for 30,000
     * edges. It runs once per click, not while the mouse moves.
     */
    Optional<NodePair> edgeAt(double screenX, double screenY) {
        Point2D point = toCanvas(screenX, screenY);
        double tolerance = EDGE_HIT_PIXELS / scale;
        double best = tolerance * tolerance;
        NodePair nearest = null;
        Map<String, Point2D> positions = model.positions();
        for (NodePair pair : model.edges().keySet()) {
            double distance = squaredDistanceToSegment(point, positions.get(pair.first()),
                    positions.get(pair.second()));
            if (distance <= best) {
                best = distance;
                nearest = pair;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Schedules one redraw for the next pulse, however many changes come before it. */
    void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(this::redraw);
        }
    }

    /** Draws the whole graph now. */
    void redraw() {
        redrawPending = false;
        GraphicsContext context = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        context.setFill(palette.background());
        context.fillRect(0, 0, width, height);
        drawEdges(context, width, height);
        drawNodes(context, width, height);
    }

    private void drawEdges(GraphicsContext context, double width, double height) {
        Map<String, Point2D> positions = model.positions();
        int visible = 0;
        for (NodePair pair : model.edges().keySet()) {
            if (inView(positions.get(pair.first()), positions.get(pair.second()), width,
                    height)) {
                visible++;
            }
        }
        if (visible > RASTER_MIN_EDGES) {
            raster.begin((int) width, (int) height);
            for (NodePair pair : model.edges().keySet()) {
                Point2D first = positions.get(pair.first());
                Point2D second = positions.get(pair.second());
                raster.line(first.getX() * scale + translateX, first.getY() * scale + translateY,
                        second.getX() * scale + translateX, second.getY() * scale + translateY);
            }
            context.drawImage(raster.finish(), 0, 0);
        } else {
            context.setLineWidth(1);
            context.setStroke(palette.edge());
            context.beginPath();
            for (NodePair pair : model.edges().keySet()) {
                if (!selectedEdges.contains(pair)) {
                    appendSegment(context, positions.get(pair.first()),
                            positions.get(pair.second()), width, height);
                }
            }
            context.stroke();
        }
        if (!selectedEdges.isEmpty()) {
            context.setLineWidth(3);
            context.setStroke(palette.selected());
            context.beginPath();
            for (NodePair pair : selectedEdges) {
                appendSegment(context, positions.get(pair.first()),
                        positions.get(pair.second()), width, height);
            }
            context.stroke();
        }
    }

    private boolean inView(Point2D first, Point2D second, double width, double height) {
        double x1 = first.getX() * scale + translateX;
        double y1 = first.getY() * scale + translateY;
        double x2 = second.getX() * scale + translateX;
        double y2 = second.getY() * scale + translateY;
        return !(Math.max(x1, x2) < 0 || Math.min(x1, x2) > width
                || Math.max(y1, y2) < 0 || Math.min(y1, y2) > height);
    }

    private void appendSegment(GraphicsContext context, Point2D first, Point2D second,
            double width, double height) {
        if (inView(first, second, width, height)) {
            context.moveTo(first.getX() * scale + translateX, first.getY() * scale + translateY);
            context.lineTo(second.getX() * scale + translateX,
                    second.getY() * scale + translateY);
        }
    }

    private void drawNodes(GraphicsContext context, double width, double height) {
        double margin = NODE_RADIUS + 2;
        List<String> visibleIds = new ArrayList<>();
        for (Map.Entry<String, Point2D> entry : model.positions().entrySet()) {
            double x = entry.getValue().getX() * scale + translateX;
            double y = entry.getValue().getY() * scale + translateY;
            if (x > -margin && x < width + margin && y > -margin && y < height + margin) {
                visibleIds.add(entry.getKey());
            }
        }
        boolean outlines = visibleIds.size() <= OUTLINE_MAX_NODES;
        double diameter = 2 * NODE_RADIUS;
        context.setLineWidth(1.5);
        labels.clear();
        for (String id : visibleIds) {
            Point2D at = toScreen(model.positions().get(id));
            boolean selected = selectedNodes.contains(id);
            boolean isolated = model.degree(id) == 0;
            Color outline = selected ? palette.selected() : palette.node();
            context.setFill(isolated ? palette.background() : outline);
            context.fillOval(at.getX() - NODE_RADIUS, at.getY() - NODE_RADIUS, diameter,
                    diameter);
            if (outlines || isolated || selected) {
                context.setStroke(outline);
                context.strokeOval(at.getX() - NODE_RADIUS, at.getY() - NODE_RADIUS, diameter,
                        diameter);
            }
            labels.block(at.getX() - NODE_RADIUS, at.getY() - NODE_RADIUS, diameter, diameter);
        }
        if (visibleIds.size() <= LABEL_MAX_NODES) {
            drawLabels(context, visibleIds);
        }
    }

    /** Draws the labels that fit, those of selected units first. */
    private void drawLabels(GraphicsContext context, List<String> visibleIds) {
        context.setFont(LABEL_FONT);
        context.setTextAlign(TextAlignment.LEFT);
        context.setTextBaseline(VPos.CENTER);
        context.setFill(palette.label());
        List<String> ordered = new ArrayList<>(selectedNodes);
        ordered.retainAll(visibleIds);
        for (String id : visibleIds) {
            if (!selectedNodes.contains(id)) {
                ordered.add(id);
            }
        }
        for (String id : ordered) {
            Point2D at = toScreen(model.positions().get(id));
            double left = at.getX() + NODE_RADIUS + 3;
            if (labels.tryPlace(id, left, at.getY())) {
                context.fillText(id, left, at.getY());
            }
        }
    }

    private static double squaredDistanceToSegment(Point2D point, Point2D start, Point2D end) {
        double dx = end.getX() - start.getX();
        double dy = end.getY() - start.getY();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((point.getX() - start.getX()) * dx
                + (point.getY() - start.getY()) * dy) / length;
        t = Math.max(0, Math.min(1, t));
        double nearestX = start.getX() + t * dx - point.getX();
        double nearestY = start.getY() + t * dy - point.getY();
        return nearestX * nearestX + nearestY * nearestY;
    }
}
