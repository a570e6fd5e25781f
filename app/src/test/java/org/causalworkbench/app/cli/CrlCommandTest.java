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

/** Runs the {@code crl} command in-process. */
class CrlCommandTest {

    @TempDir
    Path dir;

    @Test
    void crl_writesOneRunPerLambda() throws IOException {
        Path file = dir.resolve("crl.json");

        CliRun result = CliRun.of("crl", "--lambdas", "0,0.1", "--seed", "3", "--epochs", "1",
                "--out", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("crl", json.get("estimator").asText());
        assertEquals(2, json.get("runs").size());
        JsonNode penalised = json.get("runs").get(1);
        assertEquals(0.1, penalised.get("lambda").asDouble(), 0.0);
        double auc = penalised.get("randomExposure").get("auc").asDouble();
        assertTrue(auc > 0.6, "random-exposure AUC " + auc);
        assertTrue(auc < 1, "random-exposure AUC " + auc);
        assertEquals(1, penalised.get("criticEstimatePerEpoch").size());
        assertTrue(penalised.get("probeR2").has("nonCausal"));
    }

    @Test
    void crl_negativeLambdaIsOneErrorLine() {
        CliRun result = CliRun.of("crl", "--lambdas", "0,-1", "--seed", "3");

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("--lambdas value -1"), result.err());
    }

    @Test
    void crl_missingSeedIsOneErrorLine() {
        CliRun result = CliRun.of("crl", "--lambdas", "0");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: missing required option --seed"),
                result.err());
    }

    @Test
    void crl_badLambdaTextNamesIt() {
        CliRun result = CliRun.of("crl", "--lambdas", "0,abc", "--seed", "3");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--lambdas 'abc' is not a number"), result.err());
    }

    @Test
    void crl_emptyLambdaEntryIsRejected() {
        CliRun result = CliRun.of("crl", "--lambdas", "0.1,,0.3", "--seed", "1");

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("empty entry at position 2"), result.err());
    }

    @Test
    void crl_seedAboveWindowRangeIsRejected() {
        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "2147483648");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("--seed 2147483648 is out of range"), result.err());
    }
}
