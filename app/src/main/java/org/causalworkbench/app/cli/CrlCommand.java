package org.causalworkbench.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.KuaiRandData;
import org.causalworkbench.estimators.repr.recommender.KuaiRandDataset;
import org.causalworkbench.estimators.repr.recommender.KuaiRandImporter;
import org.causalworkbench.estimators.repr.recommender.KuaiRandSplitConfig;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataset;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;

/**
 * Trains the causal-representation recommender once per penalty weight and writes the metrics
 * of every run as JSON, on the default synthetic world or on a user subset of the user's own
 * KuaiRand-Pure logs. Each weight took 7 to 34 s on the synthetic world with the default 8
 * epochs on a heavily shared 2-core AMD EPYC machine.
 */
final class CrlCommand {

    /** The largest --epochs, so that a mistyped value cannot start a run of hours. */
    static final int MAX_EPOCHS = 1000;

    static final String USAGE = "usage: causal-workbench crl --lambdas L1,L2,... --seed S"
            + " [--epochs N] [--kuairand-standard FILE --kuairand-random FILE [--users N]]"
            + " [--out FILE]";

    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --lambdas L1,L2,...  penalty weights on I(g(T); Z), each finite and at least 0,"
                    + " for example 0,0.03,0.1,0.3",
            "  --seed S             seed of the synthetic world or of the KuaiRand split, the"
                    + " weights and the batch order, 0 to 2147483647",
            "  --epochs N           passes over the logged training interactions, 1 to "
                    + MAX_EPOCHS + " (default 8)",
            "  --kuairand-standard FILE  the standard-policy log of KuaiRand-Pure (CSV with"
                    + " user_id, video_id, is_click); train on it instead of the synthetic"
                    + " world",
            "  --kuairand-random FILE    the random-exposure log of KuaiRand-Pure, the shifted"
                    + " test",
            "  --users N            size of the KuaiRand user subset: the first N users of the"
                    + " random-exposure log (default 1000)",
            "  --out FILE           write the JSON to FILE instead of standard output");

    static final Set<String> VALUED = Set.of("--lambdas", "--seed", "--epochs", "--out",
            "--kuairand-standard", "--kuairand-random", "--users");

    /** Size of the KuaiRand user subset when --users is not given. */
    static final int DEFAULT_USERS = 1000;

    private CrlCommand() {
    }

    /**
     * Runs the sweep and returns the JSON text.
     *
     * @throws IOException if a KuaiRand file cannot be read
     */
    static String run(Options options) throws IOException {
        List<Double> lambdas = lambdas(options.require("--lambdas"));
        long seed = Options.labSeed("--seed", options.require("--seed"));
        RecommenderTrainingConfig training = RecommenderTrainingConfig.withDefaults(seed);
        if (options.get("--epochs").isPresent()) {
            long epochs = Options.integer("--epochs", options.get("--epochs").get());
            if (epochs < 1 || epochs > MAX_EPOCHS) {
                throw new IllegalArgumentException("--epochs " + epochs + " is outside 1 to "
                        + MAX_EPOCHS + "; give a whole number such as 8");
            }
            training = training.withEpochs((int) epochs);
        }
        Optional<String> standard = options.get("--kuairand-standard");
        Optional<String> random = options.get("--kuairand-random");
        if (standard.isPresent() != random.isPresent()) {
            throw new IllegalArgumentException("give both --kuairand-standard and"
                    + " --kuairand-random, or neither for the synthetic world");
        }
        if (standard.isEmpty()) {
            if (options.get("--users").isPresent()) {
                throw new IllegalArgumentException("--users sizes the KuaiRand subset; give it"
                        + " with --kuairand-standard and --kuairand-random");
            }
            RecommenderDataset data = RecommenderGenerator.generate(
                    RecommenderDataConfig.withDefaults(seed));
            List<RecommenderEvaluation> results = LambdaSweep.run(data, training, lambdas,
                    ProgressSink.NONE, CancellationToken.NEVER);
            return CrlJson.synthetic(seed, training.epochs(), results);
        }
        KuaiRandData imported = KuaiRandImporter.read(
                existing("--kuairand-standard", standard.get()),
                existing("--kuairand-random", random.get()), users(options),
                CancellationToken.NEVER);
        KuaiRandDataset data = KuaiRandDataset.split(imported,
                KuaiRandSplitConfig.withDefaults(seed));
        List<RecommenderEvaluation> results = LambdaSweep.run(data,
                training.withWeightDecay(RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY),
                lambdas, ProgressSink.NONE, CancellationToken.NEVER);
        return CrlJson.kuaiRand(seed, training.epochs(), data, results);
    }

    private static int users(Options options) {
        if (options.get("--users").isEmpty()) {
            return DEFAULT_USERS;
        }
        long users = Options.integer("--users", options.get("--users").get());
        if (users < 1 || users > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--users " + users + " is outside 1 to "
                    + Integer.MAX_VALUE + "; give a subset size such as 1000");
        }
        return (int) users;
    }

    private static Path existing(String option, String file) {
        Path path = Options.normalized(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(option + " " + file + " was not found or is not"
                    + " a file; give the path of the KuaiRand CSV log");
        }
        return path;
    }

    private static List<Double> lambdas(String text) {
        String[] items = text.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            // An empty entry is usually a mistyped number, so it is rejected, not skipped.
            if (items[i].isBlank() && items.length > 1) {
                throw new IllegalArgumentException("--lambdas '" + text + "' has an empty entry"
                        + " at position " + (i + 1) + "; give comma-separated numbers such as"
                        + " 0,0.1,1");
            }
        }
        List<Double> out = new ArrayList<>();
        for (String item : Options.list(text)) {
            double lambda = Options.number("--lambdas", item,
                    "give comma-separated numbers such as 0,0.1,1");
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("--lambdas value " + item + " is negative or"
                        + " infinite; give finite weights of at least 0");
            }
            out.add(lambda);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--lambdas is empty; give comma-separated"
                    + " weights such as 0,0.1,1");
        }
        return out;
    }
}
