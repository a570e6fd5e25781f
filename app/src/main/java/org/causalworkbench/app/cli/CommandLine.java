package org.causalworkbench.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.causalworkbench.app.StandardStreamsAllowed;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs the workbench without a window. Commands: {@code synth} fits a synthetic control,
 * {@code obsexp} tests an observational CATE against a trial and gives GP intervals for its
 * bias, {@code tace} estimates effects under interference, {@code grasp} runs the latent-persona
 * GRASP experiment, {@code crl} sweeps the penalty weight of the causal-representation
 * recommender on the synthetic world or on KuaiRand logs, {@code contrastive} runs the structured-treatment lab, {@code simulate} writes a
 * simulated data set, {@code report} re-runs a project file into an HTML report, and
 * {@code lora-inspect} lists the singular values of a LoRA adapter's updates. Results are JSON.
 *
 * <p>Exit codes: 0 on success, 2 on any error, with one line on standard error that names the
 * problem and where it is, and 3 when {@code report} finds a re-run that differs from the result
 * stored in the project.
 */
@StandardStreamsAllowed
public final class CommandLine {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for any error. */
    public static final int ERROR = 2;
    /** Exit code of {@code report} when a re-run differs from the result stored in the project. */
    public static final int RESULTS_DIFFER = 3;

