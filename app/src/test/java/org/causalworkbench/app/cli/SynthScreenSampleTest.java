package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.Predictor;
import org.causalworkbench.estimators.synth.PredictorSyntheticControl;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.ProximalSyntheticControl;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@code synth} screen, sensitivity, debiasing and predictor options on the shipped
 * factor-model sample panel (Region 01 treated from period 21, 19 donors, periods 1-30), with 10
 * taken from Region 07's post-period values, so the tests need no shared data.
 */
class SynthScreenSampleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double STEP = 10;

    @TempDir
    Path dir;

    private Path clean;
    private Path planted;

    @BeforeEach
    void writePanels() throws IOException {
        List<String> lines;
        try (InputStream in = SampleDatasets.FACTOR_PANEL.open()) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        clean = dir.resolve("factor-panel.csv");
        Files.write(clean, lines, StandardCharsets.UTF_8);
        List<String> stepped = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("Region 07") && Integer.parseInt(cells[1]) >= 21) {
                cells[2] = String.valueOf(Double.parseDouble(cells[2]) - STEP);
            }
            stepped.add(String.join(",", cells));
        }
        planted = dir.resolve("factor-panel-region07-step.csv");
        Files.write(planted, stepped, StandardCharsets.UTF_8);
    }

    private static List<String> args(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("synth", "--data", file.toString(),
                "--unit", "region", "--time", "period", "--outcome", "outcome", "--treated",
                "Region 01", "--intervention", "21"));
        args.addAll(List.of(extra));
        return args;
    }

    private static JsonNode synth(Path file, String... extra) throws IOException {
        CliRun run = CliRun.of(args(file, extra).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return MAPPER.readTree(run.out());
    }

    private static SyntheticControlSetup setup(Path file, List<String> excluded) {
        return SyntheticControlSetup.of(PanelReader.read(file,
                new PanelSpec("region", "period", "outcome", null)), "Region 01", 21, excluded);
    }

    @Test
    void lagScreen_flagsPlantedDonorFirst() throws IOException {
        JsonNode screen = synth(planted, "--screen", "lag").get("screen");
        JsonNode region07 = screen.get("units").get("Region 07");
        assertTrue(region07.get("flagged").asBoolean(), region07.toString());
        assertEquals(1, region07.get("rank").asInt(), region07.toString());
        assertTrue(region07.get("z").asDouble() < -4, region07.toString());
        assertFalse(region07.get("kept").asBoolean());
        assertEquals(19, screen.get("units").size());
    }

    @Test
    void sensitivity_whatIfIsFullPoolFit() throws IOException {
        JsonNode screened = synth(planted, "--screen", "lag", "--keep", "18", "--sensitivity",
                "10");
        assertEquals("Region 07", screened.get("screen").get("dropped").get(0).asText());
        JsonNode full = synth(planted);
        JsonNode cleanFit = synth(clean);
        double whatIf = screened.get("sensitivity").get("whatIf").get("Region 07").asDouble();
        assertEquals(full.get("att").asDouble(), whatIf, 1e-12);
        // A post-only shift of -10 on a donor of weight w moves the ATT by exactly +10 w.
        double weight = cleanFit.get("weights").get("Region 07").asDouble();
        assertTrue(weight > 0.1, "Region 07 must carry weight for this check: " + weight);
        assertEquals(cleanFit.get("att").asDouble() + STEP * weight, whatIf, 1e-9);
        double att = screened.get("att").asDouble();
        assertEquals(Math.abs(att), screened.get("sensitivity").get("breakdown").asDouble(),
                1e-12);
    }

    @Test
    void sensitivity_zeroWeightBreakdownIsNull() throws IOException {
        JsonNode json = synth(planted, "--screen", "lag", "--sensitivity", "1");
        JsonNode weights = json.get("weights");
        JsonNode perDonor = json.get("sensitivity").get("perDonorBreakdown");
        assertEquals(weights.size(), perDonor.size());
        weights.fields().forEachRemaining(entry -> {
            double weight = entry.getValue().asDouble();
            JsonNode size = perDonor.get(entry.getKey());
            if (weight == 0) {
                assertTrue(size.isNull(), entry.getKey());
            } else {
                assertEquals(Math.abs(json.get("att").asDouble()) / weight, size.asDouble(),
                        1e-9, entry.getKey());
            }
        });
    }

    @Test
    void debias_equalsDirectProximalFit() throws IOException {
        JsonNode json = synth(planted, "--screen", "lag", "--keep", "12", "--debias");
        List<String> dropped = new ArrayList<>();
        json.get("screen").get("dropped").forEach(unit -> dropped.add(unit.asText()));
        assertEquals(7, dropped.size());
        ProximalSyntheticControlResult direct = ProximalSyntheticControl.withDefaults()
                .fit(setup(planted, dropped), dropped);

        JsonNode debiased = json.get("debiased");
        assertEquals(direct.att(), debiased.get("att").asDouble(), 1e-12);
        assertEquals(7, debiased.get("instruments").asInt());
        assertEquals(direct.method().name(), debiased.get("method").asText());
        assertEquals(direct.keptDonors().size(), debiased.get("weights").size());
        for (String donor : direct.keptDonors()) {
            assertEquals(direct.weightOf(donor), debiased.get("weights").get(donor).asDouble(),
                    1e-12, donor);
        }
    }

    @Test
    void predictors_equalDirectNestedFit() throws IOException {
        JsonNode json = synth(clean, "--predictors", "outcome@1:10,outcome@11:20,outcome@20",
                "--seed", "5");
        List<Predictor> predictors = List.of(Predictor.mean("outcome", 1, 10),
                Predictor.mean("outcome", 11, 20), Predictor.at("outcome", 20));
        PredictorSyntheticControlResult direct = PredictorSyntheticControl.of(predictors)
                .withSeed(5).fit(setup(clean, List.of()), CsvTable.read(clean));

        assertEquals("synthetic-control-predictors", json.get("estimator").asText());
        assertEquals(direct.fit().att(), json.get("att").asDouble(), 1e-12);
        direct.fit().weightsByDonor().forEach((donor, weight) ->
                assertEquals(weight, json.get("weights").get(donor).asDouble(), 1e-12, donor));
        assertEquals(3, json.get("predictors").get("v").size());
        assertEquals(5, json.get("predictors").get("seed").asLong());
    }

    @Test
    void otherAnchors_run() throws IOException {
        JsonNode loo = synth(planted, "--screen", "loo").get("screen");
        assertEquals("loo", loo.get("anchor").asText());
        assertTrue(loo.get("notes").toString().contains("heuristic"), loo.get("notes")::toString);
        JsonNode anchored = synth(planted, "--screen", "anchored", "--trusted",
                "Region 02,Region 03", "--window", "2").get("screen");
        assertEquals("anchored", anchored.get("anchor").asText());
        assertEquals(2, anchored.get("window").asInt());
        assertEquals("[\"Region 02\",\"Region 03\"]", anchored.get("trusted").toString());
        assertTrue(synth(planted, "--screen", "lag").get("screen").get("trusted") == null);
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void badSetting_exitsTwoWithOneLine(List<String> options, String message) {
        CliRun run = CliRun.of(args(planted, options.toArray(String[]::new))
                .toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(List.of("--screen", "lag", "--keep", "20"),
                        "larger than the donor pool of 19"),
                Arguments.of(List.of("--screen", "lag", "--keep", "0"), "--keep 0 is invalid"),
                Arguments.of(List.of("--screen", "lag", "--interval", "1.5"),
                        "--interval 1.5 is outside (0, 1)"),
                Arguments.of(List.of("--screen", "lag", "--interval", "0"),
                        "--interval 0 is outside (0, 1)"),
                Arguments.of(List.of("--screen", "lag", "--window", "25"),
                        "leaves 0 pre-period bucket(s)"),
                Arguments.of(List.of("--screen", "lag", "--window", "0"), "--window 0 is invalid"),
                Arguments.of(List.of("--screen", "anchored"), "--screen anchored needs --trusted"),
                Arguments.of(List.of("--screen", "anchored", "--trusted", "Atlantis"),
                        "trusted donor 'Atlantis' is not in the donor pool"),
                Arguments.of(List.of("--screen", "anchored", "--trusted", "Region 01"),
                        "trusted donor 'Region 01' is not in the donor pool"),
                Arguments.of(List.of("--screen", "lag", "--trusted", "Region 02"),
                        "--trusted only applies with --screen anchored"),
                Arguments.of(List.of("--screen", "median"), "--screen 'median' is not an anchor"),
                Arguments.of(List.of("--keep", "3"), "--keep only applies with --screen"),
                Arguments.of(List.of("--sensitivity", "2"),
                        "--sensitivity needs excluded donors"),
                Arguments.of(List.of("--screen", "lag", "--sensitivity", "-1"),
                        "--sensitivity -1 is negative"),
                Arguments.of(List.of("--debias"), "--debias needs excluded donors"),
                Arguments.of(List.of("--seed", "3"), "--seed only applies with --predictors"),
                Arguments.of(List.of("--predictors", "outcome@25"),
                        "reaches past the pre-period, which ends at 20"),
                Arguments.of(List.of("--predictors", "outcome@x:3"),
                        "--predictors 'x' is not a number"),
                Arguments.of(List.of("--predictors", "outcome", "--placebo"),
                        "does not combine with --predictors"),
                Arguments.of(List.of("--predictors", "outcome", "--exclude", "Region 02",
                        "--sensitivity", "1"), "does not combine with --predictors"),
                Arguments.of(List.of("--predictors", "outcome", "--exclude", "Region 02",
                        "--debias"), "--debias refits the outcome-only"),
                Arguments.of(List.of("--predictors", "outcome@1:10,outcome@1:10"),
                        "--predictors lists 'outcome 1-10' twice"),
                Arguments.of(List.of("--predictors", "price@1:10"),
                        "no column named 'price' for the predictor 'price 1-10'"),
                Arguments.of(List.of("--predictors", "region@1:10"),
                        "predictor 'region 1-10' uses column 'region', which is the unit column"));
    }

    @Test
    void help_listsScreenOptions() {
        CliRun run = CliRun.of("synth", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--screen", "--keep", "--interval", "--window",
                "--trusted", "--sensitivity", "--debias", "--predictors", "--seed")) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
