package org.causalworkbench.estimators.repr.recommender;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * A least-squares linear probe: how much of a target block a representation encodes
 * linearly, scored on rows the probe was not fitted on.
 */
public final class LinearProbe {

    private LinearProbe() {
    }

    /**
     * Fits targets on [1, representation] by least squares on the first half of the rows and
     * returns the out-of-sample R<sup>2</sup> on the second half, averaged over target columns.
     * R<sup>2</sup> = 1 - SS<sub>res</sub> / SS<sub>tot</sub> with the held-out mean in
     * SS<sub>tot</sub>, so it can be negative for a probe worse than a constant.
     *
     * <p>Constant or duplicate representation columns do not raise an error. The fit uses the
     * SVD pseudo-inverse, which ignores the redundant directions, so the probe is the
     * least-squares fit on the remaining columns.
     *
     * @param representation n x d inputs, n at least 2 (d + 1)
     * @param targets n x m targets
     * @throws IllegalArgumentException if the shapes disagree or there are too few rows
     */
    public static double heldOutR2(DMatrixRMaj representation, DMatrixRMaj targets) {
        DMatrixRMaj predicted = heldOutPredictions(representation, targets);
        int fit = representation.numRows / 2;
        double total = 0;
        for (int c = 0; c < targets.numCols; c++) {
            total += r2(targets, predicted, fit, c);
        }
        return total / targets.numCols;
    }

    /**
     * Fits targets on [1, representation] by least squares on the first n / 2 rows and returns
     * the probe's predictions for the remaining rows, with the pseudo-inverse fit described at
     * {@link #heldOutR2}.
     *
     * @param representation n x d inputs, n at least 2 (d + 1). Not modified.
     * @param targets n x m targets. Not modified.
     * @return (n - n / 2) x m predictions for the held-out rows
     * @throws IllegalArgumentException if the shapes disagree or there are too few rows
     */
    public static DMatrixRMaj heldOutPredictions(DMatrixRMaj representation,
            DMatrixRMaj targets) {
        int n = representation.numRows;
        int d = representation.numCols + 1;
        if (targets.numRows != n) {
            throw new IllegalArgumentException("probe needs one target row per representation"
                    + " row: " + n + " and " + targets.numRows);
        }
        int fit = n / 2;
        if (fit < d || n - fit < 2) {
            throw new IllegalArgumentException("probe needs at least " + 2 * d
                    + " rows for a " + (d - 1) + "-dimensional representation, got " + n);
        }

        DMatrixRMaj design = withIntercept(representation);
        DMatrixRMaj fitX = CommonOps_DDRM.extract(design, 0, fit, 0, d);
        DMatrixRMaj fitY = CommonOps_DDRM.extract(targets, 0, fit, 0, targets.numCols);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(fitX)) {
            throw new IllegalArgumentException("probe fit failed: the singular value"
                    + " decomposition of the fitting rows did not converge; check the"
                    + " representation for NaN or infinite values");
        }
        DMatrixRMaj coefficients = new DMatrixRMaj(d, targets.numCols);
        solver.solve(fitY, coefficients);

        DMatrixRMaj testX = CommonOps_DDRM.extract(design, fit, n, 0, d);
        DMatrixRMaj predicted = new DMatrixRMaj(n - fit, targets.numCols);
        CommonOps_DDRM.mult(testX, coefficients, predicted);
        return predicted;
    }

    private static double r2(DMatrixRMaj targets, DMatrixRMaj predicted, int offset, int c) {
        int m = predicted.numRows;
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += targets.get(offset + i, c);
        }
        mean /= m;
        double residual = 0;
        double spread = 0;
        for (int i = 0; i < m; i++) {
            double y = targets.get(offset + i, c);
            residual += (y - predicted.get(i, c)) * (y - predicted.get(i, c));
            spread += (y - mean) * (y - mean);
        }
        return spread == 0 ? 0 : 1 - residual / spread;
    }

    private static DMatrixRMaj withIntercept(DMatrixRMaj x) {
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols + 1);
        for (int i = 0; i < x.numRows; i++) {
            out.set(i, 0, 1);
            for (int j = 0; j < x.numCols; j++) {
                out.set(i, j + 1, x.get(i, j));
            }
        }
        return out;
    }
}
