package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code obsexp} and {@code simulate} commands in-process. */
class ObsexpCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static double omega(double x) {
        return 1 + 2 * x + 2.75 * x * x;
    }

    /** Writes the one-dimensional reference trial with its omega column. */
    private Path referenceTrial() throws IOException {
        StringBuilder csv = new StringBuilder("x,t,y,omega\n");
        double[] x = {-0.5, 0, 0.5, 0.8};
        int[] t = {1, 0, 1, 0};
        double[] y = {2, 0.5, 3, 1};
        for (int i = 0; i < 4; i++) {
            csv.append(x[i]).append(',').append(t[i]).append(',').append(y[i]).append(',')
                    .append(omega(x[i])).append('\n');
        }
        Path file = dir.resolve("trial.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    private Path referenceEvaluation() throws IOException {
        StringBuilder csv = new StringBuilder("x,omega\n");
        for (double x : new double[] {0, 0.25, 1, 3, 10}) {
            csv.append(x).append(',').append(omega(x)).append('\n');
        }
        Path file = dir.resolve("eval.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    private Path hyperparameters(String json) throws IOException {
        Path file = dir.resolve("hyper.json");
        Files.writeString(file, json);
        return file;
    }

    private String[] referenceArgs(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("obsexp", "--rct",
                referenceTrial().toString(), "--covariates", "x", "--treatment", "t",
                "--outcome", "y", "--propensity", "0.5", "--omega-column", "omega", "--eval",
                referenceEvaluation().toString(), "--score", "ipw", "--tests", "f1"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void obsexp_withGivenHyperparameters_reproducesReference() throws IOException {
        Path hyper = hyperparameters("{\"hyperparameters\":{\"lengthscaleBias\":[1],"
                + "\"lengthscaleNuisance\":[0.5],\"mean\":0,\"noiseVariance\":0.25}}");

        Run result = run(referenceArgs("--hyperparameters", hyper.toString()));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertEquals(3.024190, json.get("negLogLikelihoodPerPoint").asDouble(), 1e-6);
        assertEquals(1.0, json.get("hyperparameters").get("lengthscaleBias").get(0).asDouble());
        JsonNode eval = json.get("evaluation");
        double[][] expected = {{-0.053276, 0.208771}, {-0.366844, 0.159689},
            {-1.005629, 0.340441}, {-0.124827, 0.996567}, {0, 1}};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], eval.get(i).get("mean").asDouble(), 1e-6, "mean " + i);
            assertEquals(expected[i][1], eval.get(i).get("variance").asDouble(), 1e-6,
                    "variance " + i);
        }
        assertEquals(0.051172, eval.get(0).get("lower").asDouble(), 1e-6);
        assertEquals(1.842277, eval.get(0).get("upper").asDouble(), 1e-6);
        assertEquals(3.600764, eval.get(2).get("lower").asDouble(), 1e-6);
        assertEquals(5.887978, eval.get(2).get("upper").asDouble(), 1e-6);
        assertTrue(eval.get(0).get("inSupport").asBoolean());
        assertFalse(eval.get(4).get("inSupport").asBoolean());
    }

    /**
     * Builds a trial whose IPW residuals equal a given vector: with &pi; = 0.5 and &omega; = 0,
     * the residual is 2Y for treated rows and -2Y for control rows.
     */
    private Path trialWithResiduals(double[] residuals) throws IOException {
        StringBuilder csv = new StringBuilder("x,t,y,omega\n");
        for (int i = 0; i < residuals.length; i++) {
            int t = i % 2;
            double y = t == 1 ? residuals[i] / 2 : -residuals[i] / 2;
            double x = -1 + 2.0 * i / (residuals.length - 1);
            csv.append(String.format(Locale.ROOT, "%.17g,%d,%.17g,0%n", x, t, y));
        }
        Path file = dir.resolve("residuals.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    @Test
    void obsexp_averageGapTest_matchesReferenceVectors() throws IOException {
        double[] alternative = {-1.827, -0.927844, -0.644918, -1.065222, 0.30424, 0.206471,
            -0.284529, 0.14224, -0.231222, -0.662918, -1.324844, -1.727};
        double[] nullVector = {0.173, 0.411, 0.165, -0.652, 0.453, 0.223, -0.268, 0.291, 0.182,
            0.147, 0.014, 0.273};
        double[][] expected = {{-3.190096, 8.605e-3}, {1.334690, 0.208946}};
        double[][] vectors = {alternative, nullVector};

        for (int v = 0; v < 2; v++) {
            Run result = run("obsexp", "--rct", trialWithResiduals(vectors[v]).toString(),
                    "--covariates", "x", "--treatment", "t", "--outcome", "y", "--propensity",
                    "0.5", "--omega-column", "omega", "--tests", "f1", "--score", "ipw");

            assertEquals(0, result.exitCode(), result.err());
            JsonNode f1 = result.json().get("falsification").get("f1");
            assertEquals(expected[v][0], f1.get("statistic").asDouble(), 1e-6);
            assertEquals(expected[v][1], f1.get("pValue").asDouble(), expected[v][1] * 1e-3);
            assertEquals(v == 0, f1.get("rejected").asBoolean());
        }
    }

    @Test
    void obsexp_notFalsifiedVerdict_neverClaimsValidation() throws IOException {
        double[] nullVector = {0.173, 0.411, 0.165, -0.652, 0.453, 0.223, -0.268, 0.291, 0.182,
            0.147, 0.014, 0.273};

        Run result = run("obsexp", "--rct", trialWithResiduals(nullVector).toString(),
                "--covariates", "x", "--treatment", "t", "--outcome", "y", "--propensity",
                "0.5", "--omega-column", "omega", "--tests", "f1", "--score", "ipw");

        String verdict = result.json().get("falsification").get("f1").get("verdict").asText();
        assertTrue(verdict.startsWith("Not falsified. This does not validate"), verdict);
    }

    @Test
    void obsexp_withPropensityOutsideUnitInterval_exitsTwo() throws IOException {
        String[] args = referenceArgs();
        args[10] = "1.2";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--propensity"), result.err());
        assertTrue(result.err().contains("strictly between 0 and 1"), result.err());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void obsexp_withNonBinaryTreatment_namesLine() throws IOException {
        Path trial = dir.resolve("bad-t.csv");
        Files.writeString(trial, "x,t,y,omega\n0,1,1,0\n1,0,2,0\n2,2,3,0\n3,0,1,0\n4,1,2,0\n");

        Run result = run("obsexp", "--rct", trial.toString(), "--covariates", "x",
                "--treatment", "t", "--outcome", "y", "--propensity", "0.5", "--omega-column",
                "omega");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("bad-t.csv, line 4, column 't'"), result.err());
        assertTrue(result.err().contains("'2' is not binary"), result.err());
    }

    @Test
    void obsexp_withTooFewRowsForBandTest_explains() throws IOException {
        String[] args = referenceArgs();
        args[args.length - 1] = "f3";

        Run band = run(args);

        assertEquals(2, band.exitCode());
        assertTrue(band.err().contains("each bin needs at least 2"), band.err());
        assertTrue(band.err().contains("use fewer bins"), band.err());
    }

    @Test
    void obsexp_withTooFewRowsForAipw_explains() throws IOException {
        String[] args = referenceArgs();
        args[16] = "aipw";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("needs at least 5 rows"), result.err());
    }

    @Test
    void obsexp_withBothOmegaSources_exitsTwo() throws IOException {
        Run result = run(referenceArgs("--obs", "obs.csv"));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("exactly one of --omega-column and --obs"),
                result.err());
    }

    @Test
    void obsexp_withMalformedHyperparameters_namesField() throws IOException {
        Path hyper = hyperparameters("{\"lengthscaleBias\":[1],\"mean\":0,"
                + "\"noiseVariance\":0.25}");

        Run result = run(referenceArgs("--hyperparameters", hyper.toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("hyper.json"), result.err());
        assertTrue(result.err().contains("'lengthscaleNuisance'"), result.err());
    }

    @Test
    void simulateThenObsexp_runsEndToEnd() throws IOException {
        Run simulated = run("simulate", "linear-gap", "--out-dir", dir.toString(), "--seed",
                "7", "--rows", "120");
        assertEquals(0, simulated.exitCode(), simulated.err());
        assertTrue(Files.exists(dir.resolve("rct.csv")));
        assertTrue(Files.exists(dir.resolve("eval-out.csv")));

        Run result = run("obsexp", "--rct", dir.resolve("rct.csv").toString(), "--covariates",
                "x1", "--treatment", "T", "--outcome", "Y", "--propensity", "0.5",
                "--omega-column", "omega", "--eval", dir.resolve("eval-out.csv").toString(),
                "--tests", "f1,f3");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertTrue(json.get("evaluation").size() > 0);
        int outside = 0;
        for (JsonNode point : json.get("evaluation")) {
            outside += point.get("inSupport").asBoolean() ? 0 : 1;
            assertTrue(point.get("upper").asDouble() - point.get("lower").asDouble()
                    <= 3.92 + 1e-9);
        }
        assertTrue(outside > json.get("evaluation").size() / 2, "outside " + outside);
    }

    @Test
    void obsexp_withUniformBound_widensIntervalsByFormula() throws IOException {
        Path hyper = hyperparameters("{\"lengthscaleBias\":[1],\"lengthscaleNuisance\":[0.5],"
                + "\"mean\":0,\"noiseVariance\":0.25}");

        Run result = run(referenceArgs("--hyperparameters", hyper.toString(),
                "--uniform-bound", "0.05"));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode uniform = result.json().get("uniformBound");
        // One continuous covariate: sqrt(2 (ln(1 + 1e8) - ln 0.05)) = 6.54468.
        assertEquals(6.54468, uniform.get("multiplier").asDouble(), 1e-4);
        JsonNode first = uniform.get("evaluation").get(0);
        double halfWidth = (first.get("upper").asDouble() - first.get("lower").asDouble()) / 2;
        assertEquals(6.54468 * Math.sqrt(0.208771), halfWidth, 1e-4);
    }

    @Test
    void obsexp_withObservationalTable_fitsOmegaByInteraction() throws IOException {
        run("simulate", "linear-gap", "--out-dir", dir.toString(), "--seed", "3", "--rows",
                "80");

        Run result = run("obsexp", "--rct", dir.resolve("rct.csv").toString(), "--covariates",
                "x1", "--treatment", "T", "--outcome", "Y", "--propensity", "0.5", "--obs",
                dir.resolve("obs.csv").toString(), "--tests", "f1");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode first = result.json().get("evaluation").get(0);
        double x = first.get("x").get(0).asDouble();
        double omega = first.get("omega").asDouble();
        // Without an intercept the interaction block gives omega(x) = beta * x, so omega / x is
        // the same fitted slope at every point.
        JsonNode second = result.json().get("evaluation").get(1);
        assertEquals(omega / x, second.get("omega").asDouble()
                / second.get("x").get(0).asDouble(), 1e-9);
    }

    private Run referenceWith(int index, String value) throws IOException {
        String[] args = referenceArgs();
        args[index] = value;
        return run(args);
    }

    @Test
    void obsexp_withColumnInTwoRoles_exitsTwo() throws IOException {
        Run twice = referenceWith(4, "x,x");
        Run clash = referenceWith(8, "t");

        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("column 'x' is given as covariate and as covariate"),
                twice.err());
        assertEquals(2, clash.exitCode());
        assertTrue(clash.err().contains("as --treatment and as --outcome"), clash.err());
    }

    @Test
    void obsexp_withExtremePropensity_namesPropensity() throws IOException {
        Run result = referenceWith(10, "1e-300");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--propensity"), result.err());
        assertTrue(result.err().contains("too extreme"), result.err());
    }

    @Test
    void obsexp_withoutTests_exitsTwo() throws IOException {
        Run result = referenceWith(18, ",");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--tests names no test"), result.err());
    }

    @Test
    void obsexp_withFractionalBins_exitsTwo() throws IOException {
        Run result = run(referenceArgs("--bins", "2.5"));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--bins '2.5' is not a whole number"), result.err());
    }

    @Test
    void obsexp_withConstantOutcome_explains() throws IOException {
        Path trial = dir.resolve("flat.csv");
        Files.writeString(trial, "x,t,y,omega\n0,1,3,0\n1,0,3,0\n2,1,3,0\n3,0,3,0\n");

        Run result = run("obsexp", "--rct", trial.toString(), "--covariates", "x",
                "--treatment", "t", "--outcome", "y", "--propensity", "0.5", "--omega-column",
                "omega", "--score", "ipw", "--tests", "f1");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("flat.csv"), result.err());
        assertTrue(result.err().contains("every trial outcome equals 3.0"), result.err());
    }
}
