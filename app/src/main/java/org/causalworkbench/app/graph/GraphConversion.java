package org.causalworkbench.app.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Point2D;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/** Converts between the editor's {@link GraphModel} and the estimators' graph. */
final class GraphConversion {

    private GraphConversion() {
    }

    /**
     * Builds the estimators' graph: every unit of the table is a node, placed or not, and each
     * drawn edge keeps its weight. An edge without a weight stays unweighted (weight 1).
     */
    static InterferenceGraph toInterferenceGraph(GraphModel model) {
        InterferenceGraph.Builder builder = InterferenceGraph.builder(model.unitIds());
        model.edges().forEach((pair, weight) ->
                builder.addEdge(pair.first(), pair.second(), weight, "graph editor"));
        return builder.build();
    }

    /**
     * Places every unit of a graph, isolated ones too, at the positions the layout gives.
     *
     * @param layout returns the position of each unit id
     */
    static GraphSnapshot toSnapshot(InterferenceGraph graph, Function<String, Point2D> layout) {
        Map<String, Point2D> positions = new LinkedHashMap<>();
        for (String id : graph.unitIds()) {
            positions.put(id, layout.apply(id));
        }
        Graph<String, DefaultWeightedEdge> view = graph.asGraph();
        Map<NodePair, Double> edges = new LinkedHashMap<>();
        for (DefaultWeightedEdge edge : view.edgeSet()) {
            NodePair pair = NodePair.of(view.getEdgeSource(edge), view.getEdgeTarget(edge));
            edges.put(pair, graph.isWeighted() ? view.getEdgeWeight(edge) : null);
        }
        return new GraphSnapshot(positions, edges);
    }
}
