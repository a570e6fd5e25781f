package org.causalworkbench.estimators.repr.recommender;

import org.ejml.data.DMatrixRMaj;

/**
 * The fixed user context Z that the critic pairs with the item representation when training
 * on KuaiRand logs. It summarises what the logging policy reacts to and leaves its footprint
 * in: how active the user is, how often the user clicks, and how popular and how clicked the
 * items were that the policy showed the user.
 *
 * <p>Columns, each z-scored over users: log(1 + training exposures of the user); the user's
 * click rate, shrunk towards the overall rate with {@value #PRIOR_ROWS} pseudo-rows; the mean
 * of log(1 + training exposures of the item) over the user's exposures; and the mean of the
 * item's shrunk click rate over the user's exposures. Only training rows enter, so the
 * held-out and random-exposure tests do not leak into training. A user without training rows
 * gets the overall rate and the overall item means.
 */
final class KuaiRandUserContext {

    /** Number of columns of Z. */
    static final int WIDTH = 4;

    /** Pseudo-rows at the overall click rate added to every user's and item's own rows. */
    static final double PRIOR_ROWS = 10;

    private KuaiRandUserContext() {
    }

    /** Returns the users x {@value #WIDTH} context matrix built from {@code train}. */
    static DMatrixRMaj build(KuaiRandLog train, int users, int items) {
        int n = train.size();
        double overallRate = n == 0 ? 0 : sum(train.clicks()) / n;
        double[] itemRows = new double[items];
        double[] itemClicks = new double[items];
        double[] userRows = new double[users];
        double[] userClicks = new double[users];
        for (int i = 0; i < n; i++) {
            itemRows[train.itemIndex()[i]]++;
            itemClicks[train.itemIndex()[i]] += train.clicks()[i];
            userRows[train.userIndex()[i]]++;
            userClicks[train.userIndex()[i]] += train.clicks()[i];
        }

        double[] popularity = new double[users];
        double[] itemRate = new double[users];
        double overallPopularity = 0;
        double overallItemRate = 0;
        for (int i = 0; i < n; i++) {
            int item = train.itemIndex()[i];
            double logRows = Math.log1p(itemRows[item]);
            double rate = shrunk(itemClicks[item], itemRows[item], overallRate);
            popularity[train.userIndex()[i]] += logRows;
            itemRate[train.userIndex()[i]] += rate;
            overallPopularity += logRows / n;
            overallItemRate += rate / n;
        }

        DMatrixRMaj context = new DMatrixRMaj(users, WIDTH);
        for (int u = 0; u < users; u++) {
            boolean seen = userRows[u] > 0;
            context.set(u, 0, Math.log1p(userRows[u]));
            context.set(u, 1, shrunk(userClicks[u], userRows[u], overallRate));
            context.set(u, 2, seen ? popularity[u] / userRows[u] : overallPopularity);
            context.set(u, 3, seen ? itemRate[u] / userRows[u] : overallItemRate);
        }
        standardizeColumns(context);
        return context;
    }

    private static double shrunk(double clicks, double rows, double overallRate) {
        return (clicks + PRIOR_ROWS * overallRate) / (rows + PRIOR_ROWS);
    }

    /** Z-scores every column; a constant column becomes 0 rather than NaN. */
    private static void standardizeColumns(DMatrixRMaj m) {
        for (int c = 0; c < m.numCols; c++) {
            double mean = 0;
            for (int r = 0; r < m.numRows; r++) {
                mean += m.get(r, c) / m.numRows;
            }
            double variance = 0;
            for (int r = 0; r < m.numRows; r++) {
                double d = m.get(r, c) - mean;
                variance += d * d / m.numRows;
            }
            double sd = Math.sqrt(variance);
            for (int r = 0; r < m.numRows; r++) {
                m.set(r, c, sd > 1e-12 ? (m.get(r, c) - mean) / sd : 0);
            }
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
