package org.causalworkbench.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Parsed arguments of the {@code synth} command.
 *
 * @param data the CSV file
 * @param unitColumn the unit column
 * @param timeColumn the time column
 * @param outcomeColumn the outcome column
 * @param treatedUnit the treated unit
 * @param interventionTime the first post-intervention time
 * @param excludedDonors units left out of the donor pool
 * @param placebo whether to run in-space placebo inference
 * @param treatedInPlaceboPools whether the treated unit may enter placebo donor pools
 * @param out the output file, or {@code null} for standard output
 */
public record SynthArguments(Path data, String unitColumn, String timeColumn,
        String outcomeColumn, String treatedUnit, double interventionTime,
        List<String> excludedDonors, boolean placebo, boolean treatedInPlaceboPools, Path out) {

    /** The usage line printed with argument errors and by {@code --help}. */
    public static final String USAGE = "usage: causal-workbench synth --data FILE --unit COL"
            + " --time COL --outcome COL --treated NAME --intervention TIME"
            + " [--exclude U1,U2] [--placebo] [--treated-in-placebo-pools] [--out FILE]";

    /** One line per option, printed by {@code --help}. */
    public static final String OPTIONS = String.join(System.lineSeparator(),
            "  --data FILE          CSV file in long format with a header row",
            "  --unit COL           column naming each unit",
            "  --time COL           numeric time column (years or period numbers)",
            "  --outcome COL        numeric outcome column; empty cells and NA are missing",
            "  --treated NAME       the treated unit, as written in the unit column",
            "  --intervention TIME  first treated period; earlier periods fit the weights",
            "  --exclude U1,U2      units to leave out of the donor pool",
            "  --placebo            also run in-space placebo inference",
            "  --treated-in-placebo-pools  let the treated unit into placebo donor pools",
            "  --out FILE           write the JSON here (atomically) instead of to stdout",
            "Output is JSON. Errors exit with code 2 and one line on standard error.");

    private static final Set<String> VALUED = Set.of("--data", "--unit", "--time", "--outcome",
            "--treated", "--intervention", "--exclude", "--out");
    private static final Set<String> SWITCHES = Set.of("--placebo",
            "--treated-in-placebo-pools");

    /** Copies the exclusions. */
    public SynthArguments {
        excludedDonors = List.copyOf(excludedDonors);
    }

    /**
     * Parses the arguments that follow {@code synth}.
     *
     * @param args the arguments
     * @return the parsed arguments
     * @throws IllegalArgumentException with a one-line message naming the faulty option
     */
    public static SynthArguments parse(List<String> args) {
        Options options = Options.parse(args, VALUED, SWITCHES, USAGE);
        Path data = Path.of(options.require("--data"));
        String unit = options.require("--unit");
        String time = options.require("--time");
        String outcome = options.require("--outcome");
        String treated = options.require("--treated");
        double interventionTime = Options.number("--intervention",
                options.require("--intervention"),
                "give the first post-intervention time, for example 1989");
        List<String> excluded = options.get("--exclude").map(Options::list).orElse(List.of());
        Path out = options.get("--out").map(Path::of).orElse(null);
        if (out != null && out.toAbsolutePath().normalize()
                .equals(data.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--out names the input file " + data
                    + "; writing there would destroy the data, so choose another file");
        }
        boolean placebo = options.has("--placebo");
        boolean treatedInPools = options.has("--treated-in-placebo-pools");
        if (treatedInPools && !placebo) {
            throw new IllegalArgumentException("--treated-in-placebo-pools only applies with"
                    + " --placebo; add --placebo or drop it");
        }
        return new SynthArguments(data, unit, time, outcome, treated, interventionTime,
                excluded, placebo, treatedInPools, out);
    }
}
