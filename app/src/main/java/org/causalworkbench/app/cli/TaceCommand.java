package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.NumericColumns;
import org.causalworkbench.estimators.graph.EdgeListReader;
import org.causalworkbench.estimators.graph.GraphFiles;
import org.causalworkbench.estimators.graph.GroupCliques;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.graph.UnitIds;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.WeightedEstimate;

/**
 * Estimates the true average causal effect under local interference from a unit table and a
 * graph or group column, beside the naive and covariate-only estimates, and writes JSON.
 *
 * <p><strong>Limitations.</strong> Propensities are estimated by exact cells or by binned
 * signature (no logistic regression yet), the
 * signatures offered are the group fraction, the neighbour fraction and the treated-neighbour
 * count, and there is no bootstrap interval yet. Options for the other choices are rejected with
 * a message rather than ignored.
 */
final class TaceCommand {

    static final String USAGE = "usage: causal-workbench tace --data FILE --id COL --treatment"
            + " COL --outcome COL [--covariates C1,C2] (--graph FILE | --groups COL) --signature"
            + " group-fraction|neighbour-fraction|count [--propensity cells|bins:K] [--trim EPS]"
            + " [--out FILE]";

    static final Set<String> VALUED = Set.of("--data", "--id", "--treatment", "--outcome",
            "--covariates", "--graph", "--groups", "--signature", "--propensity", "--trim",
            "--bootstrap", "--seed", "--out");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private TaceCommand() {
    }

    /**
     * Runs the estimate and formats it.
     *
     * @param options the parsed options
     * @return the JSON text
     */
    static String run(Options options) {
        rejectUnavailable(options);
        CsvTable units = CsvTable.read(Path.of(options.require("--data")));
        String idColumn = options.require("--id");
        List<String> ids = UnitIds.read(units, idColumn);
        int[] treatment = NumericColumns.binary(units, options.require("--treatment"),
                "treatment");
        double[] outcome = NumericColumns.vector(units, options.require("--outcome"),
                "outcome");
        List<String> cells = options.get("--covariates")
                .map(list -> covariateCells(units, Options.list(list))).orElse(null);
        if (options.get("--graph").isPresent() == options.get("--groups").isPresent()) {
            throw new IllegalArgumentException("give exactly one of --graph and --groups; "
                    + USAGE);
        }

        InterferenceGraph graph;
        List<String> groupLabels = null;
        if (options.get("--groups").isPresent()) {
            String groupColumn = options.get("--groups").get();
            graph = GroupCliques.build(units, idColumn, groupColumn).graph();
            int column = units.requireColumn(groupColumn, "group");
            groupLabels = new ArrayList<>();
            for (int row = 0; row < units.rowCount(); row++) {
                groupLabels.add(units.cell(row, column));
            }
        } else {
            graph = readGraph(Path.of(options.get("--graph").get()), ids);
        }
        int[][] neighbours = neighbours(graph);

        SignatureBuilder builder = SignatureBuilder.withDefaults();
        String kind = options.require("--signature");
        ExactFraction[] signature = switch (kind) {
            case "group-fraction" -> {
                if (groupLabels == null) {
                    throw new IllegalArgumentException("--signature group-fraction needs"
                            + " --groups; with --graph use neighbour-fraction or count");
                }
                yield builder.groupFraction(groupLabels, treatment);
            }
            case "neighbour-fraction" -> builder.adjacentFraction(neighbours, treatment);
            case "count" -> builder.treatedNeighbourCount(neighbours, treatment);
            default -> throw new IllegalArgumentException("--signature '" + kind + "' is not"
                    + " one of group-fraction, neighbour-fraction, count");
        };
        int bins = propensityBins(options);
        if (bins > 0) {
            if (kind.equals("count")) {
                throw new IllegalArgumentException("--propensity bins:K needs a signature in"
                        + " [0, 1]; use it with group-fraction or neighbour-fraction");
            }
            double[] values = new double[signature.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = signature[i] == null ? Double.NaN : signature[i].doubleValue();
            }
            signature = SignatureBuilder.binned(values, bins);
        }
        List<Signature> signatures = SignatureBuilder.combine(signature);

        TaceEstimator estimator = TaceEstimator.withDefaults();
        if (options.get("--trim").isPresent()) {
            estimator = estimator.withTrimming(Options.number("--trim",
                    options.get("--trim").get(), "give a bound such as 0.01"));
        }
        TaceResult result = estimator.estimate(treatment, outcome, cells, signatures);
        return json(result, DependencyInflation.fromNeighbours(neighbours), kind,
                treatment.length);
    }

