package org.causalworkbench.app.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.simulate.DonorStrategy;
import org.causalworkbench.estimators.synth.simulate.ScreenStrategies;
import org.causalworkbench.estimators.synth.simulate.SpilloverBiasCsv;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess;
import org.causalworkbench.estimators.synth.simulate.SpilloverReplicateRunner;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;

/**
 * Runs the donor-spillover simulation of O'Riordan and Gilligan-Lee (2025, App. B) and writes
 * the bias of the outcome-only synthetic control per replicate as a CSV table with the columns
 * replicate, seed, ALL, VALID, S1 and S2: all donors, the truly valid donors only, the
 * {@code --keep} donors the lag screen predicts best (default: the valid count), and the donors
 * inside the screen's predictive interval at level {@code --interval} (default 0.95). With the
 * defaults the expected biases of ALL and VALID are {@code -gamma * share = 1.6} and 0.
 */
final class SimulateSpillover {

    static final String USAGE = "usage: causal-workbench simulate spillover --out FILE"
            + " [--donors N] [--invalid-share S] [--noise low|medium|high|SD] [--replicates R]"
            + " [--seed S] [--pre T0] [--post P] [--ramp R] [--latent-shift L] [--keep N]"
            + " [--interval LEVEL]";

    /**
     * Largest replicate count. At the defaults 400 replicates took 10 s on 2 cores (about 15 ms
     * each after start-up), so 10,000 take about 3 minutes. The former cap of 1,000,000 would take
     * about 4 hours at the defaults, longer on larger panels, with no output until the end.
     */
    static final int MAX_REPLICATES = 10_000;

    /** Largest donors times periods, so that one panel per thread stays near 80 MB. */
    static final long MAX_CELLS = 10_000_000;

    private static final Set<String> VALUED = Set.of("--out", "--donors", "--invalid-share",
            "--noise", "--replicates", "--seed", "--pre", "--post", "--ramp", "--latent-shift",
            "--keep", "--interval");

    private SimulateSpillover() {
    }

    /**
     * Runs the study and writes the table.
     *
     * @param args the options after {@code simulate spillover}
     * @return the path written
     * @throws IOException if the file cannot be written
     */
    static List<Path> run(List<String> args) throws IOException {
        Options options = Options.parse(args, VALUED, Set.of(), USAGE);
        Path target = Path.of(options.require("--out"));
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            // Checked before the study, which can run for minutes, rather than when writing.
            throw new IllegalArgumentException("--out " + target + ": the folder " + folder
                    + " does not exist; create it first");
        }
        SpilloverProcess process = process(options);
        int replicates = replicates(options);
        long seed = Options.integer("--seed", options.get("--seed").orElse("1"));

        int donors = process.settings().donors();
        int keep = (int) bounded(options, "--keep", String.valueOf(process.validDonorCount()), 1,
                donors);
        double level = Options.number("--interval", options.get("--interval").orElse("0.95"),
                "give a level strictly between 0 and 1, such as 0.95");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("--interval " + level + " is outside (0, 1);"
                    + " give a level such as 0.9 or 0.95");
        }

        SpilloverStudyResult result = SpilloverReplicateRunner.of(process)
                .withReplicates(replicates).withBaseSeed(seed)
                .withStrategies(DonorStrategy.ALL, DonorStrategy.VALID,
                        ScreenStrategies.topN(keep), ScreenStrategies.insideInterval(level))
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        SpilloverBiasCsv.write(target, result);
        return List.of(target);
    }

    private static int replicates(Options options) {
        long value = Options.integer("--replicates", options.get("--replicates").orElse("100"));
        if (value < 1 || value > MAX_REPLICATES) {
            throw new IllegalArgumentException("--replicates " + value + " is out of range; give"
                    + " a whole number from 1 to " + MAX_REPLICATES + " (10,000 take about 3"
                    + " minutes at the default settings on 2 cores, longer with more donors or"
                    + " periods)");
        }
        return (int) value;
    }

    private static SpilloverProcess process(Options options) {
        SpilloverProcess process = SpilloverProcess.withDefaults();
        SpilloverProcess.Settings defaults = process.settings();
        int donors = (int) bounded(options, "--donors", String.valueOf(defaults.donors()), 1,
                1_000_000);
        int pre = (int) bounded(options, "--pre", String.valueOf(defaults.prePeriods()), 3,
                1_000_000);
        int post = (int) bounded(options, "--post", String.valueOf(defaults.postPeriods()), 1,
                1_000_000);
        if ((long) donors * (pre + post) > MAX_CELLS) {
            throw new IllegalArgumentException("--donors " + donors + " times " + (pre + post)
                    + " periods is more than " + MAX_CELLS + " values per panel; use fewer"
                    + " donors or periods");
        }
        process = process.withDonors(donors).withPrePeriods(pre).withPostPeriods(post);

        double share = Options.number("--invalid-share",
                options.get("--invalid-share").orElse("0.8"), "give a fraction such as 0.8");
        process = apply("--invalid-share", process, p -> p.withInvalidShare(share));
        if (process.validDonorCount() == 0) {
            String given = options.get("--invalid-share").isPresent() ? "--invalid-share " + share
                    : "the default --invalid-share " + share;
            String below = new BigDecimal((donors - 0.5) / donors).round(new MathContext(4))
                    .stripTrailingZeros().toPlainString();
            throw new IllegalArgumentException(given + " makes all " + donors + " donor(s)"
                    + " invalid, so the VALID column has no donor to fit; give --invalid-share"
                    + " below " + below + " or more donors");
        }
        double noise = noise(options.get("--noise").orElse("low"));
        process = apply("--noise", process, p -> p.withDonorNoise(noise));
        int ramp = (int) bounded(options, "--ramp", "1", 1, 1_000_000);
        process = process.withSpilloverRamp(ramp);
        if (options.get("--latent-shift").isPresent()) {
            double shift = Options.number("--latent-shift", options.get("--latent-shift").get(),
                    "give a number in outcome units such as 2");
            process = process.withLatentShift(shift);
        }
        return process;
    }

    /** Reads a preset name or a standard deviation. */
    private static double noise(String text) {
        for (SpilloverProcess.NoiseLevel level : SpilloverProcess.NoiseLevel.values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return level.standardDeviation();
            }
        }
        return Options.number("--noise", text, "give low, medium, high or a standard deviation"
                + " such as 0.5");
    }

    /** Applies a setting and names the option in the message of a rejected value. */
    private static SpilloverProcess apply(String option, SpilloverProcess process,
            Function<SpilloverProcess, SpilloverProcess> setting) {
        try {
            return setting.apply(process);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(option + ": " + invalid.getMessage(), invalid);
        }
    }

    private static long bounded(Options options, String option, String fallback, long min,
            long max) {
        long value = Options.integer(option, options.get(option).orElse(fallback));
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " " + value + " is out of range; give a"
                    + " whole number from " + min + " to " + max);
        }
        return value;
    }
}
