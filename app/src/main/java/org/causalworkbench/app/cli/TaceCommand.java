package org.causalworkbench.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.NumericColumns;
import org.causalworkbench.estimators.graph.EdgeListReader;
import org.causalworkbench.estimators.graph.GraphFiles;
import org.causalworkbench.estimators.graph.GroupCliques;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.graph.UnitIds;
import org.causalworkbench.estimators.interference.AdditivityCheck;
import org.causalworkbench.estimators.interference.BlockBootstrap;
import org.causalworkbench.estimators.interference.BootstrapResult;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IdentifiabilityCheck;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.OutcomeRegression;
import org.causalworkbench.estimators.interference.PropensityModel;
import org.causalworkbench.estimators.interference.RiskRatio;
import org.causalworkbench.estimators.interference.RiskRatioResult;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.VarianceInflation;

/**
 * Estimates the true average causal effect under local interference from a unit table and a
 * graph or group column, beside the naive and covariate-only estimates, and writes JSON.
 *
 * <p>Besides the three weighting estimates the JSON carries the overlap, the dependence
 * inflation factors, the additivity F-test, the risk ratio for product models, the
 * identifiability flag and, labelled as extensions, two outcome regressions. With
 * {@code --bootstrap B} it adds an inflated block bootstrap interval, where the blocks are the
 * groups of {@code --groups}, the connected components of {@code --graph}, or the column named
 * by {@code --blocks}. The factor comes by default from the dependency graph between blocks,
 * which is 1 when no unit acts across blocks.
 *
 * <p><strong>Limitations.</strong> Covariates are discrete: every distinct combination of
 * their values is a cell. The inverse-distance signature is continuous, so it needs binned or
 * logistic propensities, and the dependence factors still come from {@code --graph} or
 * {@code --groups}.
 */
final class TaceCommand {