    /** Returns K for {@code --propensity bins:K}, or 0 for exact cells. */
    private static int propensityBins(Options options) {
        String propensity = options.get("--propensity").orElse("cells");
        if (propensity.equals("cells")) {
            return 0;
        }
        if (propensity.startsWith("bins:")) {
            long bins = Options.integer("--propensity bins", propensity.substring(5));
            if (bins < 1 || bins > 1000) {
                throw new IllegalArgumentException("--propensity " + propensity + ": the number"
                        + " of bins must be between 1 and 1000");
            }
            return (int) bins;
        }
        throw new IllegalArgumentException("--propensity " + propensity + " is not available;"
                + " use cells or bins:K (logistic regression is not available yet)");
    }

    private static void rejectUnavailable(Options options) {
        if (options.get("--bootstrap").isPresent()) {
            throw new IllegalArgumentException("--bootstrap is not available yet; the estimate"
                    + " is reported without an interval");
        }
    }

    private static InterferenceGraph readGraph(Path file, List<String> ids) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString()
                .toLowerCase(Locale.ROOT);
        if (name.endsWith(".graphml")) {
            return GraphFiles.readGraphMl(file, ids);
        }
        if (name.endsWith(".gml")) {
            return GraphFiles.readGml(file, ids);
        }
        if (name.endsWith(".dot") || name.endsWith(".gv")) {
            return GraphFiles.readDot(file, ids);
        }
        if (name.endsWith(".csv")) {
            return EdgeListReader.read(CsvTable.read(file), ids);
        }
        throw new IllegalArgumentException("--graph " + file + ": unknown format; use an edge"
                + " list .csv, .graphml, .gml or .dot file");
    }

    private static int[][] neighbours(InterferenceGraph graph) {
        int[][] out = new int[graph.unitCount()][];
        for (int row = 0; row < graph.unitCount(); row++) {
            List<String> adjacent = graph.neighbours(graph.unitId(row));
            out[row] = new int[adjacent.size()];
            for (int k = 0; k < adjacent.size(); k++) {
                out[row][k] = graph.rowOf(adjacent.get(k)).orElseThrow();
            }
        }
        return out;
    }

    /** Joins each unit's covariate values into one cell label. */
    private static List<String> covariateCells(CsvTable units, List<String> columns) {
        List<String> cells = new ArrayList<>(units.rowCount());
        int[] indices = columns.stream().mapToInt(c -> units.requireColumn(c, "covariate"))
                .toArray();
        for (int row = 0; row < units.rowCount(); row++) {
            StringBuilder cell = new StringBuilder();
            for (int index : indices) {
                cell.append(units.cell(row, index)).append('\u001f');
            }
            cells.add(cell.toString());
        }
        return cells;
    }

    private static String json(TaceResult result, DependencyInflation dependence,
            String signature, int units) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estimator", "tace");
        root.put("signature", signature);
        ObjectNode estimates = root.putObject("estimates");
        put(estimates.putObject("naive"), result.naive());
        put(estimates.putObject("covariates"), result.covariates());
        put(estimates.putObject("tace"), result.tace());
        ObjectNode overlap = root.putObject("overlap");
        overlap.put("kept", result.tace().unitsKept());
        overlap.put("total", units);
        ObjectNode inflation = root.putObject("dependence");
        inflation.put("average", dependence.average());
        inflation.put("spectralRadius", dependence.spectralRadius());
        inflation.put("max", dependence.maximum());
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }

    private static void put(ObjectNode node, WeightedEstimate estimate) {
        node.put("ht", estimate.horvitzThompson());
        node.put("hajek", estimate.hajek());
        node.put("kept", estimate.unitsKept());
    }
}
