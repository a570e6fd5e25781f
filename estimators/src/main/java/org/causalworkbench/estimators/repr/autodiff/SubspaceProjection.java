package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * The projection P = I - U U<sup>T</sup> off the span of k directions in R<sup>d</sup>.
 *
 * <p>The directions need not be orthonormal: the constructor orthonormalises them by a
 * Householder QR decomposition, so U is orthonormal to round-off and spans the same subspace.
 * Directions that are linearly dependent, to a relative tolerance of 1e-10 on the diagonal of R,
 * are rejected.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class SubspaceProjection {

    private static final double RANK_TOLERANCE = 1e-10;

    private final DMatrixRMaj basis;

    private SubspaceProjection(DMatrixRMaj basis) {
        this.basis = basis;
    }

    /**
     * Returns the projection off the span of the columns of {@code directions}.
     *
     * @param directions d x k, with 1 &lt;= k &lt;= d linearly independent finite columns. Not
     *     modified.
     * @throws IllegalArgumentException if a column is not finite or depends on the others
     */
    public static SubspaceProjection offColumns(DMatrixRMaj directions) {
        int d = directions.numRows;
        int k = directions.numCols;
        if (k < 1 || k > d) {
            throw new IllegalArgumentException("need between 1 and " + d + " directions of"
                    + " length " + d + ", got a " + d + " x " + k + " matrix");
        }
        for (int i = 0; i < directions.getNumElements(); i++) {
            if (!Double.isFinite(directions.data[i])) {
                throw new IllegalArgumentException("direction entry at row " + i / k + ", column "
                        + i % k + " is not finite: " + directions.data[i]);
            }
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(d, k);
        if (!qr.decompose(directions.copy())) {
            throw new IllegalArgumentException("QR decomposition of the directions failed");
        }
        DMatrixRMaj r = qr.getR(null, true);
        double largest = 0;
        for (int j = 0; j < k; j++) {
            largest = Math.max(largest, Math.abs(r.get(j, j)));
        }
        for (int j = 0; j < k; j++) {
            if (!(Math.abs(r.get(j, j)) > RANK_TOLERANCE * largest)) {
                throw new IllegalArgumentException("direction column " + j + " is zero or a"
                        + " linear combination of the columns before it; remove it");
            }
        }
        return new SubspaceProjection(qr.getQ(null, true));
    }

    /** Returns the ambient dimension d. */
    public int dimension() {
        return basis.numRows;
    }

    /** Returns the number k of directions removed. */
    public int rank() {
        return basis.numCols;
    }

    /** Returns a copy of the d x k orthonormal basis U. */
    public DMatrixRMaj basis() {
        return basis.copy();
    }

    /**
     * Replaces M by P M, removing the subspace from every column of a d x c matrix. This is the
     * output (write) side of a weight stored as outputs x inputs.
     *
     * @param m d x c. Modified.
     */
    public void removeFromColumns(DMatrixRMaj m) {
        requireLength("rows", m.numRows);
        DMatrixRMaj coefficients = new DMatrixRMaj(rank(), m.numCols);
        CommonOps_DDRM.multTransA(basis, m, coefficients);
        CommonOps_DDRM.multAdd(-1.0, basis, coefficients, m);
    }

    /**
     * Replaces M by M P, removing the subspace from every row of a c x d matrix. This is the
     * input (read) side of a weight stored as outputs x inputs.
     *
     * @param m c x d. Modified.
     */
    public void removeFromRows(DMatrixRMaj m) {
        requireLength("columns", m.numCols);
        DMatrixRMaj coefficients = new DMatrixRMaj(m.numRows, rank());
        CommonOps_DDRM.mult(m, basis, coefficients);
        CommonOps_DDRM.multAddTransB(-1.0, coefficients, basis, m);
    }

    /**
     * Returns the Frobenius norm of U<sup>T</sup> M, the part of the columns of M inside the
     * subspace.
     *
     * @param m d x c. Not modified.
     */
    public double normAlongColumns(DMatrixRMaj m) {
        requireLength("rows", m.numRows);
        DMatrixRMaj coefficients = new DMatrixRMaj(rank(), m.numCols);
        CommonOps_DDRM.multTransA(basis, m, coefficients);
        return NormOps_DDRM.normF(coefficients);
    }

    /**
     * Returns the Frobenius norm of M U, the part of the rows of M inside the subspace.
     *
     * @param m c x d. Not modified.
     */
    public double normAlongRows(DMatrixRMaj m) {
        requireLength("columns", m.numCols);
        DMatrixRMaj coefficients = new DMatrixRMaj(m.numRows, rank());
        CommonOps_DDRM.mult(m, basis, coefficients);
        return NormOps_DDRM.normF(coefficients);
    }

    private void requireLength(String what, int length) {
        if (length != dimension()) {
            throw new IllegalArgumentException("matrix has " + length + " " + what + " but the"
                    + " subspace lives in dimension " + dimension());
        }
    }
}
