package org.causalworkbench.estimators.interference;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Largest eigenvalue of one connected block of the symmetric 0/1 dependency matrix. The block
 * is non-negative and irreducible, so by the Perron-Frobenius theorem this eigenvalue is also
 * its spectral radius.
 *
 * <p>Blocks of up to {@value #DENSE_LIMIT} units use a dense symmetric eigendecomposition.
 * Larger blocks use power iteration bracketed by the Collatz-Wielandt bounds
 * {@code min_a (Dx)_a / x_a <= rho <= max_a (Dx)_a / x_a}, which hold for every positive x.
 * The iteration stops when the bracket is narrower than {@value #RELATIVE_TOLERANCE} relative
 * to the lower bound and returns the upper bound, so the factor errs on the conservative side.
 * On slowly mixing blocks (a path of many thousand units) the bracket may still be wider after
 * {@value #MAX_ITERATIONS} iterations; the upper bound, never above {@code D_max}, is then
 * returned.
 */
final class PerronRoot {

    static final int DENSE_LIMIT = 1500;
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final int MAX_ITERATIONS = 20_000;

    private PerronRoot() {
    }

    static double of(int[][] rows) {
        if (rows.length == 1) {
            return 1;
        }
        return rows.length <= DENSE_LIMIT ? dense(rows) : powerIteration(rows);
    }

    static double dense(int[][] rows) {
        int n = rows.length;
        DMatrixRMaj matrix = new DMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            for (int b : rows[a]) {
                matrix.unsafe_set(a, b, 1);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> decomposition =
                DecompositionFactory_DDRM.eig(n, false, true);
        if (!decomposition.decompose(matrix)) {
            // Unlikely for a symmetric 0/1 matrix; the bracketed iteration still gives a bound.
            return powerIteration(rows);
        }
        double radius = 0;
        for (int k = 0; k < n; k++) {
            radius = Math.max(radius, Math.abs(decomposition.getEigenvalue(k).getReal()));
        }
        return radius;
    }

    static double powerIteration(int[][] rows) {
        int n = rows.length;
        // The iterate is kept as logarithms: next to a dense hub the Perron vector can decay by
        // more than 1e-308 along a long tail, and its entries would underflow to 0.
        double[] logX = new double[n];
        double[] next = new double[n];
        double upper = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double logLower = Double.POSITIVE_INFINITY;
            double logUpper = Double.NEGATIVE_INFINITY;
            double logNorm = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                double logSum = logSumExp(rows[a], logX);
                next[a] = logSum;
                double logRatio = logSum - logX[a];
                logLower = Math.min(logLower, logRatio);
                logUpper = Math.max(logUpper, logRatio);
                logNorm = Math.max(logNorm, logSum);
            }
            upper = Math.min(upper, Math.exp(logUpper));
            double lower = Math.exp(logLower);
            if (upper - lower <= RELATIVE_TOLERANCE * lower) {
                return upper;
            }
            for (int a = 0; a < n; a++) {
                logX[a] = next[a] - logNorm;
            }
        }
        return upper;
    }

    private static double logSumExp(int[] row, double[] logX) {
        double largest = Double.NEGATIVE_INFINITY;
        for (int b : row) {
            largest = Math.max(largest, logX[b]);
        }
        double sum = 0;
        for (int b : row) {
            sum += Math.exp(logX[b] - largest);
        }
        return largest + Math.log(sum);
    }
}
