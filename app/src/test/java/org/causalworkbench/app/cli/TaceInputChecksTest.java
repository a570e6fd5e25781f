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
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code tace}, {@code obsexp} and {@code simulate} on inputs that gave bad output. */
class TaceInputChecksTest {

    @TempDir
    Path dir;

    private Path units(int households, String outcomeOverride) throws IOException {
        return write("units.csv", HouseholdData.csv(households, outcomeOverride));
    }

    /** Writes the household edges, leaving out the last {@code skipped} households. */
    private Path edges(int households, int skipped) throws IOException {
        StringBuilder csv = new StringBuilder("source,target\n");
        for (int h = 0; h < households - skipped; h++) {
            csv.append("u").append(h).append("_0,u").append(h).append("_1\n");
            csv.append("u").append(h).append("_0,u").append(h).append("_2\n");
            csv.append("u").append(h).append("_1,u").append(h).append("_2\n");
        }
        return write("edges.csv", csv.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> base(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("tace", "--data", data.toString(), "--id",
                "id", "--treatment", "t", "--outcome", "y"));
        args.addAll(List.of(more));
        return args;
    }

    private static CliRun run(List<String> args) {
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertRejected(CliRun result, String... fragments) {
        assertEquals(2, result.exitCode(), result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), result.err());
        }
    }

    @Test
    void out_namingData_isRejected() throws IOException {
        Path data = units(50, null);
        String before = Files.readString(data);
        CliRun result = run(base(data, "--groups", "household", "--signature",
                "group-fraction", "--out", data.toString()));
        assertRejected(result, "--out", "--data");
        assertEquals(before, Files.readString(data));
    }

    @Test
    void out_namingGraph_isRejected() throws IOException {
        Path data = units(50, null);
        Path graph = edges(50, 0);
        CliRun result = run(base(data, "--graph", graph.toString(), "--signature", "count",
                "--out", graph.toString()));
        assertRejected(result, "--out", "--graph");
    }

    @Test
    void obsexpOut_namingTrial_isRejected() throws IOException {
        Path trial = write("rct.csv", "x,T,Y\n0,1,1\n1,0,2\n");
        CliRun result = CliRun.of("obsexp", "--rct", trial.toString(), "--covariates", "x",
                "--treatment", "T", "--outcome", "Y", "--propensity", "0.5", "--omega-column",
                "x", "--out", trial.toString());
        assertRejected(result, "--out", "--rct");
        assertEquals("x,T,Y\n0,1,1\n1,0,2\n", Files.readString(trial));
    }

    @Test
    void isolatedUnits_byDefault_namesIdsAndOption() throws IOException {
        CliRun result = run(base(units(100, null), "--graph", edges(100, 2).toString(),
                "--signature", "neighbour-fraction"));
        assertRejected(result, "6 units", "'u98_0'", "edges.csv", "--isolated zero");
        assertTrue(!result.err().contains("IsolatedUnitPolicy"), result.err());
    }

    @Test
    void isolatedUnits_inGroups_namesGroupColumn() throws IOException {
        Path data = write("lonely.csv", "id,household,t,y\na,h1,1,2\nb,h1,0,1\nc,h2,1,3\n");
        CliRun result = run(base(data, "--groups", "household", "--signature",
                "group-fraction"));
        assertRejected(result, "'c'", "household", "--isolated");
    }

    @Test
    void isolatedUnits_zero_warnsInJson() throws IOException {
        CliRun result = run(base(units(300, null), "--graph", edges(300, 2).toString(),
                "--signature", "neighbour-fraction", "--isolated", "zero"));
        assertEquals(0, result.exitCode(), result.err());
        JsonNode warnings = new ObjectMapper().readTree(result.out()).get("warnings");
        assertTrue(warnings.toString().contains("6 of 900 units have no neighbours"),
                warnings.toString());
    }

    @Test
    void isolatedUnits_unknownPolicy_isRejected() throws IOException {
        CliRun result = run(base(units(50, null), "--graph", edges(50, 0).toString(),
                "--signature", "count", "--isolated", "drop"));
        assertRejected(result, "--isolated 'drop'");
    }

