package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Row selection and random minibatch indices. */
final class Rows {

    private Rows() {
    }

    /** Returns the rows {@code indices} of {@code x}, in that order. */
    static DMatrixRMaj select(DMatrixRMaj x, int[] indices) {
        DMatrixRMaj out = new DMatrixRMaj(indices.length, x.numCols);
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(x.data, indices[i] * x.numCols, out.data, i * x.numCols, x.numCols);
        }
        return out;
    }

    /** Returns {@code size} indices drawn uniformly from [0, n) with replacement. */
    static int[] draw(int n, int size, SplittableRandom random) {
        int[] indices = new int[size];
        for (int i = 0; i < size; i++) {
            indices[i] = random.nextInt(n);
        }
        return indices;
    }

    /** Returns {@code values} at {@code indices} as a column. */
    static DMatrixRMaj column(double[] values, int[] indices) {
        DMatrixRMaj out = new DMatrixRMaj(indices.length, 1);
        for (int i = 0; i < indices.length; i++) {
            out.data[i] = values[indices[i]];
        }
        return out;
    }
}
