package org.causalworkbench.estimators.repr.recommender;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * The fixed matrices of one synthetic world (Phi, P, w, M<sub>1</sub>, M<sub>2</sub>) and the
 * draws of users, items and clicks; {@link RecommenderDataConfig} gives the equations.
 *
 * <p><strong>Thread safety.</strong> Immutable after construction; draws use the caller's
 * random generator.
 */
public final class RecommenderWorld {

    /** Dimension of the user context Z. */
    public static final int USER_DIM = 8;
    /** Dimension of each latent item block, T<sub>C</sub> and T<sub>nC</sub>. */
    public static final int BLOCK_DIM = 4;
    /** Dimension of the observed item features T. */
    public static final int ITEM_DIM = 16;

    private final RecommenderDataConfig config;
    private final DMatrixRMaj phi;
    private final DMatrixRMaj preference;
    private final double[] userWeights;
    private final DMatrixRMaj mixIn;
    private final DMatrixRMaj mixOut;

    /** Draws the world's fixed matrices from the configuration's seed. */
    public RecommenderWorld(RecommenderDataConfig config) {
        this.config = config;
        SplittableRandom random = new SplittableRandom(config.seed());
        phi = gaussian(BLOCK_DIM, USER_DIM, 1 / Math.sqrt(USER_DIM), random);
        // Each T_C coordinate then carries a user-specific slope of about unit size.
        preference = gaussian(BLOCK_DIM, USER_DIM, 1 / Math.sqrt(USER_DIM / 2.0), random);
        userWeights = unitVector(BLOCK_DIM, random);
        mixIn = gaussian(ITEM_DIM, 2 * BLOCK_DIM, 1 / Math.sqrt(BLOCK_DIM), random);
        mixOut = gaussian(ITEM_DIM, ITEM_DIM, 1 / Math.sqrt(ITEM_DIM), random);
    }

    /** Returns the configuration. */
    public RecommenderDataConfig config() {
        return config;
    }

    /** Draws n independent standard normal user contexts. */
    public DMatrixRMaj drawUsers(int n, SplittableRandom random) {
        return gaussian(n, USER_DIM, 1, random);
    }

    /**
     * Draws one item for every row of {@code users} under {@code policy}, with clicks.
     *
     * @param users n x 8 contexts, one per interaction
     * @param userIds n user indices stored with the rows
     */
    public Interactions drawInteractions(DMatrixRMaj users, int[] userIds, ExposurePolicy policy,
            SplittableRandom random) {
        int n = users.numRows;
        DMatrixRMaj causal = new DMatrixRMaj(n, BLOCK_DIM);
        DMatrixRMaj nonCausal = new DMatrixRMaj(n, BLOCK_DIM);
        double a = config.causalAlignment();
        double noiseScale = Math.sqrt(1 - a * a);
        double gamma = policy == ExposurePolicy.FLIPPED ? -config.policyStrength()
                : config.policyStrength();
        for (int i = 0; i < n; i++) {
            double[] pairProducts = pairProducts(users, i);
            for (int k = 0; k < BLOCK_DIM; k++) {
                if (policy == ExposurePolicy.RANDOM) {
                    causal.set(i, k, random.nextGaussian());
                    nonCausal.set(i, k, random.nextGaussian());
                } else {
                    causal.set(i, k, a * rowDot(phi, k, users, i)
                            + noiseScale * random.nextGaussian());
                    nonCausal.set(i, k, gamma * pairProducts[k]
                            + config.policyNoise() * random.nextGaussian());
                }
            }
        }
        DMatrixRMaj items = mix(causal, nonCausal);
        double[] clicks = new double[n];
        for (int i = 0; i < n; i++) {
            clicks[i] = random.nextDouble() < clickProbability(users, causal, i) ? 1 : 0;
        }
        return new Interactions(users, items, causal, nonCausal, clicks, userIds);
    }

    /**
     * Draws n random-exposure items, whose two latent blocks are independent standard normals.
     * The returned rows have no user; their user contexts are zero and their clicks 0.
     */
    public Interactions drawItemsOnly(int n, SplittableRandom random) {
        DMatrixRMaj causal = gaussian(n, BLOCK_DIM, 1, random);
        DMatrixRMaj nonCausal = gaussian(n, BLOCK_DIM, 1, random);
        return new Interactions(new DMatrixRMaj(n, USER_DIM), mix(causal, nonCausal), causal,
                nonCausal, new double[n], new int[n]);
    }

    /** Returns the observed features M<sub>2</sub> tanh(M<sub>1</sub> [T_C; T_nC]) per row. */
    public DMatrixRMaj mix(DMatrixRMaj causal, DMatrixRMaj nonCausal) {
        int n = causal.numRows;
        DMatrixRMaj items = new DMatrixRMaj(n, ITEM_DIM);
        double[] hidden = new double[ITEM_DIM];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < ITEM_DIM; h++) {
                double sum = 0;
                for (int k = 0; k < BLOCK_DIM; k++) {
                    sum += mixIn.get(h, k) * causal.get(i, k)
                            + mixIn.get(h, BLOCK_DIM + k) * nonCausal.get(i, k);
                }
                hidden[h] = Math.tanh(sum);
            }
            for (int o = 0; o < ITEM_DIM; o++) {
                double sum = 0;
                for (int h = 0; h < ITEM_DIM; h++) {
                    sum += mixOut.get(o, h) * hidden[h];
                }
                items.set(i, o, sum);
            }
        }
        return items;
    }

    /** Returns the true click probability of row i. */
    public double clickProbability(DMatrixRMaj users, DMatrixRMaj causal, int i) {
        double[] pairProducts = pairProducts(users, i);
        double logit = 0;
        for (int k = 0; k < BLOCK_DIM; k++) {
            logit += config.userEffect() * userWeights[k] * pairProducts[k]
                    + rowDot(preference, k, users, i) * causal.get(i, k);
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** Returns psi(Z) for row i: the products z<sub>2k</sub> z<sub>2k+1</sub>, k = 0..3. */
    private static double[] pairProducts(DMatrixRMaj users, int i) {
        double[] out = new double[BLOCK_DIM];
        for (int k = 0; k < BLOCK_DIM; k++) {
            out[k] = users.get(i, 2 * k) * users.get(i, 2 * k + 1);
        }
        return out;
    }

    private static double rowDot(DMatrixRMaj weights, int row, DMatrixRMaj users, int i) {
        double sum = 0;
        for (int j = 0; j < USER_DIM; j++) {
            sum += weights.get(row, j) * users.get(i, j);
        }
        return sum;
    }

    private static DMatrixRMaj gaussian(int rows, int cols, double scale,
            SplittableRandom random) {
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = scale * random.nextGaussian();
        }
        return out;
    }

    private static double[] unitVector(int n, SplittableRandom random) {
        double[] out = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            out[i] = random.nextGaussian();
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            out[i] /= norm;
        }
        return out;
    }
}
