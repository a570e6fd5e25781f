package org.causalworkbench.app.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * the force-directed layout of Fruchterman and Reingold (1991, Software: Practice and
 * Experience 21(11)) otherwise, with a Barnes-Hut quadtree for large graphs. Layouts are seeded,
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

    private GraphLayouts() {
    }

    /**
     * Lays out the placed units of a snapshot.
     *
     * @param snapshot the units and edges; positions are ignored apart from which units are placed
     * @param rowOf the unit-table row of each id, which orders the units for the seeded layout
     * @return a position for every placed unit
     */
    static Map<String, Point2D> layout(GraphSnapshot snapshot, Map<String, Integer> rowOf) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        snapshot.positions().keySet().stream()
                .sorted(Comparator.comparing(rowOf::get))
                .forEach(graph::addVertex);
        snapshot.edges().keySet().forEach(pair -> graph.addEdge(pair.first(), pair.second()));
        int count = graph.vertexSet().size();
        if (count == 0) {
            return Map.of();
        }
        double side = SIDE_PER_ROOT_NODE * Math.sqrt(count);
        LayoutAlgorithm2D<String, DefaultEdge> algorithm;
        if (count <= CIRCLE_MAX_NODES) {
            side = Math.max(side, 60.0 * count / Math.PI);
            algorithm = new CircularLayoutAlgorithm2D<>(side / 2,
                    Comparator.comparing(rowOf::get));
        } else if (count <= EXACT_FORCE_MAX_NODES) {
            algorithm = new FRLayoutAlgorithm2D<>(ITERATIONS,
                    FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED));
        } else {
            algorithm = new IndexedFRLayoutAlgorithm2D<>(ITERATIONS,
                    IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                    FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED));
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        algorithm.layout(graph, model);
        Map<String, Point2D> positions = new LinkedHashMap<>();
        model.forEach(entry -> positions.put(entry.getKey(),
                new Point2D(entry.getValue().getX(), entry.getValue().getY())));
        return positions;
    }

    /** Returns each unit's table row, for {@link #layout}. */
    static Map<String, Integer> rows(java.util.List<String> unitIds) {
        Map<String, Integer> rowOf = new HashMap<>(unitIds.size() * 2);
        for (int row = 0; row < unitIds.size(); row++) {
            rowOf.put(unitIds.get(row), row);
        }
        return rowOf;
    }
}
