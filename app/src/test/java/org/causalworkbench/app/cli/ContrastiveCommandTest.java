package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code contrastive} in-process on a reduced toy and checks its JSON and errors. */
class ContrastiveCommandTest {

    @TempDir
    Path dir;

    @Test
    void contrastive_writesOneEntryPerMethod() throws IOException {
        Path file = dir.resolve("lab.json");
        CliRun result = CliRun.of("contrastive", "--seed", "3", "--units", "300", "--steps",
                "20", "--out", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(3, json.get("seed").asLong());
        assertEquals(5, json.get("methods").size());
        assertEquals("raw", json.get("methods").get(0).get("method").asText());
        JsonNode oracle = json.get("methods").get(4);
        assertEquals("oracle", oracle.get("method").asText());
        assertEquals(1.0, oracle.get("causalProbeR2").asDouble(), 1e-12);
        assertTrue(oracle.get("rootPehe").asDouble() > 0);
        assertTrue(json.get("matchedTriplets").get("count").asInt() > 0);
    }

    @Test
    void contrastive_withoutSeed_exitsWithOneLine() {
        CliRun result = CliRun.of("contrastive", "--units", "300");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("--seed"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void contrastive_unknownLoss_exitsWithOneLine() {
        CliRun result = CliRun.of("contrastive", "--seed", "1", "--loss", "cosine");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("cosine"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void contrastive_tooFewUnits_exitsWithOneLine() {
        CliRun result = CliRun.of("contrastive", "--seed", "1", "--units", "10");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("--units"), result.err());
    }

    @Test
    void contrastive_unitsJustBelowMinimum_namesTheOption() {
        CliRun result = CliRun.of("contrastive", "--seed", "1", "--units", "67");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("--units 67 is out of range"), result.err());
        assertTrue(result.err().contains("from 100"), result.err());
    }

    @Test
    void contrastive_negativeSeed_exitsWithOneLine() {
        CliRun result = CliRun.of("contrastive", "--seed", "-1", "--units", "300");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("--seed -1 is out of range"), result.err());
    }
}
