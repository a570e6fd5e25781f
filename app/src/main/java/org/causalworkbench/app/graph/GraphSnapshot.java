package org.causalworkbench.app.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;

/**
 * The drawn state of an interference graph at one moment: the position of each unit on the
 * canvas and the undirected edges with their weights. A {@code null} weight marks an edge read or
 * drawn without a weight, which the estimators count as weight 1.
 *
 * @param positions the placed units and their canvas coordinates, in insertion order
 * @param edges the edges and their weights, in insertion order
 */
public record GraphSnapshot(Map<String, Point2D> positions, Map<NodePair, Double> edges) {

    /** Copies both maps, keeping their order, so later changes to the arguments do not leak in. */
    public GraphSnapshot {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
    }
}
