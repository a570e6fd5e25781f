package org.causalworkbench.app.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.geometry.Point2D;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes automatic layouts with JGraphT's drawing algorithms: a circle for small graphs and
 * the Fruchterman-Reingold force-directed layout otherwise, with a Barnes-Hut quadtree
 * ({@code IndexedFRLayoutAlgorithm2D}) for large graphs. Layouts are seeded,
 * so the same graph gets the same picture.
 *
 * <p>Pure computation on a copied snapshot, so it may run on a worker thread.
 */
final class GraphLayouts {

    /** Graphs up to this many placed units go on a circle. */
    static final int CIRCLE_MAX_NODES = 12;
    /** Above this many placed units the force-directed layout uses the quadtree. */
    static final int EXACT_FORCE_MAX_NODES = 1_000;
    /** Above this many placed units the editor runs the layout on a worker thread. */
    static final int BACKGROUND_MIN_NODES = 300;

    private static final long SEED = 20_240_601L;
    private static final int ITERATIONS = 100;
    /** Side of the layout square per square root of the node count, in canvas units. */
    private static final double SIDE_PER_ROOT_NODE = 110;
    /** Distance between neighbouring units placed in rows, in canvas units. */
    static final double ROW_SPACING = 180;

    private GraphLayouts() {
    }

    /**
     * Lays out the placed units of a snapshot. Each connected component gets the circle or the
     * force-directed layout in its own cell of a grid. Isolated units go in rows below them, in
     * table order, because the force-directed layout would push them all into the corners on
     * top of each other.
     *
     * @param snapshot the units and edges; positions are ignored apart from which units are placed
     * @param rowOf the unit-table row of each id, which orders the units for the seeded layout
     * @param aspect the width of the view divided by its height, so the layout fills the view
     * @return a position for every placed unit
     */
    static Map<String, Point2D> layout(GraphSnapshot snapshot, Map<String, Integer> rowOf,
            double aspect) {
        Comparator<String> tableOrder = Comparator.comparing(rowOf::get);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        snapshot.edges().keySet().stream()
                .flatMap(pair -> java.util.stream.Stream.of(pair.first(), pair.second()))
                .sorted(tableOrder)
                .forEach(graph::addVertex);
        snapshot.edges().keySet().forEach(pair -> graph.addEdge(pair.first(), pair.second()));
        List<String> isolated = snapshot.positions().keySet().stream()
                .filter(id -> !graph.containsVertex(id))
                .sorted(tableOrder)
                .toList();
        Map<String, Point2D> positions = new LinkedHashMap<>();
        if (graph.vertexSet().isEmpty()) {
            placeInRows(isolated, 0, 0, positions);
            return positions;
        }
        double stretch = Double.isFinite(aspect) && aspect > 0
                ? Math.sqrt(Math.min(Math.max(aspect, 0.25), 4)) : 1;
        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        double width;
        double bottom;
        if (components.size() == 1) {
            Box box = layoutConnected(graph, tableOrder, stretch, positions);
            width = box.width();
            bottom = box.height();
        } else {
            // One force layout over several components pushes them against the box edges, so
            // each component gets its own layout and a cell of a grid, in table order.
            components.sort(Comparator.comparing(set -> set.stream().min(tableOrder).get(),
                    tableOrder));
            List<Map<String, Point2D>> parts = new ArrayList<>();
            double cell = 0;
            for (Set<String> component : components) {
                Map<String, Point2D> part = new LinkedHashMap<>();
                Box box = layoutConnected(new AsSubgraph<>(graph, component), tableOrder, 1,
                        part);
                cell = Math.max(cell, Math.max(box.width(), box.height()));
                parts.add(part);
            }
            cell += ROW_SPACING;
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(parts.size()) * stretch));
            for (int index = 0; index < parts.size(); index++) {
                Point2D offset = new Point2D(index % columns * cell, index / columns * cell);
                parts.get(index).forEach((id, point) -> positions.put(id, point.add(offset)));
            }
            width = Math.min(columns, parts.size()) * cell - ROW_SPACING;
            bottom = ((parts.size() - 1) / columns + 1) * cell - ROW_SPACING;
        }
        placeInRows(isolated, width, bottom + ROW_SPACING, positions);
        return positions;
    }

    /** The extent of a layout that starts at (0, 0), in canvas units. */
    private record Box(double width, double height) {
    }

    /**
     * Lays out one connected graph with the circle or the force-directed layout, shifted so that
     * its smallest x and y are 0.
     */
    private static Box layoutConnected(Graph<String, DefaultEdge> graph,
            Comparator<String> tableOrder, double stretch, Map<String, Point2D> positions) {
        int count = graph.vertexSet().size();
        double side = SIDE_PER_ROOT_NODE * Math.sqrt(count);
        LayoutAlgorithm2D<String, DefaultEdge> algorithm;
        if (count <= CIRCLE_MAX_NODES) {
            side = Math.max(side, 60.0 * count / Math.PI);
            stretch = 1;
            algorithm = new CircularLayoutAlgorithm2D<>(side / 2, tableOrder);
        } else if (count <= EXACT_FORCE_MAX_NODES) {
            algorithm = new FRLayoutAlgorithm2D<>(ITERATIONS,
                    FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED));
        } else {
            algorithm = new IndexedFRLayoutAlgorithm2D<>(ITERATIONS,
                    IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                    FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED));
        }
        MapLayoutModel2D<String> model =
                new MapLayoutModel2D<>(Box2D.of(side * stretch, side / stretch));
        algorithm.layout(graph, model);
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, org.jgrapht.alg.drawing.model.Point2D> entry : model) {
            left = Math.min(left, entry.getValue().getX());
            top = Math.min(top, entry.getValue().getY());
        }
        double right = 0;
        double bottom = 0;
        for (Map.Entry<String, org.jgrapht.alg.drawing.model.Point2D> entry : model) {
            Point2D point = new Point2D(entry.getValue().getX() - left,
                    entry.getValue().getY() - top);
            positions.put(entry.getKey(), point);
            right = Math.max(right, point.getX());
            bottom = Math.max(bottom, point.getY());
        }
        return new Box(right, bottom);
    }

    /**
     * Places units in rows of the given width, or in a square grid when the width is 0.
     *
     * @param top the y of the first row, in canvas units
     */
    static void placeInRows(List<String> ids, double width, double top,
            Map<String, Point2D> positions) {
        int columns = width > 0 ? Math.max(1, (int) (width / ROW_SPACING) + 1)
                : Math.max(1, (int) Math.ceil(Math.sqrt(ids.size())));
        for (int index = 0; index < ids.size(); index++) {
            positions.put(ids.get(index), new Point2D(index % columns * ROW_SPACING,
                    top + index / columns * ROW_SPACING));
        }
    }

    /** Returns each unit's table row, for {@link #layout}. */
    static Map<String, Integer> rows(List<String> unitIds) {
        Map<String, Integer> rowOf = new HashMap<>(unitIds.size() * 2);
        for (int row = 0; row < unitIds.size(); row++) {
            rowOf.put(unitIds.get(row), row);
        }
        return rowOf;
    }
}
