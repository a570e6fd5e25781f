package org.causalworkbench.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Generates the shipped graph sample: a unit table {@code graph-units.csv} and the edge list
 * {@code graph-edges.csv} of ten small-world villages over the same units, with interference
 * along the edges and a known true average causal effect (TACE) of exactly 2.
 *
 * <h2>Layout</h2>
 *
 * <p>The unit table's header is {@code id,area,x,treated,y}, one row per unit, ids {@code U001}
 * to {@code U300} in order, areas {@code A01} to {@code A10} (the villages below). The edge list's header is {@code source,target}, one undirected edge per
 * line with the smaller id first, sorted. {@code y} is rounded half-even to 4 decimals, and lines
 * end with {@code \n}. The area column lets the table open with a group column too, but the
 * interference runs along the graph's edges, so area cliques are a misspecified structure.
 *
 * <h2>Model</h2>
 *
 * <p>The 300 units live in 10 villages of 30, and no edge joins two villages, so the block
 * bootstrap has 10 blocks. Each village is a Watts-Strogatz small world (Watts and Strogatz,
 * 1998, Nature 393): 30 units on a ring, each joined to its 4 nearest neighbours, then each edge
 * rewired with probability 0.1. A village shift U_a raises the treatment probability of its
 * units. Each unit i then draws
 *
 * <pre>
 *   U_a ~ Uniform{0, 0.25, 0.5}                        (per village)
 *   X_i ~ Uniform{0, 1}
 *   T_i ~ Bernoulli(0.1 + 0.2 X_i + U_a)               (so P(T = 1) lies in [0.1, 0.8])
 *   I_i = sum_{j in N(i)} T_j / |N(i)|                 (fraction of the neighbours treated)
 *   Y_i = 2 T_i + X_i + 3 I_i + e_i,   e_i ~ N(0, 1)
 * </pre>
 *
 * <p>The outcome is additive in {@code f(T, X) = 2T + X} and {@code g(I) = 3I}, so the TACE is
 * exactly 2. Because neighbours share a village, treated units tend to have more treated neighbours,
 * so the naive difference is biased upwards and adjusting for the neighbour fraction removes the
 * bias. The generator checks that no unit is isolated, so no fraction is 0/0.
 *
 * <h2>Random numbers</h2>
 *
 * <p>JGraphT 1.5.2's {@link WattsStrogatzGraphGenerator} draws the rewiring of village v (from
 * 0) from its own {@code Random} seeded with {@link #SEED} + 1 + v. Another JGraphT version may
 * rewire differently, and the regeneration test then fails. One {@link Random} with seed
 * {@link #SEED} draws, in order: U_a per village ({@code nextInt(3)}), then per unit X_i ({@code nextInt(2)}) and the
 * treatment uniform ({@code nextDouble()}), then per unit the noise ({@code nextGaussian()}).
 *
 * <h2>Regenerating the resources</h2>
 *
 * <pre>
 *   mvn -q -pl sample-data dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt compile
 *   java -cp sample-data/target/classes:$(cat /tmp/cp.txt) \
 *       org.causalworkbench.sample.GraphSampleGenerator \
 *       sample-data/src/main/resources/org/causalworkbench/sample
 * </pre>
 */
public final class GraphSampleGenerator {

    /** Seed of the unit draws; village v's graph uses this seed plus 1 + v. */
    public static final long SEED = 20_261_205L;

    /** Number of units. */
    public static final int UNIT_COUNT = 300;

    /** Number of ring neighbours of every unit before rewiring. */
    public static final int RING_DEGREE = 4;

    /** Probability that an edge is rewired. */
    public static final double REWIRING_PROBABILITY = 0.1;

    /** Number of units per village. */
    public static final int VILLAGE_SIZE = 30;

    /** True average causal effect of the treatment with interference removed. */
    public static final double TRUE_EFFECT = 2.0;

    /** Coefficient of the neighbour fraction I in the outcome. */
    static final double INTERFERENCE_COEFFICIENT = 3.0;

    static final String UNITS_FILE = "graph-units.csv";
    static final String EDGES_FILE = "graph-edges.csv";
    static final String ID_COLUMN = "id";
    static final String AREA_COLUMN = "area";
    static final String COVARIATE_COLUMN = "x";
    static final String TREATMENT_COLUMN = "treated";
    static final String OUTCOME_COLUMN = "y";

    private static final int OUTCOME_DECIMALS = 4;

    private GraphSampleGenerator() {
    }

    /**
     * One generated unit, before rounding.
     *
     * @param id the unit id
     * @param covariate X
     * @param treated T, 0 or 1
     * @param signature I, the fraction of the neighbours treated
     * @param outcome Y
     */
    record Unit(String id, int covariate, int treated, double signature, double outcome) {
    }

    /** The generated units and edges. */
    record Sample(List<Unit> units, List<String[]> edges) {
    }

    /**
     * Generates the units and edges, identical on every call.
     *
     * @throws IllegalStateException if a unit is isolated, which the parameters rule out
     */
    static Sample generate() {
        // One integer supplier numbers the villages' units consecutively, 30 per village.
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        for (int village = 0; village < UNIT_COUNT / VILLAGE_SIZE; village++) {
            new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(VILLAGE_SIZE, RING_DEGREE,
                    REWIRING_PROBABILITY, SEED + 1 + village).generateGraph(graph);
        }

        Random random = new Random(SEED);
        double[] shift = new double[UNIT_COUNT / VILLAGE_SIZE];
        for (int a = 0; a < shift.length; a++) {
            shift[a] = 0.25 * random.nextInt(3);
        }
        int[] x = new int[UNIT_COUNT];
        int[] t = new int[UNIT_COUNT];
        for (int i = 0; i < UNIT_COUNT; i++) {
            x[i] = random.nextInt(2);
            double probability = 0.1 + 0.2 * x[i] + shift[i / VILLAGE_SIZE];
            t[i] = random.nextDouble() < probability ? 1 : 0;
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < UNIT_COUNT; i++) {
            List<Integer> neighbours = Graphs.neighborListOf(graph, i);
            if (neighbours.isEmpty()) {
                throw new IllegalStateException("Unit " + unitId(i) + " is isolated; change the"
                        + " seed or the ring degree.");
            }
            double treated = neighbours.stream().mapToInt(j -> t[j]).sum();
            double signature = treated / neighbours.size();
            double outcome = TRUE_EFFECT * t[i] + x[i] + INTERFERENCE_COEFFICIENT * signature
                    + random.nextGaussian();
            units.add(new Unit(unitId(i), x[i], t[i], signature, outcome));
        }
        List<String[]> edges = new ArrayList<>();
        for (DefaultEdge edge : graph.edgeSet()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            edges.add(new String[] {unitId(Math.min(a, b)), unitId(Math.max(a, b))});
        }
        edges.sort((p, q) -> p[0].equals(q[0]) ? p[1].compareTo(q[1]) : p[0].compareTo(q[0]));
        return new Sample(units, edges);
    }

    /** Returns {@code U001} for unit 0. */
    static String unitId(int index) {
        return String.format(Locale.ROOT, "U%03d", index + 1);
    }

    /** Returns {@code A01} for village 0. */
    static String areaName(int village) {
        return String.format(Locale.ROOT, "A%02d", village + 1);
    }

    /** Generates the unit table as CSV text, identical on every call. */
    public static String generateUnitsCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", ID_COLUMN, AREA_COLUMN,
                COVARIATE_COLUMN,
                TREATMENT_COLUMN, OUTCOME_COLUMN)).append('\n');
        for (Unit unit : generate().units()) {
            int index = Integer.parseInt(unit.id().substring(1)) - 1;
            csv.append(unit.id()).append(',').append(areaName(index / VILLAGE_SIZE)).append(',')
                    .append(unit.covariate()).append(',')
                    .append(unit.treated()).append(',')
                    .append(new BigDecimal(unit.outcome())
                            .setScale(OUTCOME_DECIMALS, RoundingMode.HALF_EVEN).toPlainString())
                    .append('\n');
        }
        return csv.toString();
    }

    /** Generates the edge list as CSV text, identical on every call. */
    public static String generateEdgesCsv() {
        StringBuilder csv = new StringBuilder("source,target\n");
        for (String[] edge : generate().edges()) {
            csv.append(edge[0]).append(',').append(edge[1]).append('\n');
        }
        return csv.toString();
    }

    /**
     * Writes both files into the folder named by the single argument, replacing existing files.
     * Exits with status 2 on a wrong argument count and 1 if a file cannot be written.
     *
     * @param args the output folder
     */
    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("Usage: java -cp CLASSPATH " + GraphSampleGenerator.class.getName()
                    + " OUTPUT_FOLDER");
            System.err.println("Writes " + UNITS_FILE + " and " + EDGES_FILE + " into"
                    + " OUTPUT_FOLDER, replacing the files if they exist.");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        try {
            Files.writeString(folder.resolve(UNITS_FILE), generateUnitsCsv(),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(EDGES_FILE), generateEdgesCsv(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Failed to write into " + folder.toAbsolutePath() + ": " + e);
            System.exit(1);
        }
        System.out.println("Wrote " + UNITS_FILE + " and " + EDGES_FILE + " into "
                + folder.toAbsolutePath());
    }
}
