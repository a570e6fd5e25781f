package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;

/** Per-column z-scoring with means and standard deviations taken from training rows. */
final class ColumnScaling {

    private final double[] means;
    private final double[] sds;

    private ColumnScaling(double[] means, double[] sds) {
        this.means = means;
        this.sds = sds;
    }

    /** Returns the scaling of the columns of {@code x}; a constant column keeps SD 1. */
    static ColumnScaling fit(DMatrixRMaj x) {
        int n = x.numRows;
        int d = x.numCols;
        double[] means = new double[d];
        double[] sds = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                means[j] += x.data[i * d + j] / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                sds[j] += Math.pow(x.data[i * d + j] - means[j], 2) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sds[j] = sds[j] > 0 ? Math.sqrt(sds[j]) : 1;
        }
        return new ColumnScaling(means, sds);
    }

    /** Returns a z-scored copy of {@code x}. */
    DMatrixRMaj apply(DMatrixRMaj x) {
        if (x.numCols != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " columns, got "
                    + x.numCols);
        }
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                int k = i * x.numCols + j;
                out.data[k] = (x.data[k] - means[j]) / sds[j];
            }
        }
        return out;
    }
}
