package org.causalworkbench.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.app.StandardStreamsAllowed;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.io.AtomicFiles;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;

/**
 * Runs the workbench without a window. The only command so far is {@code synth}, which fits a
 * synthetic control and writes the result as JSON.
 *
 * <p>Exit codes: 0 on success, 2 on any error, with one line on standard error that names the
 * problem and where it is.
 */
@StandardStreamsAllowed
public final class CommandLine {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for any error. */
    public static final int ERROR = 2;

    private CommandLine() {
    }

    /**
     * Runs a command and exits the JVM with its exit code.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command.
     *
     * @param args the command and its options
     * @param out receives the JSON when no {@code --out} file is given
     * @param err receives the error line
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("synth")) {
            if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
                out.println(SynthArguments.USAGE);
                out.println(SynthArguments.OPTIONS);
                return OK;
            }
            String command = args.length == 0 ? "" : args[0];
            err.println("error: unknown command '" + command + "'; " + SynthArguments.USAGE);
            return ERROR;
        }
        if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
            out.println(SynthArguments.USAGE);
            out.println(SynthArguments.OPTIONS);
            return OK;
        }
        try {
            SynthArguments arguments = SynthArguments.parse(List.of(args).subList(1, args.length));
            String json = SynthJson.toText(runSynth(arguments));
            if (arguments.out() == null) {
                out.print(json);
                out.flush();
                if (out.checkError()) {
                    err.println("error: writing the JSON to standard output failed; check the"
                            + " disk or pipe it writes to, or use --out FILE");
                    return ERROR;
                }
            } else {
                write(arguments.out(), json);
            }
            return OK;
        } catch (IllegalArgumentException invalid) {
            err.println("error: " + oneLine(invalid.getMessage()));
            return ERROR;
        } catch (IOException io) {
            err.println("error: " + oneLine(io.getMessage()));
            return ERROR;
        } catch (OutOfMemoryError memory) {
            err.println("error: not enough memory for this data; start Java with a larger heap,"
                    + " for example java -Xmx8g -jar causal-workbench.jar ...");
            return ERROR;
        } catch (RuntimeException unexpected) {
            err.println("error: the analysis failed unexpectedly (" + unexpected
                    + "); please report this with the command you ran");
            return ERROR;
        }
    }

    private static SynthOutcome runSynth(SynthArguments arguments) {
        PanelSpec spec = new PanelSpec(arguments.unitColumn(), arguments.timeColumn(),
                arguments.outcomeColumn(), null);
        Panel panel = PanelReader.read(arguments.data(), spec);
        SynthRequest request = new SynthRequest(panel, arguments.treatedUnit(),
                arguments.interventionTime(), arguments.excludedDonors(), arguments.placebo(),
                arguments.treatedInPlaceboPools());
        return SynthAnalysis.run(request, ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static void write(Path target, String json) throws IOException {
        try {
            AtomicFiles.write(target, json.getBytes(StandardCharsets.UTF_8));
        } catch (java.nio.file.FileSystemException io) {
            String reason = io.getReason() != null ? io.getReason()
                    : io.getClass().getSimpleName().replace("Exception", "");
            throw new IOException("cannot write --out " + target + ": " + io.getFile() + ": "
                    + reason + "; choose an existing, writable folder", io);
        } catch (IOException io) {
            throw new IOException("cannot write --out " + target + ": " + io.getMessage()
                    + "; choose an existing, writable folder", io);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
