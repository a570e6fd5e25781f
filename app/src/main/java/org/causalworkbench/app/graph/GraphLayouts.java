package org.causalworkbench.app.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Point2D;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
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
     * Lays out the placed units of a snapshot. Units with edges get the circle or the
     * force-directed layout. Isolated units go in rows below them, in table order, because the
     * force-directed layout would push them all into the corners on top of each other.
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
        int count = graph.vertexSet().size();
        if (count > 0) {
            double side = SIDE_PER_ROOT_NODE * Math.sqrt(count);
            double stretch = Double.isFinite(aspect) && aspect > 0
                    ? Math.sqrt(Math.min(Math.max(aspect, 0.25), 4)) : 1;
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
            double boxWidth = side * stretch;
            double boxHeight = side / stretch;
            MapLayoutModel2D<String> model =
                    new MapLayoutModel2D<>(Box2D.of(boxWidth, boxHeight));
            algorithm.layout(graph, model);
            double bottom = 0;
            for (Map.Entry<String, org.jgrapht.alg.drawing.model.Point2D> entry : model) {
                positions.put(entry.getKey(),
                        new Point2D(entry.getValue().getX(), entry.getValue().getY()));
                bottom = Math.max(bottom, entry.getValue().getY());
            }
            placeInRows(isolated, boxWidth, bottom + ROW_SPACING, positions);
        } else {
            placeInRows(isolated, 0, 0, positions);
        }
        return positions;
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
