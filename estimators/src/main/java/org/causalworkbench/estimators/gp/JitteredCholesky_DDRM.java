package org.causalworkbench.estimators.gp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;

/**
 * Computes the lower Cholesky factor of a symmetric positive semi-definite matrix, adding jitter
 * to the diagonal when the plain factorisation fails.
 *
 * <p>The first attempt factorises A itself. If it fails, A + &epsilon; I is tried with
 * &epsilon; = {@link #INITIAL_JITTER}, and &epsilon; grows tenfold per attempt up to the
 * configured maximum. The jitter that succeeded is returned so callers can report it.
 *
 * <ul>
 *   <li>An attempt fails when a pivot L<sub>ii</sub><sup>2</sup> is not larger than
 *       n &middot; &epsilon;<sub>mach</sub> &middot; max<sub>i</sub> A<sub>ii</sub>. EJML only
 *       rejects non-positive pivots, but for an exactly singular matrix, such as a kernel
 *       matrix with a repeated input and no noise, rounding can leave a tiny positive pivot and
 *       a factor whose solves are dominated by rounding error.</li>
 *   <li>The jitter is absolute, not relative to the diagonal. For kernels with unit amplitude
 *       the default maximum, {@link #DEFAULT_MAX_JITTER}, is 1 % of the prior variance.</li>
 *   <li>A matrix with a non-finite entry always fails.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances contain only their maximum jitter and may be
 * shared, because each call allocates its own decomposition.
 */
public final class JitteredCholesky_DDRM {

    /** The jitter of the first retry. */
    public static final double INITIAL_JITTER = 1e-6;

    /** The default largest jitter tried before giving up. */
    public static final double DEFAULT_MAX_JITTER = 1e-2;

    private final double maxJitter;

    /** Creates a factoriser with {@link #DEFAULT_MAX_JITTER}. */
    public JitteredCholesky_DDRM() {
        this(DEFAULT_MAX_JITTER);
    }

    /**
     * Creates a factoriser.
     *
     * @param maxJitter the largest jitter to try, at least 0. Below {@link #INITIAL_JITTER} no
     *     jitter is tried.
     */
    public JitteredCholesky_DDRM(double maxJitter) {
        if (!(maxJitter >= 0) || Double.isInfinite(maxJitter)) {
            throw new IllegalArgumentException("maximum jitter must be finite and at least 0, got "
                    + maxJitter);
        }
        this.maxJitter = maxJitter;
    }

    /** Returns the largest jitter tried. */
    public double maxJitter() {
        return maxJitter;
    }

    /**
     * Factorises {@code matrix}, with jitter if needed.
     *
     * @param matrix the n&times;n symmetric matrix A. Only the lower triangle is read. Not
     *     modified.
     * @param lower the output, reshaped to n&times;n, receiving the lower factor L with zeros
     *     above the diagonal, so that L L' = A + jitter I. Modified.
     * @return the jitter added to the diagonal, 0 when the plain factorisation succeeded
     * @throws SingularKernelMatrixException if every attempt failed
     * @throws IllegalArgumentException if {@code matrix} is not square
     */
    public double decompose(DMatrixRMaj matrix, DMatrixRMaj lower) {
        int n = matrix.numRows;
        if (matrix.numCols != n) {
            throw new IllegalArgumentException("matrix must be square, got " + n + "x"
                    + matrix.numCols);
        }
        double largestDiagonal = 0;
        for (int i = 0; i < n; i++) {
            largestDiagonal = Math.max(largestDiagonal, Math.abs(matrix.get(i, i)));
        }
        double pivotFloor = n * Math.ulp(1.0) * largestDiagonal;

        CholeskyDecompositionInner_DDRM cholesky = new CholeskyDecompositionInner_DDRM(true);
        if (tryDecompose(cholesky, matrix, 0, pivotFloor, lower)) {
            return 0;
        }
        for (double jitter = INITIAL_JITTER; jitter <= maxJitter * (1 + 1e-12); jitter *= 10) {
            if (tryDecompose(cholesky, matrix, jitter, pivotFloor, lower)) {
                return jitter;
            }
        }
        throw new SingularKernelMatrixException(n, maxJitter);
    }

    private static boolean tryDecompose(CholeskyDecompositionInner_DDRM cholesky,
            DMatrixRMaj matrix, double jitter, double pivotFloor, DMatrixRMaj lower) {
        int n = matrix.numRows;
        lower.reshape(n, n);
        lower.setTo(matrix);
        for (int i = 0; i < n; i++) {
            lower.add(i, i, jitter);
        }
        // The decomposition writes the factor into its input because inputModified() is true.
        if (!cholesky.decompose(lower)) {
            return false;
        }
        cholesky.getT(lower);
        for (int i = 0; i < n; i++) {
            double pivot = lower.get(i, i);
            if (!(pivot * pivot > pivotFloor) || !Double.isFinite(pivot)) {
                return false;
            }
        }
        return true;
    }
}
