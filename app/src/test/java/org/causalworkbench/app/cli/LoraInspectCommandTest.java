package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.app.repr.LoraAdapterPair;
import org.causalworkbench.estimators.repr.lora.KnownAdapter;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.TensorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code lora-inspect} on adapters with a spectrum known by construction. */
class LoraInspectCommandTest {

    private static final double[] SPECTRUM = {4.0, 1.5, 0.25};
    private static final double ALPHA = 6;

    @TempDir
    Path dir;

    private Path adapter() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("adapter"));
        KnownAdapter.writeFolder(folder, TensorType.F32, ALPHA, SPECTRUM, 24, 16, 99,
                List.of(KnownAdapter.module(1, "q_proj"), KnownAdapter.module(0, "q_proj")));
        return folder;
    }

    @Test
    void loraInspect_writesKnownSpectrumAsJson() throws IOException {
        Path folder = adapter();

        CliRun result = CliRun.of("lora-inspect", folder.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode modules = new ObjectMapper().readTree(result.out()).get("modules");
        assertEquals(2, modules.size());
        JsonNode first = modules.get(0);
        assertEquals(List.of("name", "rank", "alpha", "singularValues", "scale", "shape"),
                fieldNames(first));
        assertEquals(KnownAdapter.module(0, "q_proj"), first.get("name").asText());
        assertEquals(KnownAdapter.module(1, "q_proj"), modules.get(1).get("name").asText());
        assertEquals(3, first.get("rank").asInt());
        assertEquals(ALPHA, first.get("alpha").asDouble(), 0.0);
        assertEquals(ALPHA / 3, first.get("scale").asDouble(), 1e-15);
        assertEquals(24, first.get("shape").get(0).asInt());
        assertEquals(16, first.get("shape").get(1).asInt());
        for (JsonNode module : modules) {
            JsonNode values = module.get("singularValues");
            assertEquals(3, values.size());
            for (int i = 0; i < 3; i++) {
                double expected = ALPHA / 3 * SPECTRUM[i];
                assertEquals(expected, values.get(i).asDouble(), 1e-6 * expected, "value " + i);
            }
        }
    }

    @Test
    void loraInspect_writesOutFile() throws IOException {
        Path folder = adapter();
        Path target = dir.resolve("spectra.json");

        CliRun result = CliRun.of("lora-inspect", folder.toString(), "--out",
                target.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        JsonNode written = new ObjectMapper().readTree(target.toFile());
        assertEquals(2, written.get("modules").size());
    }

    @Test
    void loraInspect_rejectsOutOverWeights() throws IOException {
        Path folder = adapter();
        Path weights = folder.resolve(LoraAdapter.WEIGHTS_FILE);
        byte[] before = Files.readAllBytes(weights);

        CliRun result = CliRun.of("lora-inspect", folder.toString(), "--out",
                weights.toString());

        assertRejected(result, "--out names the adapter's adapter_model.safetensors");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(weights)));
    }

    @Test
    void loraInspect_reportsTruncatedFileOnOneLine() throws IOException {
        Path folder = adapter();
        Path weights = folder.resolve(LoraAdapter.WEIGHTS_FILE);
        byte[] whole = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(whole, whole.length - 4));

        CliRun result = CliRun.of("lora-inspect", folder.toString());

        assertRejected(result, weights.toString(), "is truncated");
    }

    @Test
    void loraInspect_rejectsMissingFolderArgument() {
        assertRejected(CliRun.of("lora-inspect"), "missing the adapter folder; usage:"
                + " causal-workbench lora-inspect DIR [--compare DIR2] [--out FILE]");
    }

    @Test
    void loraInspect_rejectsFolderThatDoesNotExist() {
        Path missing = dir.resolve("nowhere");

        assertRejected(CliRun.of("lora-inspect", missing.toString()), missing.toString(),
                "is not a folder");
    }

    @Test
    void loraInspect_printsHelp() {
        CliRun result = CliRun.of("lora-inspect", "--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith(
                "usage: causal-workbench lora-inspect DIR [--compare DIR2]"
                + " [--out FILE]"), result.out());
        assertTrue(result.out().contains("--compare DIR2"), result.out());
        assertTrue(result.out().contains("adapter_model.safetensors"), result.out());
    }

    @Test
    void loraInspect_compareAddsMatchedCosines() throws IOException {
        Path first = LoraAdapterPair.writeFirst(dir, "first");
        Path second = LoraAdapterPair.writeSecond(dir, "second");

        CliRun result = CliRun.of("lora-inspect", first.toString(), "--compare",
                second.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals(3, root.get("modules").size());
        JsonNode comparison = root.get("comparison");
        assertEquals(second.toString(), comparison.get("adapter").asText());
        assertEquals("output", comparison.get("side").asText());
        assertEquals(0, comparison.get("direction").asInt());
        JsonNode matched = comparison.get("matched");
        assertEquals(List.of(LoraAdapterPair.SHARED, LoraAdapterPair.ORTHOGONAL),
                fieldNames(matched));
        assertEquals(1.0, matched.get(LoraAdapterPair.SHARED).asDouble(), 1e-6);
        assertEquals(0.0, matched.get(LoraAdapterPair.ORTHOGONAL).asDouble(), 1e-6);
    }

    @Test
    void loraInspect_compareWritesNullForOtherDimension() throws IOException {
        Path first = adapter();
        Path wide = Files.createDirectories(dir.resolve("wide"));
        KnownAdapter.writeFolder(wide, TensorType.F32, ALPHA, SPECTRUM, 32, 16, 5,
                List.of(KnownAdapter.module(0, "q_proj")));

        CliRun result = CliRun.of("lora-inspect", first.toString(), "--compare",
                wide.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode matched = new ObjectMapper().readTree(result.out()).get("comparison")
                .get("matched");
        assertEquals(1, matched.size());
        assertTrue(matched.get(KnownAdapter.module(0, "q_proj")).isNull(), matched.toString());
    }

    @Test
    void loraInspect_compareReportsMalformedFolder() throws IOException {
        Path first = adapter();
        Path broken = LoraAdapterPair.writeMalformed(dir, "broken");

        CliRun result = CliRun.of("lora-inspect", first.toString(), "--compare",
                broken.toString());

        assertRejected(result, broken.resolve(LoraAdapter.WEIGHTS_FILE).toString(),
                "is truncated");
    }

    @Test
    void loraInspect_rejectsOutOverComparedWeights() throws IOException {
        Path first = adapter();
        Path second = LoraAdapterPair.writeSecond(dir, "second");
        Path weights = second.resolve(LoraAdapter.WEIGHTS_FILE);

        CliRun result = CliRun.of("lora-inspect", first.toString(), "--compare",
                second.toString(), "--out", weights.toString());

        assertRejected(result, "--out names the adapter's adapter_model.safetensors");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertRejected(CliRun result, String... fragments) {
        assertEquals(2, result.exitCode(), result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), result.err());
        }
    }
}
