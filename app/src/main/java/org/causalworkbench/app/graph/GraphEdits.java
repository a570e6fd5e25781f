package org.causalworkbench.app.graph;

import java.util.Map;
import javafx.geometry.Point2D;

/** The edits that {@link GraphModel} records: each is one undo step. */
final class GraphEdits {

    private GraphEdits() {
    }

    /** Returns "1 unit" or "n units". */
    static String units(int count) {
        return count(count, "unit");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Places a unit on the canvas. */
    record AddNode(String id, Point2D position) implements GraphEdit {
        @Override
        public void apply(GraphModel model) {
            model.putNode(id, position);
        }

        @Override
        public void revert(GraphModel model) {
            model.removeNode(id);
        }

        @Override
        public String description() {
            return "Place unit " + id;
        }
    }

    /** Adds one undirected edge. */
    record AddEdge(NodePair pair, Double weight) implements GraphEdit {
        @Override
        public void apply(GraphModel model) {
            model.putEdge(pair, weight);
        }

        @Override
        public void revert(GraphModel model) {
            model.removeEdge(pair);
        }

        @Override
        public String description() {
            return "Add edge " + pair.first() + " -- " + pair.second();
        }
    }

    /**
     * Removes units with all their edges, and further edges. The maps hold what was removed, so
     * undo puts it back with the same positions and weights.
     */
    record Delete(Map<String, Point2D> nodes, Map<NodePair, Double> edges) implements GraphEdit {
        @Override
        public void apply(GraphModel model) {
            edges.keySet().forEach(model::removeEdge);
            nodes.keySet().forEach(model::removeNode);
        }

        @Override
        public void revert(GraphModel model) {
            nodes.forEach(model::putNode);
            edges.forEach(model::putEdge);
        }

        @Override
        public String description() {
            if (nodes.isEmpty()) {
                return "Delete " + count(edges.size(), "edge");
            }
            return "Delete " + units(nodes.size())
                    + (edges.isEmpty() ? "" : " and " + count(edges.size(), "edge"));
        }
    }

    /** Moves units, as one drag or one automatic layout. */
    record Move(Map<String, Point2D> from, Map<String, Point2D> to, String description)
            implements GraphEdit {
        @Override
        public void apply(GraphModel model) {
            to.forEach(model::setPosition);
        }

        @Override
        public void revert(GraphModel model) {
            from.forEach(model::setPosition);
        }
    }

    /** Replaces the whole drawn graph, as one import. */
    record Replace(GraphSnapshot before, GraphSnapshot after, String description)
            implements GraphEdit {
        @Override
        public void apply(GraphModel model) {
            model.restore(after);
        }

        @Override
        public void revert(GraphModel model) {
            model.restore(before);
        }
    }
}
