package org.causalworkbench.estimators.repr.recommender;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * An imported KuaiRand subset made ready for training: the standard-policy log split per
 * interaction into training rows and a held-out logged test, the random-exposure log as the
 * shifted test, and the fixed user context Z of {@link KuaiRandUserContext}.
 *
 * <p>The split is per interaction, not per user, so every test user normally also has
 * training rows and a learned embedding. A per-user split would test cold-start users, whose
 * embeddings never train.
 *
 * @param source the imported logs
 * @param train standard-log rows for training
 * @param heldOut standard-log rows for the logged test
 * @param userContext users x {@value KuaiRandUserContext#WIDTH} context Z, built from
 *     {@code train} only
 * @param split the split settings
 */
public record KuaiRandDataset(KuaiRandData source, KuaiRandLog train, KuaiRandLog heldOut,
        DMatrixRMaj userContext, KuaiRandSplitConfig split) {

    /**
     * Splits the standard log of {@code data}: a seeded shuffle puts round(fraction x n)
     * interactions in the held-out test, and both parts keep the file order.
     *
     * @throws IllegalArgumentException if either part would be empty
     */
    public static KuaiRandDataset split(KuaiRandData data, KuaiRandSplitConfig config) {
        KuaiRandLog standard = data.standard();
        int n = standard.size();
        int heldOutRows = (int) Math.round(config.heldOutFraction() * n);
        if (heldOutRows < 1 || heldOutRows >= n) {
            throw new IllegalArgumentException("the standard log of the subset has " + n
                    + " interactions, too few to hold out " + config.heldOutFraction()
                    + " of them and still train; import more users");
        }
        boolean[] isHeldOut = new boolean[n];
        int[] order = RecommenderTrainer.permutation(n, new SplittableRandom(config.seed()));
        for (int i = 0; i < heldOutRows; i++) {
            isHeldOut[order[i]] = true;
        }
        KuaiRandLog train = rows(standard, isHeldOut, false, n - heldOutRows);
        KuaiRandLog heldOut = rows(standard, isHeldOut, true, heldOutRows);
        DMatrixRMaj context = KuaiRandUserContext.build(train, data.userIds().length,
                data.itemIds().length);
        return new KuaiRandDataset(data, train, heldOut, context, config);
    }

    /** Returns the number of users of the subset. */
    public int userCount() {
        return source.userIds().length;
    }

    /** Returns the number of distinct items over both logs of the subset. */
    public int itemCount() {
        return source.itemIds().length;
    }

    /** Returns the random-exposure log, the shifted test. */
    public KuaiRandLog random() {
        return source.random();
    }

    /** Returns the training rows as the id-embedding model reads them. */
    TowerRows trainingRows() {
        DMatrixRMaj contexts = new TowerInput.Features(userContext).select(train.userIndex())
                .rows();
        return new TowerRows(new TowerInput.Ids(train.userIndex()),
                new TowerInput.Ids(train.itemIndex()), contexts, train.clicks());
    }

    private static KuaiRandLog rows(KuaiRandLog log, boolean[] isHeldOut, boolean keepHeldOut,
            int count) {
        int[] users = new int[count];
        int[] items = new int[count];
        double[] clicks = new double[count];
        int next = 0;
        for (int i = 0; i < log.size(); i++) {
            if (isHeldOut[i] == keepHeldOut) {
                users[next] = log.userIndex()[i];
                items[next] = log.itemIndex()[i];
                clicks[next] = log.clicks()[i];
                next++;
            }
        }
        return new KuaiRandLog(users, items, clicks);
    }
}
