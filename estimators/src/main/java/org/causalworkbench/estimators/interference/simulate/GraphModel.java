package org.causalworkbench.estimators.interference.simulate;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.GraphGenerator;
import org.jgrapht.generate.GridGraphGenerator;
import org.jgrapht.generate.PlantedPartitionGraphGenerator;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Random undirected graph model for {@link GraphSimulation}, built with the JGraphT 1.5.2
 * generators. Each record checks its parameters when it is created.
 */
public sealed interface GraphModel {

    /** Returns the number of nodes the model generates. */
    int nodeCount();

    /**
     * Returns the group of each node. Only a planted partition has groups, and the other models
     * give {@link SimulatedUnits#NO_GROUP} for every node.
     */
    default int[] groups() {
        return ToyExamples.noGroups(nodeCount());
    }

    /** Returns a short description such as "Erdos-Renyi G(n = 500, p = 0.02)". */
    String describe();

    /** Creates the JGraphT generator for a seeded random source. */
    GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random);

    /**
     * Generates the graph and returns each node's neighbours in ascending order.
     *
     * @param random the source of the graph's randomness
     * @return one neighbour list per node, nodes numbered from 0
     */
    default int[][] neighbours(Random random) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(
                SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        generator(random).generateGraph(graph);
        int[][] neighbours = new int[graph.vertexSet().size()][];
        for (int node = 0; node < neighbours.length; node++) {
            List<Integer> adjacent = Graphs.neighborListOf(graph, node);
            neighbours[node] = adjacent.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return neighbours;
    }

    /**
     * Erdos-Renyi graph G(n, p): each pair of nodes is joined with probability p.
     *
     * @param nodeCount n, at least 1
     * @param probability p in [0, 1]
     */
    record ErdosRenyi(int nodeCount, double probability) implements GraphModel {

        /** Checks the parameters. */
        public ErdosRenyi {
            checkNodes(nodeCount, 1);
            checkProbability("edge probability", probability);
        }

        @Override
        public String describe() {
            return "Erdos-Renyi G(n = " + nodeCount + ", p = " + probability + ")";
        }

        @Override
        public GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random) {
            return new GnpRandomGraphGenerator<>(nodeCount, probability, random, false);
        }
    }

    /**
     * Watts-Strogatz small world: a ring lattice where each node is joined to its k nearest
     * nodes, each edge rewired with probability beta.
     *
     * @param nodeCount n, at least 3 and more than k
     * @param nearest k, even, at least 2
     * @param rewiring beta in [0, 1]
     */
    record WattsStrogatz(int nodeCount, int nearest, double rewiring) implements GraphModel {

        /** Checks the parameters. */
        public WattsStrogatz {
            checkNodes(nodeCount, 3);
            if (nearest < 2 || nearest % 2 != 0 || nearest >= nodeCount) {
                throw new IllegalArgumentException("Invalid number of nearest neighbours "
                        + nearest + ": use an even number from 2 to " + (nodeCount - 1) + ".");
            }
            checkProbability("rewiring probability", rewiring);
        }

        @Override
        public String describe() {
            return "Watts-Strogatz (n = " + nodeCount + ", k = " + nearest + ", beta = "
                    + rewiring + ")";
        }

        @Override
        public GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random) {
            return new WattsStrogatzGraphGenerator<>(nodeCount, nearest, rewiring, false,
                    random);
        }
    }

    /**
     * Barabasi-Albert preferential attachment: a complete graph on m0 nodes, then each new
     * node attaches to m existing nodes.
     *
     * @param initialNodes m0, at least m
     * @param edgesPerNode m, at least 1
     * @param nodeCount n, at least m0
     */
    record BarabasiAlbert(int initialNodes, int edgesPerNode, int nodeCount)
            implements GraphModel {

        /** Checks the parameters. */
        public BarabasiAlbert {
            if (edgesPerNode < 1 || initialNodes < edgesPerNode || nodeCount < initialNodes) {
                throw new IllegalArgumentException("Invalid Barabasi-Albert sizes m0 = "
                        + initialNodes + ", m = " + edgesPerNode + ", n = " + nodeCount
                        + ": use 1 <= m <= m0 <= n.");
            }
        }

        @Override
        public String describe() {
            return "Barabasi-Albert (m0 = " + initialNodes + ", m = " + edgesPerNode + ", n = "
                    + nodeCount + ")";
        }

        @Override
        public GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random) {
            return new BarabasiAlbertGraphGenerator<>(initialNodes, edgesPerNode, nodeCount,
                    random);
        }
    }

    /**
     * Two-dimensional grid (lattice) of rows x columns nodes, each joined to its horizontal and
     * vertical neighbours. It has no randomness.
     *
     * @param rows at least 1
     * @param columns at least 1
     */
    record Grid(int rows, int columns) implements GraphModel {

        /** Checks the parameters. */
        public Grid {
            if (rows < 1 || columns < 1 || (long) rows * columns > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("Invalid grid size " + rows + " x " + columns
                        + ": use at least 1 row and 1 column.");
            }
        }

        @Override
        public int nodeCount() {
            return rows * columns;
        }

        @Override
        public String describe() {
            return "grid " + rows + " x " + columns;
        }

        @Override
        public GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random) {
            return new GridGraphGenerator<>(rows, columns);
        }
    }

    /**
     * Planted partition: l groups of k nodes, pairs inside a group joined with probability p
     * and pairs across groups with probability q. Node i belongs to group i / k.
     *
     * @param groupCount l, at least 1
     * @param groupSize k, at least 1
     * @param inside p in [0, 1]
     * @param across q in [0, 1]
     */
    record PlantedPartition(int groupCount, int groupSize, double inside, double across)
            implements GraphModel {

        /** Checks the parameters. */
        public PlantedPartition {
            if (groupCount < 1 || groupSize < 1
                    || (long) groupCount * groupSize > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("Invalid planted partition of " + groupCount
                        + " groups of " + groupSize + ": use at least 1 group of 1 node.");
            }
            checkProbability("inside-group probability", inside);
            checkProbability("across-group probability", across);
        }

        @Override
        public int nodeCount() {
            return groupCount * groupSize;
        }

        @Override
        public int[] groups() {
            int[] groups = new int[nodeCount()];
            Arrays.setAll(groups, i -> i / groupSize);
            return groups;
        }

        @Override
        public String describe() {
            return "planted partition (" + groupCount + " groups of " + groupSize + ", p = "
                    + inside + ", q = " + across + ")";
        }

        @Override
        public GraphGenerator<Integer, DefaultEdge, Integer> generator(Random random) {
            return new PlantedPartitionGraphGenerator<>(groupCount, groupSize, inside, across,
                    random, false);
        }
    }

    private static void checkNodes(int nodeCount, int minimum) {
        if (nodeCount < minimum || nodeCount > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("Invalid number of nodes " + nodeCount + ": use "
                    + minimum + " or more.");
        }
    }

    private static void checkProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("Invalid " + name + " " + value
                    + ": use a probability in [0, 1].");
        }
    }
}
