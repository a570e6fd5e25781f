package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code grasp} from the command line. */
class GraspCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void grasp_writesContractFieldsInOrder() throws IOException {
        Path out = dir.resolve("grasp.json");

        CliRun run = CliRun.of("grasp", "--correlation", "0.9", "--complexity", "4", "--rank",
                "4", "--seed", "2", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = MAPPER.readTree(Files.readString(out));
        assertEquals(List.of("identification", "methods"), fieldNames(root).subList(0, 2));
        assertEquals(List.of("cosine", "singularValues"),
                fieldNames(root.get("identification")).subList(0, 2));
        assertEquals(List.of("naive", "grasp", "ablation", "steering"),
                fieldNames(root.get("methods")).subList(0, 4));
        for (JsonNode method : root.get("methods")) {
            assertEquals(List.of("factorRate", "taskError", "genuineUseAccuracy"),
                    fieldNames(method));
        }
        assertEquals(24, root.get("identification").get("singularValues").size());
        assertTrue(root.get("identification").get("cosine").asDouble() > 0.9, run.out());
        assertTrue(root.get("methods").get("naive").get("factorRate").asDouble() > 0.8);
        assertTrue(root.get("methods").get("grasp").get("factorRate").asDouble() < 0.02);
        assertEquals(2, root.get("configuration").get("seed").asInt());
        JsonNode matched = root.get("steeringCurve").get(3);
        assertEquals(1.0, matched.get("multiple").asDouble(), 0);
        assertEquals(root.get("steeringCoefficient").asDouble(),
                matched.get("coefficient").asDouble(), 1e-12);
        assertEquals(root.get("methods").get("steering"), matched.get("preventative"));
    }

    @Test
    void grasp_rejectsComplexityAboveFive() {
        CliRun run = CliRun.of("grasp", "--complexity", "9");

        assertEquals(CommandLine.ERROR, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--complexity: complexity must lie in [1, 5], got 9"),
                run.err());
    }

    @Test
    void grasp_rejectsNonNumericCorrelation() {
        CliRun run = CliRun.of("grasp", "--correlation", "high");

        assertEquals(CommandLine.ERROR, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--correlation 'high' is not a number"), run.err());
    }

    @Test
    void grasp_rejectsRankBelowOne() {
        CliRun run = CliRun.of("grasp", "--rank", "0");

        assertEquals(CommandLine.ERROR, run.exitCode());
        assertTrue(run.err().contains("--rank: rank must lie in [1, 24], got 0"), run.err());
    }

    @Test
    void graspHelp_listsOptions() {
        CliRun run = CliRun.of("grasp", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--complexity K"), run.out());
        assertTrue(run.out().contains("--out FILE       write the JSON to FILE"), run.out());
    }

    @Test
    void grasp_namesOptionOfCorrelationOutOfRange() {
        CliRun run = CliRun.of("grasp", "--correlation", "1.5");

        assertEquals(CommandLine.ERROR, run.exitCode());
        assertTrue(run.err().contains("--correlation: correlation must lie in [0, 1], got 1.5"),
                run.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--seed   | -5  | --seed -5 is out of range; give a whole number from 0 to 2147483647",
        "--epochs | 101 | --epochs 101 is out of range; give a whole number from 1 to 100",
        "--epochs | 0   | --epochs 0 is out of range; give a whole number from 1 to 100",
        "--epochs | 99999999999 | --epochs 99999999999 is out of range; give a whole number"
                + " from 1 to 100",
        "--seed | 99999999999999999999 | --seed 99999999999999999999 is out of range"})
    void grasp_rejectsOutOfRangeValue(String option, String value, String message) {
        CliRun run = CliRun.of("grasp", option, value);

        assertEquals(CommandLine.ERROR, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
