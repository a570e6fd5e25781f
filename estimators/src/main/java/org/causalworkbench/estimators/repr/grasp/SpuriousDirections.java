package org.causalworkbench.estimators.repr.grasp;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Unsupervised identification of the spurious residual-stream directions from the weight change
 * of a naive LoRA fine-tune: the top k left singular vectors of Delta W.
 *
 * <p>k is the position of the largest ratio sigma<sub>j</sub> / sigma<sub>j+1</sub> for
 * j &lt; min(maxDirections + 1, rank), so it stops at the widest gap in the spectrum. A LoRA of
 * rank r has at most r nonzero singular values, so the ratio at j = r would be infinite and is
 * never considered.
 *
 * @param singularValues every singular value of Delta W, in decreasing order
 * @param directions d x k orthonormal left singular vectors, the identified directions
 */
public record SpuriousDirections(double[] singularValues, DMatrixRMaj directions) {

    /** Copies the arrays. */
    public SpuriousDirections {
        singularValues = singularValues.clone();
        directions = directions.copy();
    }

    /** Returns a copy of the singular values. */
    @Override
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Returns a copy of the directions. */
    @Override
    public DMatrixRMaj directions() {
        return directions.copy();
    }

    /** Returns the number k of identified directions. */
    public int count() {
        return directions.numCols;
    }

    /**
     * Identifies the directions.
     *
     * @param deltaWeight the d<sub>out</sub> x d<sub>in</sub> weight change. Not modified.
     * @param rank the LoRA rank r
     * @param maxDirections the largest k, at least 1
     * @throws IllegalArgumentException if the weight change is zero or not finite
     */
    public static SpuriousDirections identify(DMatrixRMaj deltaWeight, int rank,
            int maxDirections) {
        for (double value : deltaWeight.data) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weight change has a non-finite entry "
                        + value + "; lower the fine-tuning learning rate");
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(
                deltaWeight.numRows, deltaWeight.numCols, true, false, false);
        if (!svd.decompose(deltaWeight.copy())) {
            throw new IllegalArgumentException("SVD of the weight change failed");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, null, false);
        int count = Math.min(deltaWeight.numRows, deltaWeight.numCols);
        double[] sigma = new double[count];
        for (int j = 0; j < count; j++) {
            sigma[j] = w.get(j, j);
        }
        if (!(sigma[0] > 0)) {
            throw new IllegalArgumentException("weight change is zero, so there is nothing to"
                    + " identify; train the naive fine-tune for more steps");
        }
        int k = gapPosition(sigma, Math.min(maxDirections, Math.max(1, rank - 1)));
        DMatrixRMaj directions = CommonOps_DDRM.extract(u, 0, u.numRows, 0, k);
        return new SpuriousDirections(sigma, directions);
    }

    private static int gapPosition(double[] sigma, int largest) {
        int best = 1;
        double bestRatio = 0;
        for (int j = 1; j <= largest; j++) {
            double ratio = sigma[j] > 0 ? sigma[j - 1] / sigma[j] : Double.POSITIVE_INFINITY;
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = j;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "SpuriousDirections[k=" + count() + ", singularValues="
                + Arrays.toString(singularValues) + "]";
    }
}
