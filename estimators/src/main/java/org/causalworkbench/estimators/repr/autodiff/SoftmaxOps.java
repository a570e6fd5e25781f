package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;

/**
 * Row-wise log-sum-exp, softmax and log-softmax. Every row is shifted by its maximum before
 * exponentiation, so logits of any finite size give finite results.
 */
public final class SoftmaxOps {

    private SoftmaxOps() {
    }

    /**
     * Returns the m x 1 column log(sum<sub>j</sub> exp(x<sub>ij</sub>)). Reverse rule:
     * dx<sub>ij</sub> += g<sub>i</sub> softmax(x)<sub>ij</sub>.
     */
    public static Node logSumExpRows(Node a) {
        int rows = a.rows();
        int cols = a.cols();
        DMatrixRMaj out = new DMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            out.data[i] = logSumExp(a.value(), i);
        }
        DMatrixRMaj probabilities = softmax(a.value());
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    da[k] += g.data[i] * probabilities.data[k];
                }
            }
        }, a);
    }

    /**
     * Returns the row-wise softmax. Reverse rule per row y = softmax(x):
     * dx += y * (g - (g . y)).
     */
    public static Node softmaxRows(Node a) {
        DMatrixRMaj out = softmax(a.value());
        int rows = a.rows();
        int cols = a.cols();
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                double dot = 0;
                for (int j = 0; j < cols; j++) {
                    dot += g.data[i * cols + j] * out.data[i * cols + j];
                }
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    da[k] += out.data[k] * (g.data[k] - dot);
                }
            }
        }, a);
    }

    /**
     * Returns the row-wise log-softmax x - logsumexp(x). Reverse rule per row:
     * dx += g - softmax(x) sum(g).
     */
    public static Node logSoftmaxRows(Node a) {
        int rows = a.rows();
        int cols = a.cols();
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            double lse = logSumExp(a.value(), i);
            for (int j = 0; j < cols; j++) {
                out.data[i * cols + j] = a.value().data[i * cols + j] - lse;
            }
        }
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < rows; i++) {
                double total = 0;
                for (int j = 0; j < cols; j++) {
                    total += g.data[i * cols + j];
                }
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    da[k] += g.data[k] - Math.exp(out.data[k]) * total;
                }
            }
        }, a);
    }

    /** Returns log(sum exp) of one row, shifted by the row maximum. */
    static double logSumExp(DMatrixRMaj m, int row) {
        int cols = m.numCols;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            max = Math.max(max, m.data[row * cols + j]);
        }
        double sum = 0;
        for (int j = 0; j < cols; j++) {
            sum += Math.exp(m.data[row * cols + j] - max);
        }
        return max + Math.log(sum);
    }

    /** Returns the row-wise softmax of a plain matrix. */
    static DMatrixRMaj softmax(DMatrixRMaj m) {
        int rows = m.numRows;
        int cols = m.numCols;
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            double lse = logSumExp(m, i);
            for (int j = 0; j < cols; j++) {
                out.data[i * cols + j] = Math.exp(m.data[i * cols + j] - lse);
            }
        }
        return out;
    }
}
