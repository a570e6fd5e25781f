package org.causalworkbench.app.cli;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspExperiment;

/**
 * Runs the latent-persona GRASP experiment: a naive LoRA fine-tune, unsupervised identification
 * of the spurious direction, the gradient-projected fine-tune and the activation baselines, and
 * writes JSON ({@link GraspJson}).
 */
final class GraspCommand {

    static final String USAGE = "usage: causal-workbench grasp [--correlation R] [--complexity K]"
            + " [--rank N] [--seed S] [--epochs E] [--read-side] [--out FILE]";

    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --correlation R  share of fine-tuning responses with the persona's tone, in"
                    + " [0, 1] (default 0.9)",
            "  --complexity K   rank of the change the fine-tuning task makes, 1 to 5"
                    + " (default 4)",
            "  --rank N         LoRA rank, 1 to 24 (default 4)",
            "  --seed S         seed of the toy world, weights and samples, 0 to 2147483647"
                    + " (default 1)",
            "  --epochs E       passes over the fine-tuning set per fine-tune, 1 to 100"
                    + " (default 8)",
            "  --read-side      also adapt W_up and keep its reading of the identified"
                    + " directions unchanged",
            "  --out FILE       write the JSON to FILE instead of standard output");

    static final Set<String> VALUED = Set.of("--correlation", "--complexity", "--rank",
            "--seed", "--epochs", "--out");

    static final Set<String> SWITCHES = Set.of("--read-side");

    /** The largest --epochs, so that a mistyped value cannot start a run of hours. */
    static final int MAX_EPOCHS = 100;

    private GraspCommand() {
    }

    /**
     * Runs the experiment and formats it.
     *
     * @param options the parsed options
     * @return the JSON text
     */
    static String run(Options options) {
        GraspConfiguration config = configuration(options);
        return GraspJson.toText(config, GraspExperiment.run(config, ProgressSink.NONE,
                CancellationToken.NEVER));
    }

    static GraspConfiguration configuration(Options options) {
        GraspConfiguration config = GraspConfiguration.withDefaults();
        if (options.get("--correlation").isPresent()) {
            double correlation = Options.number("--correlation",
                    options.get("--correlation").get(), "give a share in [0, 1] such as 0.9");
            config = naming("--correlation", config, c -> c.withCorrelation(correlation));
        }
        if (options.get("--complexity").isPresent()) {
            int complexity = whole(options, "--complexity");
            config = naming("--complexity", config, c -> c.withComplexity(complexity));
        }
        if (options.get("--rank").isPresent()) {
            int rank = whole(options, "--rank");
            config = naming("--rank", config, c -> c.withRank(rank));
        }
        if (options.get("--seed").isPresent()) {
            config = config.withSeed(Options.labSeed("--seed", options.get("--seed").get()));
        }
        if (options.get("--epochs").isPresent()) {
            long epochs = Options.integer("--epochs", options.get("--epochs").get());
            if (epochs < 1 || epochs > MAX_EPOCHS) {
                throw new IllegalArgumentException("--epochs " + epochs + " is out of range;"
                        + " give a whole number from 1 to " + MAX_EPOCHS);
            }
            config = config.withFineTuning(config.fineTuningSize(), (int) epochs);
        }
        return config.withReadSide(options.has("--read-side"));
    }

    /** Applies one option, naming it in the message of a value the configuration rejects. */
    private static GraspConfiguration naming(String option, GraspConfiguration config,
            UnaryOperator<GraspConfiguration> change) {
        try {
            return change.apply(config);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(option + ": " + invalid.getMessage(), invalid);
        }
    }

    private static int whole(Options options, String option) {
        long value = Options.integer(option, options.get(option).get());
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " " + value + " is out of range; give a"
                    + " small whole number");
        }
        return (int) value;
    }
}
