package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code simulate interference} in-process and estimates on the file it writes. */
class SimulateInterferenceTest {

    @TempDir
    Path dir;

    @Test
    void simulateInterference_writesUnitTable() throws IOException {
        Path file = dir.resolve("units.csv");
        CliRun result = CliRun.of("simulate", "interference", "--contexts", "100", "--seed",
                "3", "--out", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("units.csv"), result.out());
        List<String> lines = Files.readAllLines(file);
        assertEquals("id,group,x,t,y", lines.get(0));
        // 1,100 units, less the rare one-unit contexts.
        assertTrue(lines.size() > 1090, lines.size() + " lines");
        assertTrue(lines.size() <= 1101, lines.size() + " lines");
        String[] first = lines.get(1).split(",");
        assertEquals(5, first.length);
        int group = Integer.parseInt(first[1]);
        assertTrue(group >= 1, "group " + group);
        assertTrue(group <= 100, "group " + group);
        assertTrue(List.of("0.1", "0.2", "0.3", "0.4").contains(first[2]), first[2]);
    }

    @Test
    void simulateInterference_isReproducibleForSeed() throws IOException {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        Path other = dir.resolve("c.csv");
        CliRun.of("simulate", "interference", "--contexts", "50", "--seed", "8", "--out",
                first.toString());
        CliRun.of("simulate", "interference", "--contexts", "50", "--seed", "8", "--out",
                second.toString());
        CliRun.of("simulate", "interference", "--contexts", "50", "--seed", "9", "--out",
                other.toString());
        assertEquals(Files.readString(first), Files.readString(second));
        assertFalse(Files.readString(first).equals(Files.readString(other)));
    }

    @Test
    void taceOnSimulatedFile_recoversEffectOfOne() throws IOException {
        Path file = dir.resolve("units.csv");
        CliRun simulated = CliRun.of("simulate", "interference", "--contexts", "1000",
                "--seed", "11", "--out", file.toString());
        assertEquals(0, simulated.exitCode(), simulated.err());

        CliRun result = CliRun.of("tace", "--data", file.toString(), "--id", "id",
                "--treatment", "t", "--outcome", "y", "--covariates", "x", "--groups", "group",
                "--signature", "group-fraction");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode estimates = new ObjectMapper().readTree(result.out()).get("estimates");
        // 11,000 units: the bias SDs are about 0.04, and the biases 0.40 and 0.21.
        assertEquals(1.0, estimates.get("tace").get("hajek").asDouble(), 0.15);
        assertEquals(1.4, estimates.get("naive").get("hajek").asDouble(), 0.15);
        assertEquals(1.21, estimates.get("covariates").get("hajek").asDouble(), 0.15);
    }

    @Test
    void simulateInterference_withoutOut_exitsTwo() {
        CliRun result = CliRun.of("simulate", "interference", "--contexts", "10");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("missing required option --out"), result.err());
        assertEquals(1, result.err().strip().lines().count());
    }

    @Test
    void simulateInterference_withBadContexts_namesOption() {
        CliRun result = CliRun.of("simulate", "interference", "--contexts", "ten",
                "--out", dir.resolve("x.csv").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--contexts 'ten' is not a whole number"),
                result.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void simulateInterference_withBadStrength_explainsRange() {
        CliRun result = CliRun.of("simulate", "interference", "--context-strength", "0.9",
                "--out", dir.resolve("x.csv").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Invalid context strength 0.9"), result.err());
    }

    @Test
    void simulateInterference_appendixVariant_writesFile() throws IOException {
        Path file = dir.resolve("appendix.csv");
        CliRun result = CliRun.of("simulate", "interference", "--appendix", "--contexts",
                "20", "--out", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readAllLines(file).size() > 200);
    }
}
