package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Sums, means and row norms of tape nodes. */
public final class ReductionOps {

    private ReductionOps() {
    }

    /** Returns the sum of all entries as a 1 x 1 node. */
    public static Node sum(Node a) {
        return scaledSum(a, 1.0);
    }

    /** Returns the mean of all entries as a 1 x 1 node. */
    public static Node mean(Node a) {
        return scaledSum(a, 1.0 / a.value().getNumElements());
    }

    private static Node scaledSum(Node a, double factor) {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        out.set(0, 0, factor * CommonOps_DDRM.elementSum(a.value()));
        return a.tape().record(out, g -> {
            double share = factor * g.get(0, 0);
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < a.value().getNumElements(); i++) {
                da[i] += share;
            }
        }, a);
    }

    /** Returns the m x 1 column of row sums of an m x n node. */
    public static Node rowSums(Node a) {
        int rows = a.rows();
        int cols = a.cols();
        DMatrixRMaj out = new DMatrixRMaj(rows, 1);
        CommonOps_DDRM.sumRows(a.value(), out);
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    da[i * cols + j] += g.data[i];
                }
            }
        }, a);
    }

    /**
     * Returns the m x 1 column of Euclidean row norms. The derivative x / |x| does not exist at
     * a zero row, where the rule passes back 0.
     */
    public static Node rowNorms(Node a) {
        int rows = a.rows();
        int cols = a.cols();
        DMatrixRMaj out = new DMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            out.data[i] = rowNorm(a.value(), i);
        }
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                double norm = out.data[i];
                if (norm == 0) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    da[i * cols + j] += g.data[i] * a.value().data[i * cols + j] / norm;
                }
            }
        }, a);
    }

    /**
     * Returns each row divided by its Euclidean norm, so that products of normalised rows are
     * cosine similarities. Reverse rule per row y = x / |x|: dx += (g - y (y . g)) / |x|.
     *
     * @throws IllegalArgumentException if a row is zero, where the direction is undefined
     */
    public static Node normalizeRows(Node a) {
        int rows = a.rows();
        int cols = a.cols();
        double[] norms = new double[rows];
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            norms[i] = rowNorm(a.value(), i);
            if (norms[i] == 0) {
                throw new IllegalArgumentException("normalizeRows met a zero row at index " + i
                        + "; its direction is undefined, so remove the row or add a small offset");
            }
            for (int j = 0; j < cols; j++) {
                out.data[i * cols + j] = a.value().data[i * cols + j] / norms[i];
            }
        }
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                double dot = 0;
                for (int j = 0; j < cols; j++) {
                    dot += out.data[i * cols + j] * g.data[i * cols + j];
                }
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    da[k] += (g.data[k] - out.data[k] * dot) / norms[i];
                }
            }
        }, a);
    }

    private static double rowNorm(DMatrixRMaj m, int row) {
        double sumOfSquares = 0;
        for (int j = 0; j < m.numCols; j++) {
            double x = m.data[row * m.numCols + j];
            sumOfSquares += x * x;
        }
        return Math.sqrt(sumOfSquares);
    }
}
