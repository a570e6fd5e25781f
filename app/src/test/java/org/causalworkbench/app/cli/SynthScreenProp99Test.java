package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.SpilloverSensitivity;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code synth --screen} on Proposition 99 with 15 packs taken from Utah's 1989-2000
 * sales, a post-only spillover on the donor with the largest weight. Skipped when the shared
 * datasets are absent.
 */
class SynthScreenProp99Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void plantUtahStep() throws IOException {
        Path source = SharedDatasets.require("smoking_data.csv");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("Utah") && Integer.parseInt(cells[1]) >= 1989) {
                cells[2] = String.valueOf(Double.parseDouble(cells[2]) - 15);
            }
            lines.add(String.join(",", cells));
        }
        data = dir.resolve("smoking-utah-minus-15.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
    }

    private JsonNode synth(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("synth", "--data", data.toString(),
                "--unit", "state", "--time", "year", "--outcome", "cigsale", "--treated",
                "California", "--intervention", "1989"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return MAPPER.readTree(run.out());
    }

    @Test
    void lagScreen_flagsUtahAndRanksItFirst() throws IOException {
        JsonNode screen = synth("--screen", "lag").get("screen");
        JsonNode utah = screen.get("units").get("Utah");
        assertTrue(utah.get("flagged").asBoolean(), utah.toString());
        assertEquals(1, utah.get("rank").asInt(), utah.toString());
        // The default Bayesian ridge gives z = -4.27 for this plant.
        assertEquals(-4.27, utah.get("z").asDouble(), 0.01);
        assertFalse(utah.get("kept").asBoolean());
        assertEquals(38, screen.get("units").size());
        assertEquals("S2", screen.get("rule").asText());
        assertEquals("lag", screen.get("anchor").asText());
    }

    @Test
    void keep37_dropsUtahOnly() throws IOException {
        JsonNode json = synth("--screen", "lag", "--keep", "37");
        JsonNode kept = json.get("screen").get("kept");
        assertEquals(37, kept.size());
        kept.forEach(unit -> assertFalse(unit.asText().equals("Utah")));
        assertEquals("Utah", json.get("screen").get("dropped").get(0).asText());
        assertEquals(1, json.get("screen").get("dropped").size());
        assertEquals(37, json.get("weights").size());
        assertFalse(json.get("weights").has("Utah"));
        assertEquals("S1", json.get("screen").get("rule").asText());
    }

    @Test
    void sensitivity15_equalsDirectEstimatorCalls() throws IOException {
        JsonNode json = synth("--screen", "lag", "--keep", "37", "--sensitivity", "15");
        JsonNode sensitivity = json.get("sensitivity");

        Panel panel = PanelReader.read(data, new PanelSpec("state", "year", "cigsale", null));
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, "California", 1989,
                List.of("Utah"));
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(setup);
        SpilloverSensitivity direct = SpilloverSensitivity.of(setup, fit, List.of("Utah"));

        assertEquals(fit.att(), json.get("att").asDouble(), 1e-12);
        assertEquals(15, sensitivity.get("gamma").asDouble());
        assertEquals(direct.breakEven(), sensitivity.get("breakdown").asDouble(), 1e-12);
        assertEquals(direct.falsePositiveBound(),
                sensitivity.get("falsePositiveBound").asDouble(), 1e-9);
        assertEquals(direct.falseNegativeBound(15),
                sensitivity.get("falseNegativeBound").asDouble(), 1e-9);
        for (Map.Entry<String, Double> entry : direct.breakEvenByDonor().entrySet()) {
            JsonNode value = sensitivity.get("perDonorBreakdown").get(entry.getKey());
            if (Double.isInfinite(entry.getValue())) {
                assertTrue(value.isNull(), entry.getKey());
            } else {
                assertEquals(entry.getValue(), value.asDouble(), 1e-9, entry.getKey());
            }
        }
        List<WhatIfRow> rows = direct.whatIf(SyntheticControl.withDefaults(),
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(1, rows.size());
        assertEquals(rows.get(0).att(), sensitivity.get("whatIf").get("Utah").asDouble(),
                1e-12);
        // Putting Utah back is the full-pool fit, whose ATT the step moves to -13.6050.
        assertEquals(-13.6050, sensitivity.get("whatIf").get("Utah").asDouble(), 1e-3);
    }
}
