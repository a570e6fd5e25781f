package org.causalworkbench.estimators.repr.contrastive;

import org.causalworkbench.estimators.repr.recommender.LinearProbe;
import org.ejml.data.DMatrixRMaj;

/** Effect errors and probe R<sup>2</sup> of the structured-treatment lab. */
public final class EffectMetrics {

    private EffectMetrics() {
    }

    /** Returns sqrt(mean (estimate - truth)<sup>2</sup>), the root PEHE. */
    public static double rootPehe(double[] estimates, double[] truth) {
        checkLengths(estimates, truth);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += Math.pow(estimates[i] - truth[i], 2);
        }
        return Math.sqrt(sum / truth.length);
    }

    /** Returns mean (estimate - truth). */
    public static double bias(double[] estimates, double[] truth) {
        checkLengths(estimates, truth);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += estimates[i] - truth[i];
        }
        return sum / truth.length;
    }

    /**
     * Returns the held-out R<sup>2</sup> of a least-squares linear probe (with intercept) of
     * the columns of {@code block} from {@code features}. The probe is fitted on the first half
     * of the rows and scored on the second half, and the R<sup>2</sup> pools the squared errors
     * and the variances of all block columns. It can be negative when the probe predicts worse
     * than the held-out mean. The fit is that of {@link LinearProbe#heldOutPredictions}.
     *
     * @param features n x d features. Not modified.
     * @param block n x k targets. Not modified.
     */
    public static double probeR2(DMatrixRMaj features, DMatrixRMaj block) {
        int n = features.numRows;
        int d = features.numCols;
        int half = n / 2;
        if (block.numRows != n) {
            throw new IllegalArgumentException("probe needs one target row per feature row: "
                    + n + " and " + block.numRows);
        }
        if (half <= d + 1) {
            throw new IllegalArgumentException("probe needs at least " + 2 * (d + 2)
                    + " rows for " + d + " features, got " + n);
        }

        DMatrixRMaj predicted = LinearProbe.heldOutPredictions(features, block);
        DMatrixRMaj actual = Rows.select(block, range(half, n));

        double residual = 0;
        double total = 0;
        for (int j = 0; j < block.numCols; j++) {
            double mean = 0;
            for (int i = 0; i < actual.numRows; i++) {
                mean += actual.get(i, j) / actual.numRows;
            }
            for (int i = 0; i < actual.numRows; i++) {
                residual += Math.pow(actual.get(i, j) - predicted.get(i, j), 2);
                total += Math.pow(actual.get(i, j) - mean, 2);
            }
        }
        return 1 - residual / total;
    }

    private static int[] range(int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return indices;
    }

    private static void checkLengths(double[] estimates, double[] truth) {
        if (estimates.length != truth.length || truth.length == 0) {
            throw new IllegalArgumentException("need as many estimates as true effects, at least"
                    + " one: " + estimates.length + " estimates and " + truth.length
                    + " effects");
        }
    }
}
