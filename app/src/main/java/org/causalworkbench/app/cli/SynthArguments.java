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
 * @param screen the donor-screen settings, or {@code null} without {@code --screen}
 * @param sensitivity the spillover size Γ of {@code --sensitivity}, or {@code null}
 * @param debias whether to add the proximal (instrumented) fit
 * @param predictors the raw {@code --predictors} value, or {@code null} for the outcome-only
 *     fit; parsed once the panel's times are known
 * @param seed the seed of the predictor fit's random starts
 */
public record SynthArguments(Path data, String unitColumn, String timeColumn,
        String outcomeColumn, String treatedUnit, double interventionTime,
        List<String> excludedDonors, boolean placebo, boolean treatedInPlaceboPools, Path out,
        ScreenArguments screen, Double sensitivity, boolean debias, String predictors,
        long seed) {

    /** The usage line printed with argument errors and by {@code --help}. */
    public static final String USAGE = "usage: causal-workbench synth --data FILE --unit COL"
            + " --time COL --outcome COL --treated NAME --intervention TIME"
            + " [--exclude U1,U2] [--placebo] [--treated-in-placebo-pools] [--out FILE]"
            + " [--screen lag|loo|anchored [--keep N] [--interval LEVEL] [--window B]"
            + " [--trusted U1,U2]] [--sensitivity GAMMA] [--debias]"
            + " [--predictors C1,C2 [--seed S]]";

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
            "  --screen MODE        screen donors for spillovers before fitting: lag (forecast",
            "                       the first post period from lagged donors), loo (leave-one-",
            "                       out synthetic control of each donor) or anchored (lag",
            "                       errors minus the --trusted donors' mean error); the fit",
            "                       then uses the kept donors and the JSON gains \"screen\"",
            "  --keep N             keep the N best-predicted donors (rule S1); without it the",
            "                       fit keeps donors inside the predictive interval (rule S2)",
            "  --interval LEVEL     level of the predictive interval, in (0, 1); default 0.95",
            "  --window B           average over buckets of B periods before screening;",
            "                       default 1 (none)",
            "  --trusted U1,U2      donors believed free of spillover, for --screen anchored",
            "  --sensitivity GAMMA  spillover size in outcome units (>= 0) for the bounds,",
            "                       break-even sizes and re-inclusion refits; needs --screen",
            "                       or --exclude, whose donors count as excluded",
            "  --debias             add a proximal fit that uses the excluded donors'",
            "                       pre-period outcomes as instruments; needs --screen or",
            "                       --exclude",
            "  --predictors ITEMS   fit the predictor-weighted (nested V) synthetic control",
            "                       of Abadie, Diamond and Hainmueller (2010) instead of the",
            "                       outcome-only one. Items: COL (mean over the pre-period),",
            "                       COL@T (value at time T), COL@FROM:TO (mean over the",
            "                       window), e.g. retprice,cigsale@1975,beer@1984:1988",
            "  --seed S             seed of the predictor fit's random starts, the only",
            "                       randomised step; default 1",
            "Output is JSON. Errors exit with code 2 and one line on standard error.");

    private static final Set<String> VALUED = Set.of("--data", "--unit", "--time", "--outcome",
            "--treated", "--intervention", "--exclude", "--out", "--screen", "--keep",
            "--interval", "--window", "--trusted", "--sensitivity", "--predictors", "--seed");
    private static final Set<String> SWITCHES = Set.of("--placebo",
            "--treated-in-placebo-pools", "--debias");

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
        options.rejectOutputOverInputs("--data");
        Path out = options.get("--out").map(Path::of).orElse(null);
        boolean placebo = options.has("--placebo");
        boolean treatedInPools = options.has("--treated-in-placebo-pools");
        if (treatedInPools && !placebo) {
            throw new IllegalArgumentException("--treated-in-placebo-pools only applies with"
                    + " --placebo; add --placebo or drop it");
        }

        ScreenArguments screen = ScreenArguments.parse(options);
        Double sensitivity = sensitivity(options, screen != null || !excluded.isEmpty());
        boolean debias = options.has("--debias");
        if (debias && screen == null && excluded.isEmpty()) {
            throw new IllegalArgumentException("--debias needs excluded donors as instruments;"
                    + " add --screen or --exclude U1,U2");
        }
        String predictors = options.get("--predictors").orElse(null);
        checkPredictorCombinations(options, predictors != null, placebo, sensitivity != null,
                debias);
        long seed = Options.integer("--seed", options.get("--seed").orElse("1"));

        return new SynthArguments(data, unit, time, outcome, treated, interventionTime,
                excluded, placebo, treatedInPools, out, screen, sensitivity, debias, predictors,
                seed);
    }

    private static void checkPredictorCombinations(Options options, boolean predictors,
            boolean placebo, boolean sensitivity, boolean debias) {
        if (predictors && placebo) {
            throw new IllegalArgumentException("--placebo refits the outcome-only synthetic"
                    + " control, so it does not combine with --predictors; drop one");
        }
        if (predictors && sensitivity) {
            throw new IllegalArgumentException("--sensitivity refits the outcome-only synthetic"
                    + " control, so it does not combine with --predictors; drop one");
        }
        if (predictors && debias) {
            throw new IllegalArgumentException("--debias refits the outcome-only synthetic"
                    + " control, so it does not combine with --predictors; drop one");
        }
        if (!predictors && options.get("--seed").isPresent()) {
            throw new IllegalArgumentException("--seed only applies with --predictors, the only"
                    + " randomised step; add --predictors or drop --seed");
        }
    }

    private static Double sensitivity(Options options, boolean hasExcludedDonors) {
        if (options.get("--sensitivity").isEmpty()) {
            return null;
        }
        String text = options.get("--sensitivity").get();
        double gamma = Options.number("--sensitivity", text, "give a spillover size in outcome"
                + " units, such as 15");
        if (!(gamma >= 0)) {
            throw new IllegalArgumentException("--sensitivity " + text + " is negative; give"
                    + " the spillover size as a magnitude of 0 or more, such as 15");
        }
        if (!hasExcludedDonors) {
            throw new IllegalArgumentException("--sensitivity needs excluded donors to bound:"
                    + " add --screen (its dropped donors) or --exclude U1,U2");
        }
        return gamma;
    }
}
