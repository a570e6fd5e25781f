package org.causalworkbench.app.repr;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/** Projects representation rows onto a plane for a scatter plot. */
final class PrincipalPlane {

    private PrincipalPlane() {
    }

    /**
     * Returns the coordinates of every row of {@code rows} in two columns: the columns
     * themselves if there are at most two (a single column gets a zero second coordinate),
     * otherwise the scores on the first two principal components of the centred rows.
     *
     * @param rows n x d representations, n at least 2. Not modified.
     * @return {x, y}, each of length n
     */
    static double[][] project(DMatrixRMaj rows) {
        int n = rows.numRows;
        int d = rows.numCols;
        double[][] plane = new double[2][n];
        if (n < 2) {
            throw new IllegalArgumentException("a plane needs at least 2 rows, got " + n);
        }
        if (d <= 2) {
            for (int i = 0; i < n; i++) {
                plane[0][i] = rows.get(i, 0);
                plane[1][i] = d == 2 ? rows.get(i, 1) : 0;
            }
            return plane;
        }
        DMatrixRMaj centred = centre(rows);
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(n, d, false, true, false);
        if (!svd.decompose(centred.copy())) {
            throw new IllegalStateException("the SVD of the " + n + " x " + d
                    + " representation did not converge");
        }
        DMatrixRMaj v = svd.getV(null, false);
        double[] singular = svd.getSingularValues();
        int[] order = largestTwo(singular);

        DMatrixRMaj scores = new DMatrixRMaj(n, d);
        CommonOps_DDRM.mult(centred, v, scores);
        for (int i = 0; i < n; i++) {
            plane[0][i] = scores.get(i, order[0]);
            plane[1][i] = scores.get(i, order[1]);
        }
        return plane;
    }

    private static DMatrixRMaj centre(DMatrixRMaj rows) {
        DMatrixRMaj centred = rows.copy();
        for (int j = 0; j < rows.numCols; j++) {
            double mean = 0;
            for (int i = 0; i < rows.numRows; i++) {
                mean += centred.get(i, j);
            }
            mean /= rows.numRows;
            for (int i = 0; i < rows.numRows; i++) {
                centred.set(i, j, centred.get(i, j) - mean);
            }
        }
        return centred;
    }

    /** Returns the indices of the two largest values, because EJML does not sort them. */
    private static int[] largestTwo(double[] values) {
        int first = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[first]) {
                first = i;
            }
        }
        int second = first == 0 ? 1 : 0;
        for (int i = 0; i < values.length; i++) {
            if (i != first && values[i] > values[second]) {
                second = i;
            }
        }
        return new int[] {first, second};
    }
}
