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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the {@code synth} command in-process and reads its JSON and error output. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static String[] prop99(String... extra) {
        List<String> args = new ArrayList<>(List.of("synth", "--data",
                SharedDatasets.require("smoking_data.csv").toString(), "--unit", "state",
                "--time", "year", "--outcome", "cigsale", "--treated", "California",
                "--intervention", "1989"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void synth_reproducesProp99ReferenceValues() throws IOException {
        Run result = run(prop99());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertEquals("synthetic-control", json.get("estimator").asText());
        assertEquals("California", json.get("treated").asText());
        assertEquals(1989, json.get("intervention").asInt());
        assertTrue(json.get("intervention").isIntegralNumber());
        Map<String, Double> reference = Map.of("Utah", 0.3939, "Montana", 0.2318, "Nevada",
                0.2049, "Connecticut", 0.1091, "New Hampshire", 0.0454, "Colorado", 0.0148);
        reference.forEach((state, weight) ->
                assertEquals(weight, json.get("weights").get(state).asDouble(), 1e-3, state));
        assertEquals(38, json.get("weights").size());
        assertEquals(1.6564, json.get("preRmspe").asDouble(), 1e-3);
        assertEquals(20.6056, json.get("postRmspe").asDouble(), 1e-3);
        assertEquals(-19.5136, json.get("att").asDouble(), 1e-3);
        assertEquals(31, json.get("series").size());
        JsonNode first = json.get("series").get(19);
        assertEquals(1989, first.get("time").asInt());
        assertEquals(-8.4405, first.get("gap").asDouble(), 1e-3);
        assertEquals(first.get("observed").asDouble() - first.get("synthetic").asDouble(),
                first.get("gap").asDouble(), 1e-9);
        assertFalse(json.has("placebo"));
        assertTrue(result.err().isEmpty(), result.err());
    }

    @Test
    void synth_withPlacebo_reportsRankAndRatios() throws IOException {
        JsonNode placebo = run(prop99("--placebo")).json().get("placebo");

        assertEquals(3, placebo.get("rank").asInt());
        assertEquals(3.0 / 39, placebo.get("pValue").asDouble(), 1e-12);
        assertEquals(39, placebo.get("units").size());
        assertEquals(12.44, placebo.get("units").get("California").asDouble(), 1e-2);
    }

    @Test
    void synth_withOut_writesFileAndNothingToStdout(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("result.json");

        Run result = run(prop99("--out", target.toString()));

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().isEmpty());
        JsonNode json = JSON.readTree(Files.readString(target));
        assertEquals(-19.5136, json.get("att").asDouble(), 1e-3);
    }

    @Test
    void synth_withExclude_dropsDonors() throws IOException {
        JsonNode json = run(prop99("--exclude", "Utah, Nevada")).json();

        assertEquals(36, json.get("weights").size());
        assertFalse(json.get("weights").has("Utah"));
        assertFalse(json.get("weights").has("Nevada"));
    }

    static Stream<Arguments> otherPanels() {
        return Stream.of(
                Arguments.of("german_reunification.csv", "country", "gdp", "West Germany",
                        "1990", 16),
                Arguments.of("basque_data.csv", "regionname", "gdpcap",
                        "Basque Country (Pais Vasco)", "1970", 16),
                Arguments.of("P99data.csv", "state", "cigsale", "California", "1989", 38));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherPanels")
    void synth_givesExactOptimalFit(String file, String unit, String outcome, String treated,
            String intervention, int donors) throws IOException {
        Run result = run("synth", "--data", SharedDatasets.require(file).toString(), "--unit",
                unit, "--time", "year", "--outcome", outcome, "--treated", treated,
                "--intervention", intervention);

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertTrue(json.get("diagnostics").get("kktViolation").asDouble() < 1e-9);
        double sum = 0;
        for (Iterator<JsonNode> it = json.get("weights").elements(); it.hasNext(); ) {
            double weight = it.next().asDouble();
            assertTrue(weight >= 0);
            sum += weight;
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(donors, json.get("weights").size());
    }

    static Stream<Arguments> badInvocations() {
        return Stream.of(
                Arguments.of(new String[] {"synth", "--unit", "state"}, "missing required"),
                Arguments.of(new String[] {"fit"}, "unknown command 'fit'"),
                Arguments.of(new String[] {"synth", "--frobnicate"}, "unknown option"),
                Arguments.of(new String[] {"synth", "--data"}, "--data needs a value"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInvocations")
    void run_withBadArguments_exitsTwoWithOneLine(String[] args, String expected) {
        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(expected), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.out().isEmpty());
    }

    @Test
    void synth_withUnknownTreated_namesFileAndColumn() {
        String[] args = prop99();
        args[10] = "Narnia";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("smoking_data.csv"), result.err());
        assertTrue(result.err().contains("'Narnia'"), result.err());
        assertTrue(result.err().contains("column 'state'"), result.err());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void synth_withMissingFile_exitsTwo() {
        Run result = run("synth", "--data", "no-such-file.csv", "--unit", "u", "--time", "t",
                "--outcome", "y", "--treated", "A", "--intervention", "3");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no-such-file.csv: file not found"), result.err());
    }

    @Test
    void synth_withNonNumericIntervention_exitsTwo() {
        String[] args = prop99();
        args[12] = "soon";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--intervention 'soon' is not a number"), result.err());
    }

    @Test
    void synth_withNonNumericOutcome_namesLineAndColumn(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "unit,time,y\nA,1,1\nA,2,x\nB,1,2\nB,2,3\n");

        Run result = run("synth", "--data", csv.toString(), "--unit", "unit", "--time", "time",
                "--outcome", "y", "--treated", "A", "--intervention", "2");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("bad.csv, line 3, column 'y'"), result.err());
    }

    @Test
    void synth_withOutInMissingFolder_createsNothing(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");

        Run result = run(prop99("--out", missing.resolve("x.json").toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(missing + ", which does not exist"), result.err());
        assertEquals(1, result.err().lines().count());
        assertFalse(Files.exists(missing));
    }

    @Test
    void synth_withOutNamingFolder_exitsTwo(@TempDir Path dir) {
        Run result = run(prop99("--out", dir.toString()));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("is a folder; give a file name inside it"),
                result.err());
    }

    @Test
    void synth_withInterventionBetweenYears_exitsTwo() {
        String[] args = prop99();
        args[12] = "1988.5";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("1988.5 is not a time in column 'year'"), result.err());
    }

    @Test
    void helpCommand_listsEveryUsageWithProgramName() {
        CliRun result = CliRun.of("help");

        assertEquals(CommandLine.OK, result.exitCode(), result.err());
        List<String> usages = result.out().lines().filter(line -> line.startsWith("usage:"))
                .toList();
        assertTrue(usages.size() >= 9, "one usage per command at least: " + result.out());
        for (String usage : usages) {
            assertTrue(usage.startsWith("usage: causal-workbench "), usage);
        }
    }

    @Test
    void helpWithCommand_printsThatCommandOnly() {
        CliRun result = CliRun.of("help", "grasp");

        assertEquals(CommandLine.OK, result.exitCode(), result.err());
        assertTrue(result.out().startsWith(GraspCommand.USAGE), result.out());
        assertTrue(result.out().contains("--epochs E"), result.out());
        assertFalse(result.out().contains("usage: causal-workbench synth"), result.out());
    }

    @Test
    void synthHelp_printsUsageAndOptions() {
        Run result = run("synth", "--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("usage: causal-workbench synth"), result.out());
        assertTrue(result.out().contains("--intervention TIME"), result.out());
        assertTrue(result.err().isEmpty());
    }

    @Test
    void synth_withFailingStdout_exitsTwo() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLine.run(prop99(), new PrintStream(broken, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("standard output failed"));
    }

    @Test
    void synth_withOutEqualToData_keepsData(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("panel.csv");
        String content = "unit,time,y\nA,1,1\nA,2,2\nA,3,3\nB,1,1\nB,2,2\nB,3,2\n";
        Files.writeString(csv, content);

        Run result = run("synth", "--data", csv.toString(), "--unit", "unit", "--time", "time",
                "--outcome", "y", "--treated", "A", "--intervention", "3", "--out",
                csv.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--out names the input file"), result.err());
        assertEquals(content, Files.readString(csv));
    }

    @Test
    void synth_withPoolOptionButNoPlacebo_exitsTwo() {
        Run result = run(prop99("--treated-in-placebo-pools"));

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("only applies with --placebo"), result.err());
    }

    @Test
    void synth_withSameColumnForTwoRoles_exitsTwo() {
        String[] args = prop99();
        args[8] = "year";

        Run result = run(args);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("column 'year' is chosen as both the time and the"
                + " outcome"), result.err());
    }

    @Test
    void version_printsWorkbenchVersion() {
        Run result = run("--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("Causal Workbench "), result.out());
        assertFalse(result.out().contains("${"), result.out());
    }
}
