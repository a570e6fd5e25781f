package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs {@code simulate spillover} in-process and reads the bias table it writes. */
class SimulateSpilloverTest {

    @TempDir
    Path dir;

    private CliRun simulate(Path file, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "spillover",
                "--donors", "40", "--pre", "30", "--post", "10", "--out", file.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void simulateSpillover_writesBiasPerReplicate() throws IOException {
        Path file = dir.resolve("biases.csv");
        CliRun result = simulate(file, "--invalid-share", "0.8", "--noise", "low",
                "--replicates", "200", "--seed", "3");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("biases.csv"), result.out());
        List<String> lines = Files.readAllLines(file);
        assertEquals("replicate,seed,ALL,VALID,S1,S2", lines.get(0));
        assertEquals(201, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals("0", first[0]);
        assertEquals(String.valueOf(ReplicateRunner.replicateSeed(3, 0)), first[1]);
        double all = 0;
        double valid = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            all += Double.parseDouble(cells[2]) / 200;
            valid += Double.parseDouble(cells[3]) / 200;
        }
        // The SDs are about 0.31 and 0.035, so 4 standard errors are 0.09 and 0.01.
        assertEquals(1.6, all, 0.09);
        assertEquals(0.0, valid, 0.01);
    }

    @Test
    void simulateSpillover_screenColumnsFollowKeepAndInterval() throws IOException {
        Path file = dir.resolve("screens.csv");
        Path keepAll = dir.resolve("keep-all.csv");
        assertEquals(0, simulate(file, "--replicates", "20", "--seed", "4", "--keep", "10",
                "--interval", "0.9").exitCode());
        assertEquals(0, simulate(keepAll, "--replicates", "20", "--seed", "4", "--keep", "40",
                "--interval", "0.9").exitCode());
        List<String> lines = Files.readAllLines(file);
        List<String> allKept = Files.readAllLines(keepAll);
        int changed = 0;
        for (int r = 1; r <= 20; r++) {
            String[] cells = lines.get(r).split(",");
            String[] keptAll = allKept.get(r).split(",");
            // Keeping all 40 donors makes S1 the ALL fit; keeping 10 changes it.
            assertEquals(Double.parseDouble(keptAll[2]), Double.parseDouble(keptAll[4]), 1e-9,
                    "replicate " + r);
            assertEquals(cells[2], keptAll[2], "replicate " + r);
            assertEquals(cells[5], keptAll[5], "S2 does not depend on --keep, replicate " + r);
            changed += cells[4].equals(keptAll[4]) ? 0 : 1;
        }
        assertTrue(changed > 0, "--keep 10 left S1 unchanged in every replicate");
    }

    @Test
    void simulateSpillover_isReproducibleForSeed() throws IOException {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        Path other = dir.resolve("c.csv");
        simulate(first, "--replicates", "5", "--seed", "8");
        simulate(second, "--replicates", "5", "--seed", "8");
        simulate(other, "--replicates", "5", "--seed", "9");
        assertEquals(Files.readString(first), Files.readString(second));
        assertFalse(Files.readString(first).equals(Files.readString(other)));
    }

    @Test
    void simulateSpillover_acceptsNumericNoiseAndExtensions() throws IOException {
        Path file = dir.resolve("ramp.csv");
        CliRun result = simulate(file, "--noise", "0.5", "--replicates", "3", "--ramp", "5",
                "--latent-shift", "2");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(4, Files.readAllLines(file).size());
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void simulateSpillover_rejectsBadOption(List<String> options, String message) {
        Path file = dir.resolve("x.csv");
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "spillover", "--out",
                file.toString()));
        args.addAll(options);
        CliRun result = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(message), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(Files.exists(file));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(List.of("--invalid-share", "1.5"),
                        "--invalid-share: Invalid share of invalid donors 1.5"),
                Arguments.of(List.of("--invalid-share", "1"),
                        "--invalid-share 1.0 makes all 120 donor(s) invalid, so the VALID column"),
                Arguments.of(List.of("--noise", "-0.2"),
                        "--noise: Invalid donor noise sigma_x -0.2"),
                Arguments.of(List.of("--noise", "loud"), "--noise 'loud' is not a number"),
                Arguments.of(List.of("--pre", "2"), "--pre 2 is out of range"),
                Arguments.of(List.of("--replicates", "0"), "--replicates 0 is out of range"),
                Arguments.of(List.of("--replicates", "10001"),
                        "--replicates 10001 is out of range; give a whole number from 1 to 10000"),
                Arguments.of(List.of("--donors", "1"), "the default --invalid-share 0.8 makes all"
                        + " 1 donor(s) invalid, so the VALID column has no donor to fit; give"
                        + " --invalid-share below 0.5 or more donors"),
                Arguments.of(List.of("--donors", "ten"), "--donors 'ten' is not a whole number"),
                Arguments.of(List.of("--donors", "1000000", "--pre", "100"),
                        "values per panel"),
                Arguments.of(List.of("--ramp", "0"), "--ramp 0 is out of range"),
                Arguments.of(List.of("--threads", "2"), "unknown option '--threads'"),
                Arguments.of(List.of("--keep", "121"), "--keep 121 is out of range"),
                Arguments.of(List.of("--keep", "0"), "--keep 0 is out of range"),
                Arguments.of(List.of("--interval", "1"), "--interval 1.0 is outside (0, 1)"),
                Arguments.of(List.of("--interval", "0"), "--interval 0.0 is outside (0, 1)"));
    }

    @Test
    void simulateSpillover_withoutOut_exitsTwo() {
        CliRun result = CliRun.of("simulate", "spillover", "--donors", "10");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("missing required option --out"), result.err());
    }

    @Test
    void simulateSpillover_intoMissingFolder_namesFolder() {
        Path file = dir.resolve("missing").resolve("x.csv");
        CliRun result = simulate(file, "--replicates", "2");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("missing"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void simulateHelp_listsSpillover() {
        CliRun result = CliRun.of("simulate", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("simulate spillover --out FILE"), result.out());
    }
}
