package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that a bad --out fails before the analysis starts, with a message that helps. */
class OutputTargetTest {

    @TempDir
    Path folder;

    @Test
    void folderAsOut_failsBeforeTheRun() {
        long start = System.nanoTime();

        CliRun result = CliRun.of("crl", "--lambdas", "0,0.1", "--seed", "1", "--out",
                folder.toString());

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("is a folder; give a file name inside it"),
                result.err());
        assertTrue(result.err().contains(folder.resolve("result.json").toString()),
                result.err());
        // A default crl run with two lambdas takes about ten seconds or more.
        assertTrue(seconds < 5, "took " + seconds + " s");
    }

    @Test
    void missingFolder_isNamed() {
        Path target = folder.resolve("absent").resolve("grasp.json");

        CliRun result = CliRun.of("grasp", "--out", target.toString());

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("folder " + folder.resolve("absent")
                + ", which does not exist"), result.err());
    }

    @Test
    void outWithoutValue_isRejected() {
        CliRun result = CliRun.of("grasp", "--out");

        assertEquals(CommandLine.ERROR, result.exitCode());
        assertTrue(result.err().contains("--out"), result.err());
    }
}
