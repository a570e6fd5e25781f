package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * Writes households of three whose outcome is additive: 1 for own treatment plus 2 times the
     * share of the other members treated, plus small noise. The TACE is 1.
     */
    private Path households(int count) throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("id,household,t,y\n");
        for (int h = 0; h < count; h++) {
            int[] t = new int[3];
            for (int k = 0; k < 3; k++) {
                t[k] = random.nextDouble() < 0.5 ? 1 : 0;
            }
            for (int k = 0; k < 3; k++) {
                double share = (t[0] + t[1] + t[2] - t[k]) / 2.0;
                double y = t[k] + 2 * share + 0.05 * (random.nextDouble() - 0.5);
                csv.append("u").append(h).append('_').append(k).append(",h").append(h)
                        .append(',').append(t[k]).append(',').append(y).append('\n');
            }
        }
        Path file = dir.resolve("units.csv");
        Files.writeString(file, csv.toString());
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
    void tace_withBootstrap_saysItIsNotAvailable() throws IOException {
        Run result = run("tace", "--data", households(3).toString(), "--id", "id",
                "--treatment", "t", "--outcome", "y", "--groups", "household", "--signature",
                "group-fraction", "--bootstrap", "200");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--bootstrap is not available yet"), result.err());
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

    @Test
    void tace_withLogisticPropensity_saysItIsNotAvailable() throws IOException {
        Run result = run("tace", "--data", households(3).toString(), "--id", "id",
                "--treatment", "t", "--outcome", "y", "--groups", "household", "--signature",
                "group-fraction", "--propensity", "logistic");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("logistic regression is not available yet"),
                result.err());
    }
}
