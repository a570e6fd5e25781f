package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.causalworkbench.app.analysis.ObsExpRequest;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.NumericColumns;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.ObservationalCate;
import org.causalworkbench.estimators.obsexp.TrialData;

/**
 * Turns the options of the {@code obsexp} command into an analysis request by reading the trial,
 * the observational table or &omega; column, the evaluation points and the hyperparameters.
 */
final class ObsexpInputs {

    /** The usage line printed with argument errors and by {@code --help}. */
    static final String USAGE = "usage: causal-workbench obsexp --rct FILE --covariates C1,C2"
            + " --treatment COL --outcome COL --propensity P (--omega-column COL | --obs FILE)"
            + " [--eval FILE] [--hyperparameters FILE.json] [--tests f1,f2,f3] [--seed S]"
            + " [--out FILE]";

    /** One line per option, printed by {@code --help}. */
    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --rct FILE               trial CSV with covariates, treatment and outcome",
            "  --covariates C1,C2       covariate columns (numeric, no missing cells)",
            "  --treatment COL          0/1 treatment column of the trial",
            "  --outcome COL            numeric outcome column",
            "  --propensity P           the trial's known treatment probability, in (0, 1)",
            "  --omega-column COL       observational CATE as a column of the trial (and of",
            "                           --eval), or:",
            "  --obs FILE               observational CSV with the same columns; omega is fitted",
            "                           by OLS of the outcome on [X, X*T] without intercept",
            "  --eval FILE              points to report intervals at (default: trial rows)",
            "  --hyperparameters FILE   JSON with lengthscaleBias, lengthscaleNuisance, mean,",
            "                           noiseVariance, used as given (no optimisation)",
            "  --tests f1,f2,f3         falsification tests to run (default: all three)",
            "  --score aipw|ipw         score of the tests (default aipw, cross-fitted)",
            "  --band LOW,HIGH          gap band of the F3 test (default 0,0)",
            "  --bins B                 F3 bins (default 5); --bin-covariate COL sets their axis",
            "  --alpha A                level of the tests (default 0.05)",
            "  --seed S                 seed of restarts, folds and bootstrap (default 1)",
            "  --uniform-bound DELTA    also give the conservative uniform-bound intervals",
            "                           holding everywhere with probability 1 - DELTA",
            "  --out FILE               write the JSON here (atomically) instead of to stdout");

    static final Set<String> VALUED = Set.of("--rct", "--covariates", "--treatment",
            "--outcome", "--propensity", "--omega-column", "--obs", "--eval",
            "--hyperparameters", "--tests", "--seed", "--out", "--score", "--band", "--bins",
            "--bin-covariate", "--alpha", "--uniform-bound");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObsexpInputs() {
    }

    /**
     * Reads every input the options name.
     *
     * @param options the parsed options
     * @return the request
     * @throws IllegalArgumentException for any invalid option or file, with a one-line message
     */
    static ObsExpRequest read(Options options) {
        Path rctPath = Path.of(options.require("--rct"));
        List<String> covariates = Options.list(options.require("--covariates"));
        String treatment = options.require("--treatment");
        String outcome = options.require("--outcome");
        double propensity = Options.number("--propensity", options.require("--propensity"),
                "give the trial's treatment probability, for example 0.5");
        if (options.get("--omega-column").isPresent() == options.get("--obs").isPresent()) {
            throw new IllegalArgumentException("give exactly one of --omega-column and --obs; "
                    + USAGE);
        }

        checkDistinctColumns(covariates, treatment, outcome,
                options.get("--omega-column").orElse(null));
        CsvTable rct = CsvTable.read(rctPath);
        double[][] x = NumericColumns.matrix(rct, covariates, "covariate");
        TrialData trial = trial(rct, x, treatment, outcome, propensity);

        double[] omegaAtTrial;
        double[][] points;
        double[] omegaAtPoints;
        CsvTable eval = options.get("--eval").map(p -> CsvTable.read(Path.of(p))).orElse(null);
        if (options.get("--omega-column").isPresent()) {
            String column = options.get("--omega-column").get();
            omegaAtTrial = NumericColumns.vector(rct, column, "omega");
            points = eval == null ? x : NumericColumns.matrix(eval, covariates, "covariate");
            omegaAtPoints = eval == null ? omegaAtTrial
                    : NumericColumns.vector(eval, column, "omega");
        } else {
            ObservationalCate omega = observationalCate(Path.of(options.get("--obs").get()),
                    covariates, treatment, outcome);
            omegaAtTrial = omega.valuesAt(x);
            points = eval == null ? x : NumericColumns.matrix(eval, covariates, "covariate");
            omegaAtPoints = omega.valuesAt(points);
        }

        GapHyperparameters hyperparameters = options.get("--hyperparameters")
                .map(p -> hyperparameters(Path.of(p))).orElse(null);
        List<String> tests = options.get("--tests").map(Options::list)
                .orElse(ObsExpRequest.ALL_TESTS);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("--tests names no test; give one or more of"
                    + " f1,f2,f3");
        }
        String score = options.get("--score").orElse("aipw");
        if (!score.equals("aipw") && !score.equals("ipw")) {
            throw new IllegalArgumentException("--score '" + score + "' is not aipw or ipw");
        }
        double[] band = options.get("--band").map(ObsexpInputs::band).orElse(new double[2]);
        int bins = (int) Options.integer("--bins", options.get("--bins").orElse("5"));
        String binColumn = options.get("--bin-covariate").orElse(covariates.get(0));
        int binCovariate = covariates.indexOf(binColumn);
        if (binCovariate < 0) {
            throw new IllegalArgumentException("--bin-covariate '" + binColumn + "' is not one"
                    + " of the --covariates");
        }
        double alpha = Options.number("--alpha", options.get("--alpha").orElse("0.05"),
                "give a level such as 0.05");
        long seed = Options.integer("--seed", options.get("--seed").orElse("1"));
        double delta = options.get("--uniform-bound").map(text -> Options.number(
                "--uniform-bound", text, "give a failure probability such as 0.05"))
                .orElse(Double.NaN);
        return new ObsExpRequest(trial, omegaAtTrial, points, omegaAtPoints, hyperparameters,
                tests, score.equals("aipw"), band, bins, binCovariate, alpha, seed, delta);
    }

    /** Rejects a column named twice, or named for two roles. */
    private static void checkDistinctColumns(List<String> covariates, String treatment,
            String outcome, String omegaColumn) {
        java.util.Map<String, String> roleOf = new java.util.LinkedHashMap<>();
        for (String covariate : covariates) {
            claim(roleOf, covariate, "covariate");
        }
        claim(roleOf, treatment, "--treatment");
        claim(roleOf, outcome, "--outcome");
        if (omegaColumn != null) {
            claim(roleOf, omegaColumn, "--omega-column");
        }
    }

    private static void claim(java.util.Map<String, String> roleOf, String column,
            String role) {
        String previous = roleOf.putIfAbsent(column, role);
        if (previous != null) {
            throw new IllegalArgumentException("column '" + column + "' is given as " + previous
                    + " and as " + role + "; each column may play one role only");
        }
    }

    private static TrialData trial(CsvTable rct, double[][] x, String treatment, String outcome,
            double propensity) {
        double[] t = asDoubles(NumericColumns.binary(rct, treatment, "treatment"));
        double[] y = NumericColumns.vector(rct, outcome, "outcome");
        try {
            return new TrialData(x, t, y, propensity);
        } catch (DataFormatException invalid) {
            throw new DataFormatException(rct.sourceName() + ": " + invalid.getMessage(),
                    invalid);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("--propensity: " + invalid.getMessage(), invalid);
        }
    }

    /** Fits omega by the interaction regression on the observational table. */
    private static ObservationalCate observationalCate(Path file, List<String> covariates,
            String treatment, String outcome) {
        CsvTable obs = CsvTable.read(file);
        return ObservationalCate.fitInteraction(
                NumericColumns.matrix(obs, covariates, "covariate"),
                asDoubles(NumericColumns.binary(obs, treatment, "treatment")),
                NumericColumns.vector(obs, outcome, "outcome")).cate();
    }

    private static double[] asDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double[] band(String text) {
        List<String> parts = Options.list(text);
        if (parts.size() != 2) {
            throw new IllegalArgumentException("--band '" + text + "' needs two numbers,"
                    + " LOW,HIGH, for example -0.5,0.5");
        }
        return new double[] {Options.number("--band", parts.get(0), "give LOW,HIGH"),
            Options.number("--band", parts.get(1), "give LOW,HIGH")};
    }

    /** Reads hyperparameters from JSON, at the top level or under "hyperparameters". */
    static GapHyperparameters hyperparameters(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (IOException io) {
            throw new IllegalArgumentException(file + ": cannot read the hyperparameters ("
                    + io.getMessage().lines().findFirst().orElse("") + ")", io);
        }
        JsonNode node = root != null && root.has("hyperparameters")
                ? root.get("hyperparameters") : root;
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object with"
                    + " lengthscaleBias, lengthscaleNuisance, mean and noiseVariance");
        }
        try {
            return new GapHyperparameters(array(node, "lengthscaleBias", file),
                    array(node, "lengthscaleNuisance", file), number(node, "mean", file),
                    number(node, "noiseVariance", file));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(file + ": " + invalid.getMessage(), invalid);
        }
    }

    private static double[] array(JsonNode node, String field, Path file) {
        JsonNode values = node.get(field);
        if (values == null || !values.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not an"
                    + " array of numbers");
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            if (!values.get(i).isNumber()) {
                throw new IllegalArgumentException("field '" + field + "' item " + (i + 1)
                        + " is not a number");
            }
            out[i] = values.get(i).asDouble();
        }
        return out;
    }

    private static double number(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a"
                    + " number");
        }
        return value.asDouble();
    }
}
