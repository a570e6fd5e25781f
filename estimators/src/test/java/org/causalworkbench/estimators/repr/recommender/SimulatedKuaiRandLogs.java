package org.causalworkbench.estimators.repr.recommender;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a small pair of logs in the KuaiRand-Pure CSV format from a confounded simulation,
 * for tests of the import and training pipeline.
 *
 * <p>Each user has a trait a ~ N(0, 1) and a taste vector v; each item has a popularity p and
 * a factor vector w. Clicks follow Bernoulli(sigmoid(-0.5 + a + 1.5 v . w / sqrt(3))), so the
 * trait shifts clicks and the user x item structure v . w decides which items a user clicks.
 * The standard policy shows a user 15 to 35 items with probability proportional to
 * exp(1.5 a p), so it ties item popularity, which does not cause clicks, to the trait. Users
 * with a higher trait also get more exposures. The random-exposure log shows every user 20
 * items drawn uniformly.
 */
public final class SimulatedKuaiRandLogs {

    static final String HEADER = "user_id,video_id,date,hourmin,time_ms,is_click,is_like,tab";
    private static final int FACTORS = 3;
    private static final int RANDOM_PER_USER = 20;

    /** The two written files. */
    public record LogFiles(Path standard, Path random) {
    }

    private SimulatedKuaiRandLogs() {
    }

    /**
     * Writes {@code standard.csv} and {@code random.csv} into {@code folder}.
     *
     * @param users number of users
     * @param items number of items
     * @param seed seed of every draw; the same arguments write the same files
     */
    public static LogFiles write(Path folder, int users, int items, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[] trait = new double[users];
        double[][] taste = new double[users][FACTORS];
        for (int u = 0; u < users; u++) {
            trait[u] = random.nextGaussian();
            for (int k = 0; k < FACTORS; k++) {
                taste[u][k] = random.nextGaussian();
            }
        }
        double[] popularity = new double[items];
        double[][] factors = new double[items][FACTORS];
        for (int i = 0; i < items; i++) {
            popularity[i] = random.nextGaussian();
            for (int k = 0; k < FACTORS; k++) {
                factors[i][k] = random.nextGaussian();
            }
        }

        Path standard = folder.resolve("standard.csv");
        Path randomLog = folder.resolve("random.csv");
        try (Writer out = Files.newBufferedWriter(standard,
                StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int u = 0; u < users; u++) {
                double[] weights = new double[items];
                double total = 0;
                for (int i = 0; i < items; i++) {
                    weights[i] = Math.exp(1.5 * trait[u] * popularity[i]);
                    total += weights[i];
                }
                int exposures = 15 + (int) Math.floor(10 * (1 + Math.tanh(trait[u])));
                for (int s = 0; s < exposures; s++) {
                    int item = draw(weights, total, random);
                    row(out, u, item, click(trait[u], taste[u], factors[item], random), s);
                }
            }
        }

        try (Writer out = Files.newBufferedWriter(randomLog,
                StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int u = 0; u < users; u++) {
                for (int s = 0; s < RANDOM_PER_USER; s++) {
                    int item = random.nextInt(items);
                    row(out, u, item, click(trait[u], taste[u], factors[item], random), s);
                }
            }
        }
        return new LogFiles(standard, randomLog);
    }

    private static int draw(double[] weights, double total, SplittableRandom random) {
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int click(double trait, double[] taste, double[] factors,
            SplittableRandom random) {
        double match = 0;
        for (int k = 0; k < FACTORS; k++) {
            match += taste[k] * factors[k];
        }
        double logit = -0.5 + trait + 1.5 * match / Math.sqrt(FACTORS);
        return random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    }

    private static void row(Writer out, int user, int item, int click, int step)
            throws IOException {
        out.write(String.format(Locale.ROOT, "%d,%d,20220422,%d,%d,%d,0,1%n", 1000 + user,
                5000 + item, 800 + step, 1650600000000L + step * 1000L, click));
    }
}
