package org.causalworkbench.estimators.repr.lora;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRPDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Computes the singular value decomposition of {@code scale * B * A} from the factors, without
 * forming the out x in product.
 *
 * <p>With thin QR factorisations {@code B = Q_B R_B} and {@code A^T = Q_A R_A},
 * {@code B A = Q_B (R_B R_A^T) Q_A^T}. The small core {@code R_B R_A^T} (at most r x r) has the
 * SVD {@code U S V^T}, so the left singular vectors of {@code B A} are {@code Q_B U}, the right
 * ones {@code Q_A V} and the singular values those of the core. The cost is
 * O((out + in) r^2) instead of O(out * in * r).
 *
 * <p>Each pair of vectors is signed so that the largest-magnitude entry of the left vector is
 * positive, which makes exported directions reproducible. For repeated singular values the
 * vectors span the right subspace but are not unique.
 */
public final class LowRankSvd_DDRM {

    private LowRankSvd_DDRM() {
    }

    /**
     * Singular values in descending order with their vectors.
     *
     * @param singularValues the min(out, in, r) singular values, largest first, all >= 0
     * @param left the left (output-side) singular vectors as columns, out x k
     * @param right the right (input-side) singular vectors as columns, in x k
     */
    public record Result(double[] singularValues, DMatrixRMaj left, DMatrixRMaj right) {
    }

    /**
     * Decomposes {@code scale * B * A}.
     *
     * @param b the out x r factor. Not modified.
     * @param a the r x in factor. Not modified.
     * @param scale the factor in front of the product; a negative scale flips the left vectors
     * @return the singular values and vectors
     * @throws IllegalArgumentException if the columns of B do not match the rows of A
     */
    public static Result decompose(DMatrixRMaj b, DMatrixRMaj a, double scale) {
        if (b.numCols != a.numRows) {
            throw new IllegalArgumentException("B is " + b.numRows + " x " + b.numCols
                    + " and A is " + a.numRows + " x " + a.numCols + "; B's columns must"
                    + " equal A's rows");
        }
        DMatrixRMaj[] bFactors = thinQr(b);
        DMatrixRMaj[] aFactors = thinQr(CommonOps_DDRM.transpose(a, null));

        DMatrixRMaj core = new DMatrixRMaj(bFactors[1].numRows, aFactors[1].numRows);
        CommonOps_DDRM.multTransB(bFactors[1], aFactors[1], core);
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(core.numRows, core.numCols, true, true, true);
        if (!svd.decompose(core.copy())) {
            throw new IllegalStateException("the SVD of the " + core.numRows + " x "
                    + core.numCols + " core did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);

        DMatrixRMaj left = new DMatrixRMaj(b.numRows, u.numCols);
        CommonOps_DDRM.mult(bFactors[0], u, left);
        DMatrixRMaj right = new DMatrixRMaj(a.numCols, v.numCols);
        CommonOps_DDRM.mult(aFactors[0], v, right);
        if (scale < 0) {
            CommonOps_DDRM.scale(-1, left);
        }
        double[] values = new double[w.numCols];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.abs(scale) * w.get(i, i);
        }
        normaliseSigns(left, right);
        return new Result(values, left, right);
    }

    /**
     * Returns {Q, R} with {@code matrix = Q R} and orthonormal columns in Q. Column pivoting
     * ({@code matrix P = Q R'}, so {@code R = R' P^T}) keeps the factorisation defined for
     * rank-deficient factors, such as the zero B of a freshly initialised adapter, where plain
     * Householder QR stops at the first zero column.
     */
    private static DMatrixRMaj[] thinQr(DMatrixRMaj matrix) {
        QRPDecomposition_F64<DMatrixRMaj> qr =
                DecompositionFactory_DDRM.qrp(matrix.numRows, matrix.numCols);
        if (!qr.decompose(matrix.copy())) {
            throw new IllegalStateException("the QR factorisation of a " + matrix.numRows
                    + " x " + matrix.numCols + " factor failed");
        }
        DMatrixRMaj pivoted = qr.getR(null, true);
        DMatrixRMaj pivots = qr.getColPivotMatrix(null);
        DMatrixRMaj r = new DMatrixRMaj(pivoted.numRows, matrix.numCols);
        CommonOps_DDRM.multTransB(pivoted, pivots, r);
        return new DMatrixRMaj[] {qr.getQ(null, true), r};
    }

    private static void normaliseSigns(DMatrixRMaj left, DMatrixRMaj right) {
        for (int column = 0; column < left.numCols; column++) {
            int largest = 0;
            for (int row = 1; row < left.numRows; row++) {
                if (Math.abs(left.get(row, column)) > Math.abs(left.get(largest, column))) {
                    largest = row;
                }
            }
            if (left.get(largest, column) < 0) {
                for (int row = 0; row < left.numRows; row++) {
                    left.set(row, column, -left.get(row, column));
                }
                for (int row = 0; row < right.numRows; row++) {
                    right.set(row, column, -right.get(row, column));
                }
            }
        }
    }
}