    private static final String COMMANDS = "commands: synth, obsexp, simulate, tace, grasp,"
            + " crl, contrastive, report, lora-inspect; add --help to one, or run help COMMAND,"
            + " for its options";

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
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        if (command.equals("--version")) {
            out.println("Causal Workbench " + org.causalworkbench.app.WorkbenchVersion.current());
            return OK;
        }
        if (command.equals("help") && rest.size() == 1) {
            return help(rest.get(0), out, err);
        }
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            out.println(SynthArguments.USAGE);
            out.println(ObsexpInputs.USAGE);
            out.println(SimulateCommand.USAGE);
            out.println(TaceCommand.USAGE);
            out.println(GraspCommand.USAGE);
            out.println(CrlCommand.USAGE);
            out.println(ContrastiveCommand.USAGE);
            out.println(ReportCommand.USAGE);
            out.println(LoraInspectCommand.USAGE);
            return OK;
        }
        if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
            return help(command, out, err);
        }
        try {
            OutputTarget.check(rest);
            switch (command) {
                case "synth" -> {
                    SynthArguments arguments = SynthArguments.parse(rest);
                    return emit(SynthJson.toText(SynthCommand.run(arguments)), arguments.out(), out,
                            err);
                }
                case "obsexp" -> {
                    Options options = Options.parse(rest, ObsexpInputs.VALUED, Set.of(),
                            ObsexpInputs.USAGE);
                    options.rejectOutputOverInputs("--rct", "--obs", "--eval",
                            "--hyperparameters");
                    Path target = options.get("--out").map(Path::of).orElse(null);
                    String json = ObsexpJson.toText(ObsExpAnalysis.run(ObsexpInputs.read(options),
                            ProgressSink.NONE, CancellationToken.NEVER));
                    return emit(json, target, out, err);
                }
                case "tace" -> {
                    Options options = Options.parse(rest, TaceCommand.VALUED, Set.of(),
                            TaceCommand.USAGE);
                    options.rejectOutputOverInputs("--data", "--graph", "--distances");
                    Path target = options.get("--out").map(Path::of).orElse(null);
                    return emit(TaceCommand.run(options), target, out, err);
                }
                case "grasp" -> {
                    Options options = Options.parse(rest, GraspCommand.VALUED,
                            GraspCommand.SWITCHES, GraspCommand.USAGE);
                    Path target = options.get("--out").map(Path::of).orElse(null);
                    return emit(GraspCommand.run(options), target, out, err);
                }
                case "crl" -> {
                    Options options = Options.parse(rest, CrlCommand.VALUED, Set.of(),
                            CrlCommand.USAGE);
                    Path target = options.get("--out").map(Path::of).orElse(null);
                    return emit(CrlCommand.run(options), target, out, err);
                }
                case "contrastive" -> {
                    Options options = Options.parse(rest, ContrastiveCommand.VALUED, Set.of(),
                            ContrastiveCommand.USAGE);
                    Path target = options.get("--out").map(Path::of).orElse(null);
                    return emit(ContrastiveCommand.run(options), target, out, err);
                }
                case "report" -> {
                    ReportCommand.Output report = ReportCommand.run(rest);
                    int code = emit(report.html(), report.out(), out, err);
                    if (code == OK && !report.mismatches().isEmpty()) {
                        err.println("warning: the re-run of " + String.join(", ",
                                report.mismatches()) + " differs from the result stored in the"
                                + " project; the report marks it and shows the new numbers");
                        return RESULTS_DIFFER;
                    }
                    return code;
                }
                case "lora-inspect" -> {
                    LoraInspectCommand.Output inspection = LoraInspectCommand.run(rest);
                    return emit(inspection.json(), inspection.out(), out, err);
                }
                case "simulate" -> {
                    StringBuilder written = new StringBuilder("{\"files\":[");
                    List<Path> files = SimulateCommand.run(rest);
                    for (int i = 0; i < files.size(); i++) {
                        written.append(i == 0 ? "" : ",").append('"')
                                .append(files.get(i).toString().replace("\\", "\\\\")
                                        .replace("\"", "\\\"")).append('"');
                    }
                    return emit(written.append("]}").append(System.lineSeparator()).toString(),
                            null, out, err);
                }
                default -> {
                    err.println("error: unknown command '" + command + "'; " + COMMANDS);
                    return ERROR;
                }
            }
        } catch (IllegalArgumentException invalid) {
            err.println("error: " + oneLine(invalid.getMessage()));
            return ERROR;
        } catch (FileSystemException io) {
            String reason = io.getReason() != null ? io.getReason()
                    : io.getClass().getSimpleName().replace("Exception", "");
            err.println("error: cannot write " + io.getFile() + ": " + reason
                    + "; choose an existing, writable folder");
            return ERROR;
        } catch (IOException io) {
            err.println("error: " + oneLine(io.getMessage()));
            return ERROR;
        } catch (OutOfMemoryError memory) {
            err.println("error: not enough memory for this data; start Java with a larger heap,"
                    + " for example java -Xmx8g -jar causal-workbench.jar ...");
            return ERROR;
        } catch (RuntimeException unexpected) {
            err.println("error: the analysis failed unexpectedly (" + oneLine(unexpected.toString())
                    + "); please report this with the command you ran");
            return ERROR;
        }
    }

    private static int help(String command, PrintStream out, PrintStream err) {
        switch (command) {
            case "synth" -> {
                out.println(SynthArguments.USAGE);
                out.println(SynthArguments.OPTIONS);
            }
            case "obsexp" -> {
                out.println(ObsexpInputs.USAGE);
                out.println(ObsexpInputs.OPTIONS);
            }
            case "simulate" -> out.println(SimulateCommand.USAGE);
            case "report" -> {
                out.println(ReportCommand.USAGE);
                out.println(ReportCommand.OPTIONS);
            }
            case "tace" -> {
                out.println(TaceCommand.USAGE);
                out.println(TaceCommand.OPTIONS);
            }
            case "lora-inspect" -> {
                out.println(LoraInspectCommand.USAGE);
                out.println(LoraInspectCommand.OPTIONS);
            }
            case "grasp" -> {
                out.println(GraspCommand.USAGE);
                out.println(GraspCommand.OPTIONS);
            }
            case "crl" -> {
                out.println(CrlCommand.USAGE);
                out.println(CrlCommand.OPTIONS);
            }
            case "contrastive" -> {
                out.println(ContrastiveCommand.USAGE);
                out.println(ContrastiveCommand.OPTIONS);
            }
            default -> {
                err.println("error: unknown command '" + command + "'; " + COMMANDS);
                return ERROR;
            }
        }
        return OK;
    }

    /** Writes the JSON to the file, or to standard output when there is none. */
    private static int emit(String json, Path target, PrintStream out, PrintStream err)
            throws IOException {
        if (target != null) {
            write(target, json);
            return OK;
        }
        out.print(json);
        out.flush();
        if (out.checkError()) {
            err.println("error: writing the JSON to standard output failed; check the disk or"
                    + " pipe it writes to, or use --out FILE");
            return ERROR;
        }
        return OK;
    }

    private static void write(Path target, String json) throws IOException {
        // The report's default target, next to the project, is not checked before the run.
        OutputTarget.rejectSpecialFile(target, target.toString());
        try {
            AtomicFiles.write(target, json.getBytes(StandardCharsets.UTF_8));
        } catch (FileSystemException io) {
            String reason = io.getReason() != null ? io.getReason()
                    : io.getClass().getSimpleName().replace("Exception", "");
            // The failing file may be the atomic write's temporary sibling, whose name would
            // only confuse, so the message names the target alone.
            throw new IOException("cannot write --out " + target + ": " + reason
                    + "; choose a writable file in an existing folder", io);
        } catch (IOException io) {
            throw new IOException("cannot write --out " + target + ": " + io.getMessage()
                    + "; choose a writable file in an existing folder", io);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