    private Path distances(int count, double scale) throws IOException {
        StringBuilder csv = new StringBuilder("id");
        for (int h = 0; h < count; h++) {
            for (int k = 0; k < 3; k++) {
                csv.append(",u").append(h).append('_').append(k);
            }
        }
        csv.append('\n');
        int n = 3 * count;
        for (int i = 0; i < n; i++) {
            csv.append('u').append(i / 3).append('_').append(i % 3);
            for (int j = 0; j < n; j++) {
                double distance = scale * (1 + Math.abs(i - j));
                csv.append(',').append(i == j ? "0" : String.valueOf(distance));
            }
            csv.append('\n');
        }
        return write("distances.csv", csv.toString());
    }

    @Test
    void inverseDistance_hugePower_explainsUnderflow() throws IOException {
        CliRun result = run(base(units(20, null), "--graph", edges(20, 0).toString(),
                "--signature", "inverse-distance", "--distances",
                distances(20, 3).toString(), "--power", "1000", "--propensity", "bins:5"));
        assertRejected(result, "underflow", "'u0_0'", "smaller --power");
    }

    @Test
    void inverseDistance_tinyDistance_explainsOverflow() throws IOException {
        CliRun result = run(base(units(20, null), "--graph", edges(20, 0).toString(),
                "--signature", "inverse-distance", "--distances",
                distances(20, 1e-200).toString(), "--propensity", "bins:5"));
        assertRejected(result, "overflow", "'u0_0'", "rescale");
    }

    @Test
    void graphWithoutEdges_isRejected() throws IOException {
        CliRun result = run(base(units(20, null), "--graph", write("g.gml", "").toString(),
                "--signature", "count"));
        assertRejected(result, "has no edges");
    }

    @Test
    void hugeOutcomes_askToRescale() throws IOException {
        CliRun result = run(base(units(50, "1.7e308"), "--groups", "household",
                "--signature", "group-fraction"));
        assertRejected(result, "rescale the outcome");
    }

    @Test
    void emptyCovariateCell_namesLineAndColumn() throws IOException {
        Path data = write("gap.csv", "id,household,t,x,y\na,h1,1,0,2\nb,h1,0,,1\n"
                + "c,h1,1,1,3\n");
        CliRun result = run(base(data, "--groups", "household", "--signature",
                "group-fraction", "--covariates", "x"));
        assertRejected(result, "line 3", "column 'x'", "missing");
    }

    @Test
    void covariatesWithoutNames_isRejected() throws IOException {
        CliRun result = run(base(units(50, null), "--groups", "household", "--signature",
                "group-fraction", "--covariates", ","));
        assertRejected(result, "--covariates");
    }

    @Test
    void defaultLevelOverflow_isRejected() throws IOException {
        CliRun result = run(base(units(50, null), "--groups", "household", "--signature",
                "group-fraction", "--default-level", "-9223372036854775808/-1"));
        assertRejected(result, "--default-level");
    }

    @Test
    void countWithBins_namesOptionsAndUnit() throws IOException {
        CliRun result = run(base(units(50, null), "--groups", "household", "--signature",
                "count", "--propensity", "bins:5"));
        assertRejected(result, "--propensity bins:5", "--signature count", "'u0_");
    }

    @Test
    void allTreated_saysOneArm() throws IOException {
        Path data = write("treated.csv", "id,household,t,y\na,h1,1,2\nb,h1,1,1\nc,h2,1,3\n"
                + "d,h2,1,2\n");
        CliRun result = run(base(data, "--groups", "household", "--signature",
                "group-fraction"));
        assertRejected(result, "only one arm", "no adjustment");
    }

    @Test
    void bootstrapAboveCap_isRejected() throws IOException {
        CliRun result = run(base(units(50, null), "--groups", "household", "--signature",
                "group-fraction", "--bootstrap", "1000000"));
        assertRejected(result, "--bootstrap", "100000");
    }

    @Test
    void simulateUnknownDesign_namesIt() {
        CliRun result = CliRun.of("simulate", "foo", "--out", dir.resolve("x.csv").toString());
        assertRejected(result, "unknown design 'foo'");
    }

    @Test
    void simulateContextsAboveCap_isRejected() {
        CliRun result = CliRun.of("simulate", "interference", "--out",
                dir.resolve("x.csv").toString(), "--contexts", "1000000");
        assertRejected(result, "--contexts", "100000");
    }
}
