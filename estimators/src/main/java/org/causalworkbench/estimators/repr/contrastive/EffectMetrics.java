package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

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
     * than the held-out mean.
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
            throw new IllegalArgumentException("probe needs more than " + 2 * (d + 1)
                    + " rows for " + d + " features, got " + n);
        }
        DMatrixRMaj design = withIntercept(features);
        DMatrixRMaj fitRows = Rows.select(design, range(0, half));
        DMatrixRMaj testRows = Rows.select(design, range(half, n));
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(half, d + 1);
        if (!solver.setA(fitRows)) {
            throw new IllegalArgumentException("probe design is singular; check the features for"
                    + " constant or non-finite columns");
        }
        DMatrixRMaj coefficients = new DMatrixRMaj(d + 1, block.numCols);
        solver.solve(Rows.select(block, range(0, half)), coefficients);
        DMatrixRMaj predicted = new DMatrixRMaj(n - half, block.numCols);
        CommonOps_DDRM.mult(testRows, coefficients, predicted);
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

    private static DMatrixRMaj withIntercept(DMatrixRMaj features) {
        DMatrixRMaj design = new DMatrixRMaj(features.numRows, features.numCols + 1);
        for (int i = 0; i < features.numRows; i++) {
            for (int j = 0; j < features.numCols; j++) {
                design.set(i, j, features.get(i, j));
            }
            design.set(i, features.numCols, 1);
        }
        return design;
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