    static final String USAGE = "usage: causal-workbench tace --data FILE --id COL --treatment"
            + " COL --outcome COL [--covariates C1,C2] (--graph FILE | --groups COL) --signature"
            + " group-fraction|neighbour-fraction|count|inverse-distance [--distances FILE]"
            + " [--power P] [--propensity cells|bins:K|logistic] [--trim EPS] [--bootstrap B]"
            + " [--seed S] [--inflation none|average|spectral-radius|max]"
            + " [--inflation-graph blocks|units] [--blocks COL] [--default-level V]"
            + " [--isolated reject|zero|missing] [--out FILE]";

    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --signature KIND     group-fraction (needs --groups), neighbour-fraction, count"
                    + " of treated neighbours, or inverse-distance",
            "  --distances FILE     square CSV distance matrix for inverse-distance",
            "  --power P            exponent of inverse-distance weights d^-P (default 2)",
            "  --propensity MODEL   cells (default), bins:K (K equal-width bins of a signature"
                    + " in [0, 1]) or logistic",
            "  --trim EPS           drop units with propensity outside [EPS, 1 - EPS]"
                    + " (default 0.01)",
            "  --bootstrap B        B block-bootstrap replicates for the interval (2 to 100000)",
            "  --seed S             seed of the bootstrap draws (default 1)",
            "  --inflation F        variance factor: none, average, spectral-radius (default)"
                    + " or max",
            "  --inflation-graph G  graph the factor comes from: blocks (default; dependence"
                    + " between bootstrap blocks) or units (every dependent pair of units)",
            "  --blocks COL         column of independent blocks for the bootstrap",
            "  --default-level V    signature value of no interference, such as 0 (default)"
                    + " or 1, for the identifiability check",
            TaceInputs.ISOLATED_HELP);

    static final Set<String> VALUED = Set.of("--data", "--id", "--treatment", "--outcome",
            "--covariates", "--graph", "--groups", "--signature", "--propensity", "--trim",
            "--bootstrap", "--seed", "--out", "--distances", "--power", "--inflation",
            "--blocks", "--default-level", "--inflation-graph", "--isolated");

    /**
     * Most bootstrap replicates accepted. Each replicate refits all three estimates, so at this
     * cap a run takes minutes even on a few thousand units, and an interval needs far fewer.
     */
    static final int MAX_REPLICATES = 100_000;

    private TaceCommand() {
    }

    /**
     * Runs the estimate and formats it.
     *
     * @param options the parsed options
     * @return the JSON text
     */
    static String run(Options options) {
        PropensityModel model = propensity(options);
        int replicates = replicates(options);
        CsvTable units = CsvTable.read(Path.of(options.require("--data")));
        String idColumn = options.require("--id");
        List<String> ids = UnitIds.read(units, idColumn);
        int[] treatment = NumericColumns.binary(units, options.require("--treatment"),
                "treatment");
        double[] outcome = NumericColumns.vector(units, options.require("--outcome"),
                "outcome");
        List<List<String>> cells = options.get("--covariates")
                .map(list -> TaceInputs.covariateCells(units, list)).orElse(null);
        if (options.get("--graph").isPresent() == options.get("--groups").isPresent()) {
            throw new IllegalArgumentException("give exactly one of --graph and --groups; "
                    + USAGE);
        }

        InterferenceGraph graph;
        List<String> groupLabels = null;
        if (options.get("--groups").isPresent()) {
            String groupColumn = options.get("--groups").get();
            graph = GroupCliques.build(units, idColumn, groupColumn).graph();
            groupLabels = column(units, groupColumn, "group");
        } else {
            graph = readGraph(Path.of(options.get("--graph").get()), ids);
        }
        int[][] neighbours = neighbours(graph);
        int[] blocks = replicates > 0 ? blocks(options, units, groupLabels, neighbours) : null;

        String kind = options.require("--signature");
        IsolatedUnitPolicy isolatedPolicy = TaceInputs.isolatedPolicy(options);
        List<Integer> isolated = TaceInputs.isolatedRows(neighbours);
        String source = TaceInputs.neighbourSource(options);
        TaceInputs.rejectIsolated(kind, isolatedPolicy, isolated, ids, source);
        ExactFraction[] signature = TaceSignatures.build(kind, options, treatment, neighbours,
                groupLabels, ids, isolatedPolicy);
        TaceSignatures.rejectOutsideBins(signature, model, kind, ids);
        if (kind.equals("inverse-distance") && model.kind() == PropensityModel.Kind.CELLS) {
            throw new IllegalArgumentException("--signature inverse-distance gives continuous"
                    + " values, so exact cells would hardly ever hold both arms; add"
                    + " --propensity bins:K or --propensity logistic");
        }
        List<Signature> signatures = SignatureBuilder.combine(signature);

        TaceEstimator estimator = TaceEstimator.withDefaults().withPropensity(model);
        if (options.get("--trim").isPresent()) {
            estimator = estimator.withTrimming(Options.number("--trim",
                    options.get("--trim").get(), "give a bound such as 0.01"));
        }
        ExactFraction defaultLevel = TaceInputs.defaultLevel(options);
        TaceResult result = estimator.estimate(treatment, outcome, cells, signatures);
        DependencyInflation dependence = DependencyInflation.fromNeighbours(neighbours);

        BootstrapResult bootstrap = null;
        long seed = options.get("--seed").map(text -> Options.integer("--seed", text))
                .orElse(BlockBootstrap.DEFAULT_SEED);
        DependencyInflation inflationGraph = null;
        if (replicates > 0) {
            inflationGraph = inflationGraph(options, dependence, neighbours, blocks);
            bootstrap = BlockBootstrap.withDefaults().withReplicates(replicates).withSeed(seed)
                    .withInflation(inflation(options))
                    .run(estimator, treatment, outcome, cells, signatures, blocks,
                            inflationGraph, ProgressSink.NONE, CancellationToken.NEVER);
        }

        TaceJson json = new TaceJson(kind, model.toString());
        json.estimates(result, treatment.length, bootstrap);
        String isolatedWarning = TaceInputs.isolatedWarning(kind, isolatedPolicy, isolated,
                treatment.length, source);
        if (isolatedWarning != null) {
            json.warning(isolatedWarning);
        }
        json.dependence(dependence);
        if (bootstrap != null) {
            json.bootstrap(bootstrap, seed, options.get("--inflation-graph").orElse("blocks"),
                    inflationGraph);
        }
        json.additivity(AdditivityCheck.test(treatment, outcome, cells, signatures));
        json.identifiability(IdentifiabilityCheck.check(signatures, result.tace(),
                defaultLevel));
        riskRatio(json, treatment, outcome, cells, signatures, estimator.trimming());
        json.extensions(OutcomeRegression.estimate(treatment, outcome, cells, signatures));
        return json.text();
    }

    private static PropensityModel propensity(Options options) {
        String propensity = options.get("--propensity").orElse("cells");
        if (propensity.equals("cells")) {
            return PropensityModel.cells();
        }
        if (propensity.equals("logistic")) {
            return PropensityModel.logistic();
        }
        if (propensity.startsWith("bins:")) {
            long bins = Options.integer("--propensity bins", propensity.substring(5));
            if (bins < 1 || bins > 1000) {
                throw new IllegalArgumentException("--propensity " + propensity + ": the number"
                        + " of bins must be between 1 and 1000");
            }
            return PropensityModel.bins((int) bins);
        }
        throw new IllegalArgumentException("--propensity '" + propensity + "' is not one of"
                + " cells, bins:K (for example bins:20) or logistic");
    }

    /** Returns B from --bootstrap, or 0 when no interval is requested. */
    private static int replicates(Options options) {
        if (options.get("--bootstrap").isEmpty()) {
            for (String option : List.of("--seed", "--inflation", "--blocks",
                    "--inflation-graph")) {
                if (options.get(option).isPresent()) {
                    throw new IllegalArgumentException(option + " is read only with --bootstrap"
                            + " B; add it or drop " + option);
                }
            }
            return 0;
        }
        long count = Options.integer("--bootstrap", options.get("--bootstrap").get());
        if (count < 2 || count > MAX_REPLICATES) {
            throw new IllegalArgumentException("--bootstrap " + count + " is not a valid number"
                    + " of replicates; give between 2 and " + MAX_REPLICATES + ", for example"
                    + " 200");
        }
        return (int) count;
    }

    /**
     * Returns the dependency graph whose factor inflates the bootstrap variance: by default the
     * graph between blocks, because dependence inside a block is resampled with the block, or
     * with {@code --inflation-graph units} the unit graph, as O'Riordan and Gilligan-Lee (2025)
     * apply it.
     */
    private static DependencyInflation inflationGraph(Options options,
            DependencyInflation units, int[][] neighbours, int[] blocks) {
        String graph = options.get("--inflation-graph").orElse("blocks");
        return switch (graph) {
            case "blocks" -> DependencyInflation.betweenBlocks(neighbours, blocks);
            case "units" -> units;
            default -> throw new IllegalArgumentException("--inflation-graph '" + graph
                    + "' is not one of blocks, units");
        };
    }

    private static VarianceInflation inflation(Options options) {
        String name = options.get("--inflation").orElse("spectral-radius");
        return switch (name) {
            case "none" -> VarianceInflation.NONE;
            case "average" -> VarianceInflation.AVERAGE;
            case "spectral-radius" -> VarianceInflation.SPECTRAL_RADIUS;
            case "max" -> VarianceInflation.MAXIMUM;
            default -> throw new IllegalArgumentException("--inflation '" + name + "' is not one"
                    + " of none, average, spectral-radius, max");
        };
    }

    private static int[] blocks(Options options, CsvTable units, List<String> groupLabels,
            int[][] neighbours) {
        int[] blocks;
        String source;
        if (options.get("--blocks").isPresent()) {
            blocks = BlockBootstrap.blocksOf(column(units, options.get("--blocks").get(),
                    "block"));
            source = "column " + options.get("--blocks").get();
        } else if (groupLabels != null) {
            blocks = BlockBootstrap.blocksOf(groupLabels);
            source = "--groups";
        } else {
            blocks = BlockBootstrap.connectedComponents(neighbours);
            source = "the connected components of --graph";
        }
        if (java.util.Arrays.stream(blocks).distinct().count() < 2) {
            throw new IllegalArgumentException("--bootstrap needs at least 2 independent blocks,"
                    + " but " + source + " gives one; name independent blocks with --blocks COL");
        }
        return blocks;
    }

    private static void riskRatio(TaceJson json, int[] treatment, double[] outcome,
            List<List<String>> cells, List<Signature> signatures, double trimming) {
        try {
            RiskRatioResult ratio =
                    RiskRatio.estimate(treatment, outcome, cells, signatures, trimming);
            json.riskRatio(ratio.riskRatio(), ratio.unitsKept(), null);
        } catch (IllegalArgumentException unavailable) {
            // The ratio is an optional check, so its failure is reported in the JSON only.
            json.riskRatio(null, 0, unavailable.getMessage());
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

    private static List<String> column(CsvTable units, String name, String role) {
        int index = units.requireColumn(name, role);
        List<String> values = new ArrayList<>(units.rowCount());
        for (int row = 0; row < units.rowCount(); row++) {
            values.add(units.cell(row, index));
        }
        return values;
    }
}
