package org.causalworkbench.app.interference.teaching;

import org.causalworkbench.estimators.interference.simulate.GraphModel;

/**
 * The random graph generators of the teaching tab, each built from a node count and a target
 * mean degree so that one pair of sliders drives them all.
 */
public enum GraphGenerator {

    /** G(n, p) with p = degree / (n - 1). */
    ERDOS_RENYI("Erdos-Renyi G(n, p)"),
    /** A ring lattice of the even degree nearest the target, with 10% of edges rewired. */
    WATTS_STROGATZ("Watts-Strogatz small world"),
    /** Preferential attachment with degree / 2 edges per new node. */
    BARABASI_ALBERT("Barabasi-Albert preferential attachment"),
    /** A square lattice of about n nodes; every inner node has degree 4 whatever the target. */
    GRID("Square grid (degree 4)"),
    /** Cliques of degree + 1 nodes joined by sparse random edges, like households. */
    PLANTED_PARTITION("Planted partition (households)");

    /** Probability that a Watts-Strogatz edge is rewired. */
    static final double REWIRING = 0.1;
    /** Expected number of edges from one node to other groups in a planted partition. */
    static final double EDGES_ACROSS_GROUPS = 0.5;

    private final String label;

    GraphGenerator(String label) {
        this.label = label;
    }

    /**
     * Builds the graph model.
     *
     * @param nodes the number of nodes, at least 10
     * @param degree the target mean degree, at least 2 and below the node count
     * @return the model, whose node count may differ slightly from {@code nodes} for grids and
     *     planted partitions
     * @throws IllegalArgumentException if a size is out of range
     */
    public GraphModel model(int nodes, int degree) {
        if (nodes < 10 || degree < 2 || degree >= nodes) {
            throw new IllegalArgumentException("Invalid graph size of " + nodes + " nodes with"
                    + " mean degree " + degree + ": use 10 or more nodes and a degree from 2 to"
                    + " the node count minus 1.");
        }
        return switch (this) {
            case ERDOS_RENYI -> new GraphModel.ErdosRenyi(nodes, degree / (nodes - 1.0));
            case WATTS_STROGATZ -> new GraphModel.WattsStrogatz(nodes, 2 * Math.max(1, degree / 2),
                    REWIRING);
            case BARABASI_ALBERT -> {
                int edgesPerNode = Math.max(1, degree / 2);
                yield new GraphModel.BarabasiAlbert(edgesPerNode + 1, edgesPerNode, nodes);
            }
            case GRID -> {
                int side = (int) Math.max(2, Math.round(Math.sqrt(nodes)));
                yield new GraphModel.Grid(side, side);
            }
            case PLANTED_PARTITION -> {
                int groupSize = degree + 1;
                int groups = Math.max(2, nodes / groupSize);
                double across = Math.min(1, EDGES_ACROSS_GROUPS / nodes);
                yield new GraphModel.PlantedPartition(groups, groupSize, 1, across);
            }
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
