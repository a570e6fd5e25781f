package org.causalworkbench.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Exit code and captured output of one in-process run of {@link CommandLine}.
 *
 * @param exitCode the exit code
 * @param out what the command printed to standard output
 * @param err what the command printed to standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs a command with captured standard output and error. */
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}
