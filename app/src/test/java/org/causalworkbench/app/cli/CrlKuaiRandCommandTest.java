package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.causalworkbench.estimators.repr.recommender.SimulatedKuaiRandLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code crl} command in-process on KuaiRand-format logs from a simulation. */
class CrlKuaiRandCommandTest {

    @TempDir
    Path dir;

    @Test
    void crl_kuaiRandWritesRunPerLambda() throws IOException {
        SimulatedKuaiRandLogs.LogFiles logs = SimulatedKuaiRandLogs.write(dir, 150, 200, 5);
        Path file = dir.resolve("crl.json");

        CliRun result = CliRun.of("crl", "--lambdas", "0,0.1", "--seed", "3", "--epochs", "2",
                "--kuairand-standard", logs.standard().toString(), "--kuairand-random",
                logs.random().toString(), "--users", "120", "--out", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("crl", json.get("estimator").asText());
        assertEquals("kuairand", json.get("data").asText());
        assertEquals(120, json.get("kuairand").get("users").asInt());
        assertEquals(3e-4, json.get("kuairand").get("weightDecay").asDouble(), 0.0);
        assertEquals(120 * 20, json.get("kuairand").get("randomExposure").get("interactions")
                .asInt());
        assertTrue(json.get("note").asText().contains("probe R\u00b2"), json.get("note").asText());
        assertEquals(2, json.get("runs").size());
        JsonNode penalised = json.get("runs").get(1);
        assertEquals(0.1, penalised.get("lambda").asDouble(), 0.0);
        double auc = penalised.get("logged").get("auc").asDouble();
        assertTrue(auc > 0.5, "held-out logged AUC " + auc);
        assertTrue(auc < 1, "held-out logged AUC " + auc);
        assertTrue(penalised.get("randomExposure").has("ndcg5"));
        assertTrue(penalised.get("flippedPolicy").isNull());
        assertTrue(penalised.get("probeR2").isNull());
        assertTrue(penalised.get("interventionSensitivity").isNull());
        assertEquals(2, penalised.get("criticEstimatePerEpoch").size());
    }

    @Test
    void crl_malformedKuaiRandNamesLine() throws IOException {
        SimulatedKuaiRandLogs.LogFiles logs = SimulatedKuaiRandLogs.write(dir, 20, 30, 5);
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "user_id,video_id,is_click\n1,2,0\n1,3,yes\n");

        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "3",
                "--kuairand-standard", broken.toString(), "--kuairand-random",
                logs.random().toString(), "--users", "10");

        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("broken.csv, line 3, column 'is_click'"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void crl_missingKuaiRandFileIsRejected() {
        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "3",
                "--kuairand-standard", dir.resolve("absent.csv").toString(),
                "--kuairand-random", dir.resolve("absent-random.csv").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--kuairand-standard"), result.err());
        assertTrue(result.err().contains("was not found"), result.err());
    }

    @Test
    void crl_oneKuaiRandFileIsRejected() {
        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "3",
                "--kuairand-standard", "standard.csv");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("give both --kuairand-standard and --kuairand-random"),
                result.err());
    }

    @Test
    void crl_usersWithoutKuaiRandIsRejected() {
        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "3", "--users", "10");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--users sizes the KuaiRand subset"), result.err());
    }

    @Test
    void crl_zeroUsersIsRejected() throws IOException {
        SimulatedKuaiRandLogs.LogFiles logs = SimulatedKuaiRandLogs.write(dir, 20, 30, 5);

        CliRun result = CliRun.of("crl", "--lambdas", "0", "--seed", "3",
                "--kuairand-standard", logs.standard().toString(), "--kuairand-random",
                logs.random().toString(), "--users", "0");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--users 0 is outside"), result.err());
    }
}
