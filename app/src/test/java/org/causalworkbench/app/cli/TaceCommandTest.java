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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code tace} command in-process on household data with a known effect. */
class TaceCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Writes households of three with an additive effect; the TACE is 1. */
    private Path households(int count) throws IOException {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, HouseholdData.csv(count, null));
        return file;
    }

    @Test
    void tace_withGroups_recoversAdditiveEffect() throws IOException {
        Run result = run("tace", "--data", households(400).toString(), "--id", "id",
                "--treatment", "t", "--outcome", "y", "--groups", "household", "--signature",
                "group-fraction");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(1.0, json.get("estimates").get("tace").get("hajek").asDouble(), 0.05);
        assertEquals(1200, json.get("overlap").get("total").asInt());
        // Within a household of three every member depends on all three, itself included.
        assertEquals(3.0, json.get("dependence").get("max").asDouble(), 1e-12);
        assertTrue(json.get("dependence").get("spectralRadius").asDouble() > 0);
    }

    @Test
    void tace_withUnknownNodeInEdgeList_namesLine() throws IOException {
        Path units = households(3);
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "source,target\nu0_0,u0_1\nu0_1,nobody\n");

        Run result = run("tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--graph", edges.toString(), "--signature",
                "neighbour-fraction");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("edges.csv, line 3"), result.err());
        assertTrue(result.err().contains("nobody"), result.err());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void tace_withSingleMemberGroup_explains() throws IOException {
        Path file = dir.resolve("lonely.csv");
        Files.writeString(file, "id,household,t,y\na,h1,1,2\nb,h1,0,1\nc,h2,1,3\n");

        Run result = run("tace", "--data", file.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--groups", "household", "--signature", "group-fraction");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'c'") || result.err().contains("Unit 2"),
                result.err());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void tace_withBinnedPropensity_matchesExactCellsOnCoarseSignature() throws IOException {
        Path units = households(400);
        String[] common = {"tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
            "--outcome", "y", "--groups", "household", "--signature", "group-fraction"};
        // Group fractions of households of three are 0, 1/2 and 1, which 4 bins keep apart.
        String[] binned = java.util.Arrays.copyOf(common, common.length + 2);
        binned[common.length] = "--propensity";
        binned[common.length + 1] = "bins:4";

        JsonNode exact = new ObjectMapper().readTree(run(common).out());
        Run result = run(binned);

        assertEquals(0, result.exitCode(), result.err());
        JsonNode binnedJson = new ObjectMapper().readTree(result.out());
        assertEquals(exact.get("estimates").get("tace").get("hajek").asDouble(),
                binnedJson.get("estimates").get("tace").get("hajek").asDouble(), 1e-12);
    }

    private String[] withGroups(Path units, String... extra) {
        String[] common = {"tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
            "--outcome", "y", "--groups", "household", "--signature", "group-fraction"};
        String[] all = java.util.Arrays.copyOf(common, common.length + extra.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return all;
    }

    @Test
    void tace_withLogisticPropensity_recoversEffect() throws IOException {
        Run result = run(withGroups(households(400), "--propensity", "logistic"));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("logistic", json.get("propensity").asText());
        assertEquals(1.0, json.get("estimates").get("tace").get("hajek").asDouble(), 0.05);
        assertFalse(json.get("estimates").get("tace").has("lower"));
    }

    @Test
    void tace_withBootstrap_givesIntervalAroundHajek() throws IOException {
        Path units = households(200);
        Run result = run(withGroups(units, "--bootstrap", "50", "--seed", "3"));
        Run again = run(withGroups(units, "--bootstrap", "50", "--seed", "3"));

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(result.out(), again.out());
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode tace = json.get("estimates").get("tace");
        double hajek = tace.get("hajek").asDouble();
        JsonNode bootstrap = json.get("bootstrap");
        assertEquals(200, bootstrap.get("blocks").asInt());
        assertEquals("spectral_radius", bootstrap.get("inflation").asText());
        assertEquals("blocks", bootstrap.get("inflationGraph").asText());
        // No unit acts across households, so the graph between blocks has no edges: D_sr = 1.
        assertEquals(1.0, bootstrap.get("inflationFactor").asDouble(), 1e-9);
        double variance = bootstrap.get("hajek").get("variance").asDouble();
        assertEquals(bootstrap.get("hajek").get("varianceBoot").asDouble(), variance, 1e-12);
        assertEquals(hajek - 1.959963984540054 * Math.sqrt(variance),
                tace.get("lower").asDouble(), 1e-12);
        assertEquals(hajek + 1.959963984540054 * Math.sqrt(variance),
                tace.get("upper").asDouble(), 1e-12);
        assertTrue(tace.get("lower").asDouble() < 1 && 1 < tace.get("upper").asDouble());
        assertEquals(0, bootstrap.get("failedReplicates").asInt());
    }

    @Test
    void tace_unitGraphInflation_multipliesByHouseholdSize() throws IOException {
        Run result = run(withGroups(households(200), "--bootstrap", "20", "--inflation-graph",
                "units"));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode bootstrap = new ObjectMapper().readTree(result.out()).get("bootstrap");
        assertEquals("units", bootstrap.get("inflationGraph").asText());
        // Within households of three, D is block diagonal with blocks of ones: D_sr = 3.
        assertEquals(3.0, bootstrap.get("inflationFactor").asDouble(), 1e-9);
        assertEquals(3 * bootstrap.get("hajek").get("varianceBoot").asDouble(),
                bootstrap.get("hajek").get("variance").asDouble(), 1e-12);
    }

    @Test
    void tace_reportsChecksAndExtensions() throws IOException {
        Run result = run(withGroups(households(400)));

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode additivity = json.get("additivityCheck");
        // Fractions 0, 1/2 and 1 leave T x I and T x I^2 estimable; the outcome is additive.
        assertEquals(2, additivity.get("numeratorDf").asInt());
        assertTrue(additivity.get("pValue").asDouble() > 0.001, additivity.toString());
        assertTrue(additivity.get("interactions").has("T x I1"));
        JsonNode identifiability = json.get("identifiability");
        assertTrue(identifiability.get("defaultInSupport").asBoolean());
        assertEquals("0", identifiability.get("defaultLevel").asText());
        JsonNode extensions = json.get("extensions");
        assertEquals(1.0, extensions.get("additiveRegression").asDouble(), 0.05);
        assertEquals(1.0, extensions.get("outcomeRegression").get("regression").asDouble(),
                0.05);
        assertEquals(json.get("estimates").get("tace").get("hajek").asDouble(),
                extensions.get("outcomeRegression").get("cellMeans").asDouble(), 1e-9);
        assertTrue(json.get("riskRatio").has("tacrr"));
    }

    @Test
    void tace_withDefaultLevelOutsideSupport_flagsIt() throws IOException {
        Path file = dir.resolve("bipartite.csv");
        Path edges = dir.resolve("bipartite-edges.csv");
        // K(3,3) between households {a, b, c} and {d, e, f}; two of three treated in each.
        Files.writeString(file, "id,t,y\na,1,2\nb,1,2\nc,0,0\nd,1,2\ne,1,2\nf,0,0\n");
        StringBuilder edgeList = new StringBuilder("source,target\n");
        for (String left : new String[] {"a", "b", "c"}) {
            for (String right : new String[] {"d", "e", "f"}) {
                edgeList.append(left).append(',').append(right).append('\n');
            }
        }
        Files.writeString(edges, edgeList.toString());

        Run result = run("tace", "--data", file.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--graph", edges.toString(), "--signature", "count",
                "--default-level", "1");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode identifiability = new ObjectMapper().readTree(result.out())
                .get("identifiability");
        assertFalse(identifiability.get("defaultInSupport").asBoolean());
        assertTrue(identifiability.get("message").asText().startsWith("not identifiable"));
    }

    @Test
    void tace_withInverseDistance_readsMatrix() throws IOException {
        Path units = dir.resolve("line.csv");
        Path distances = dir.resolve("distances.csv");
        int n = 30;
        SplittableRandom random = new SplittableRandom(8);
        StringBuilder table = new StringBuilder("id,t,y\n");
        StringBuilder matrix = new StringBuilder("id");
        for (int i = 0; i < n; i++) {
            int t = random.nextDouble() < 0.5 ? 1 : 0;
            table.append("u").append(i).append(',').append(t).append(',')
                    .append(t + random.nextDouble()).append('\n');
            matrix.append(",u").append(i);
        }
        matrix.append('\n');
        for (int i = 0; i < n; i++) {
            matrix.append("u").append(i);
            for (int j = 0; j < n; j++) {
                matrix.append(',').append(Math.abs(i - j));
            }
            matrix.append('\n');
        }
        Files.writeString(units, table.toString());
        Files.writeString(distances, matrix.toString());
        Path edges = dir.resolve("line-edges.csv");
        StringBuilder path = new StringBuilder("source,target\n");
        for (int i = 0; i + 1 < n; i++) {
            path.append("u").append(i).append(",u").append(i + 1).append('\n');
        }
        Files.writeString(edges, path.toString());

        Run oneBin = run("tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--graph", edges.toString(), "--signature",
                "inverse-distance", "--distances", distances.toString(), "--power", "1",
                "--propensity", "bins:1");
        Run logistic = run("tace", "--data", units.toString(), "--id", "id", "--treatment",
                "t", "--outcome", "y", "--graph", edges.toString(), "--signature",
                "inverse-distance", "--distances", distances.toString(), "--propensity",
                "logistic");

        assertEquals(0, oneBin.exitCode(), oneBin.err());
        assertEquals(0, logistic.exitCode(), logistic.err());
        JsonNode estimates = new ObjectMapper().readTree(oneBin.out()).get("estimates");
        // One bin contains every unit, so e(I) is mean(T) and TACE equals the naive estimate.
        assertEquals(estimates.get("naive").get("hajek").asDouble(),
                estimates.get("tace").get("hajek").asDouble(), 1e-12);
        assertEquals("inverse-distance",
                new ObjectMapper().readTree(logistic.out()).get("signature").asText());
    }

    @Test
    void tace_rejectsInvalidOptions() throws IOException {
        Path units = households(3);
        String[][] cases = {
            {"--bootstrap", "0"},
            {"--bootstrap", "1"},
            {"--propensity", "forest"},
            {"--inflation", "double"},
            {"--inflation-graph", "pairs"},
            {"--seed", "4"},
        };
        String[] expected = {
            "--bootstrap 0 is not a valid number of replicates",
            "--bootstrap 1 is not a valid number of replicates",
            "--propensity 'forest' is not one of cells, bins:K",
            "--inflation 'double' is not one of none",
            "--inflation-graph 'pairs' is not one of blocks, units",
            "--seed is read only with --bootstrap",
        };
        for (int k = 0; k < cases.length; k++) {
            String[] args = cases[k][0].startsWith("--inflation")
                    ? withGroups(units, "--bootstrap", "5", cases[k][0], cases[k][1])
                    : withGroups(units, cases[k]);
            Run result = run(args);

            assertEquals(2, result.exitCode(), String.join(" ", cases[k]));
            assertTrue(result.err().contains(expected[k]), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
        }
    }

    @Test
    void tace_withInverseDistanceWithoutMatrix_explainsWhatToPass() throws IOException {
        Path units = households(3);
        Path edges = dir.resolve("weighted.csv");
        Files.writeString(edges, "source,target,weight\nu0_0,u0_1,2.5\n");

        Run result = run("tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--graph", edges.toString(), "--signature",
                "inverse-distance", "--propensity", "logistic");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("needs --distances FILE"), result.err());
        assertTrue(result.err().contains("edge weights of --graph are not read as distances"),
                result.err());
    }

    @Test
    void tace_withBootstrapOnConnectedGraph_asksForBlocks() throws IOException {
        Path units = households(2);
        Path edges = dir.resolve("chain.csv");
        Files.writeString(edges, "source,target\nu0_0,u0_1\nu0_1,u0_2\nu0_2,u1_0\n"
                + "u1_0,u1_1\nu1_1,u1_2\n");

        Run result = run("tace", "--data", units.toString(), "--id", "id", "--treatment", "t",
                "--outcome", "y", "--graph", edges.toString(), "--signature",
                "neighbour-fraction", "--bootstrap", "20");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--blocks COL"), result.err());
    }
}
