package org.causalworkbench.estimators.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.causalworkbench.estimators.data.DataFormatException;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * An undirected interference graph whose nodes are the units of a unit table. Node ids are the
 * values of the table's id column, and each id maps to the unit's row.
 *
 * <p>The graph is simple: no self-loops and at most one edge per pair of units. Edge weights are
 * finite numbers, and an unweighted graph gives every edge the weight 1.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable once built and may be shared.
 */
public final class InterferenceGraph {

    /** The weight of an edge read without a weight. */
    public static final double DEFAULT_WEIGHT = 1.0;

    private final List<String> unitIds;
    private final Map<String, Integer> rowById;
    private final Graph<String, DefaultWeightedEdge> graph;
    private final boolean weighted;

    private InterferenceGraph(List<String> unitIds, Map<String, Integer> rowById,
            Graph<String, DefaultWeightedEdge> graph, boolean weighted) {
        this.unitIds = unitIds;
        this.rowById = rowById;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.weighted = weighted;
    }

    /**
     * Starts a graph over the given units, with no edges yet.
     *
     * @param unitIds the node ids in unit-table row order
     * @return a builder that validates each edge as it is added
     * @throws IllegalArgumentException if an id is blank or occurs twice
     */
    public static Builder builder(List<String> unitIds) {
        return new Builder(unitIds);
    }

    /** Returns the number of units, which is the number of nodes. */
    public int unitCount() {
        return unitIds.size();
    }

    /** Returns the number of edges. */
    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** Returns the node ids in unit-table row order. */
    public List<String> unitIds() {
        return unitIds;
    }

    /** Returns the node id of a unit-table row. */
    public String unitId(int row) {
        return unitIds.get(row);
    }

    /** Returns the unit-table row of a node id, or empty when the id is not a unit. */
    public OptionalInt rowOf(String unitId) {
        Integer row = rowById.get(unitId);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** Returns whether any edge was read with an explicit weight. */
    public boolean isWeighted() {
        return weighted;
    }

    /** Returns the weight of the edge between two units, or empty when they are not adjacent. */
    public OptionalDouble weight(String first, String second) {
        DefaultWeightedEdge edge = graph.getEdge(first, second);
        return edge == null ? OptionalDouble.empty() : OptionalDouble.of(graph.getEdgeWeight(edge));
    }

    /**
     * Returns the neighbours of a unit, in no fixed order.
     *
     * @throws IllegalArgumentException if the id is not a unit
     */
    public List<String> neighbours(String unitId) {
        return Graphs.neighborListOf(graph, unitId);
    }

    /** Returns the units without any edge, in unit-table row order. */
    public List<String> isolatedUnits() {
        List<String> isolated = new ArrayList<>();
        for (String id : unitIds) {
            if (graph.degreeOf(id) == 0) {
                isolated.add(id);
            }
        }
        return isolated;
    }

    /** Returns a read-only JGraphT view, for algorithms and export. */
    public Graph<String, DefaultWeightedEdge> asGraph() {
        return graph;
    }

    /** Collects validated edges for one {@link InterferenceGraph}. */
    public static final class Builder {
        private final List<String> unitIds;
        private final Map<String, Integer> rowById = new HashMap<>();
        private final Graph<String, DefaultWeightedEdge> graph =
                new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        private boolean weighted;
        private boolean built;

        private Builder(List<String> ids) {
            this.unitIds = Collections.unmodifiableList(new ArrayList<>(ids));
            for (int row = 0; row < unitIds.size(); row++) {
                String id = unitIds.get(row);
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("Unit id in row " + (row + 1)
                            + " is blank; every unit needs an id.");
                }
                Integer previous = rowById.put(id, row);
                if (previous != null) {
                    throw new IllegalArgumentException("Unit id '" + UnitIds.shown(id)
                            + "' occurs in rows " + (previous + 1) + " and " + (row + 1)
                            + "; ids must be unique.");
                }
                graph.addVertex(id);
            }
        }

        /**
         * Adds an undirected edge.
         *
         * @param source one end, a unit id
         * @param target the other end, a unit id
         * @param weight a finite weight, or {@code null} for an unweighted edge (weight 1)
         * @param location where the edge was read, for messages, for example
         *     {@code edges.csv, line 4}
         * @return this builder
         * @throws IllegalStateException if {@link #build()} was already called
         * @throws DataFormatException if an end is not a unit, the edge is a self-loop, the pair
         *     already has an edge, or the weight is not finite
         */
        public Builder addEdge(String source, String target, Double weight, String location) {
            requireNotBuilt();
            requireUnit(source, location);
            requireUnit(target, location);
            if (source.equals(target)) {
                throw new DataFormatException(location + ": self-loop on unit '"
                        + UnitIds.shown(source) + "'; a unit cannot interfere with itself, so"
                        + " remove this edge.");
            }
            if (graph.containsEdge(source, target)) {
                throw new DataFormatException(location + ": duplicate edge between '"
                        + UnitIds.shown(source) + "' and '" + UnitIds.shown(target)
                        + "' (edges are undirected); keep one of them.");
            }
            if (weight != null && !Double.isFinite(weight)) {
                throw new DataFormatException(location + ": weight " + weight + " of edge '"
                        + UnitIds.shown(source) + "' -- '" + UnitIds.shown(target)
                        + "' is not a finite number.");
            }
            if (weight != null && !(weight > 0)) {
                throw new DataFormatException(location + ": weight " + weight + " of edge '"
                        + UnitIds.shown(source) + "' -- '" + UnitIds.shown(target)
                        + "' is not positive; give a weight above 0, or leave the pair out for"
                        + " no edge.");
            }
            DefaultWeightedEdge edge = graph.addEdge(source, target);
            graph.setEdgeWeight(edge, weight == null ? DEFAULT_WEIGHT : weight);
            weighted |= weight != null;
            return this;
        }

        /** Returns whether the two units already share an edge. */
        public boolean hasEdge(String source, String target) {
            return graph.containsVertex(source) && graph.containsVertex(target)
                    && graph.containsEdge(source, target);
        }

        /**
         * Builds the graph.
         *
         * @throws IllegalStateException if called twice, because the graph shares its storage
         */
        public InterferenceGraph build() {
            requireNotBuilt();
            built = true;
            return new InterferenceGraph(unitIds, Map.copyOf(rowById), graph, weighted);
        }

        private void requireNotBuilt() {
            if (built) {
                throw new IllegalStateException("The graph is already built; start a new builder"
                        + " to change it.");
            }
        }

        private void requireUnit(String id, String location) {
            if (!rowById.containsKey(id)) {
                throw new DataFormatException(location + ": unknown node id '" + UnitIds.shown(id)
                        + "', which is not in the unit table; check the id column or the edge.");
            }
        }
    }
}
