package org.causalworkbench.estimators.repr.autodiff;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Seeded random weight matrices for layers stored as outputs x inputs, so that
 * fan-out = rows and fan-in = columns.
 *
 * <p>The same generator algorithm, seed and call sequence give the same weights. Draws are taken
 * in row-major order.
 */
public final class Initializers {

    private Initializers() {
    }

    /**
     * Returns Xavier (Glorot) uniform weights on [-l, l] with l = sqrt(6 / (fanIn + fanOut)),
     * from Glorot and Bengio (2010), AISTATS, for tanh and sigmoid layers.
     */
    public static DMatrixRMaj xavierUniform(int fanOut, int fanIn, RandomGenerator random) {
        return uniform(fanOut, fanIn, Math.sqrt(6.0 / (fanIn + fanOut)), random);
    }

    /**
     * Returns Xavier (Glorot) normal weights with standard deviation
     * sqrt(2 / (fanIn + fanOut)).
     */
    public static DMatrixRMaj xavierNormal(int fanOut, int fanIn, RandomGenerator random) {
        return normal(fanOut, fanIn, Math.sqrt(2.0 / (fanIn + fanOut)), random);
    }

    /**
     * Returns He normal weights with standard deviation sqrt(2 / fanIn), from He et al. (2015),
     * ICCV, for ReLU layers.
     */
    public static DMatrixRMaj heNormal(int fanOut, int fanIn, RandomGenerator random) {
        return normal(fanOut, fanIn, Math.sqrt(2.0 / fanIn), random);
    }

    /** Returns He uniform weights on [-l, l] with l = sqrt(6 / fanIn). */
    public static DMatrixRMaj heUniform(int fanOut, int fanIn, RandomGenerator random) {
        return uniform(fanOut, fanIn, Math.sqrt(6.0 / fanIn), random);
    }

    /** Returns independent normal entries with mean 0 and the given standard deviation. */
    public static DMatrixRMaj normal(int rows, int cols, double standardDeviation,
            RandomGenerator random) {
        checkShape(rows, cols);
        if (!(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("standard deviation must be finite and at least 0,"
                    + " got " + standardDeviation);
        }
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = standardDeviation * random.nextGaussian();
        }
        return out;
    }

    /** Returns a rows x cols zero matrix. */
    public static DMatrixRMaj zeros(int rows, int cols) {
        checkShape(rows, cols);
        return new DMatrixRMaj(rows, cols);
    }

    private static DMatrixRMaj uniform(int rows, int cols, double limit, RandomGenerator random) {
        checkShape(rows, cols);
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = limit * (2 * random.nextDouble() - 1);
        }
        return out;
    }

    private static void checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("weight matrix must be at least 1 x 1, got "
                    + rows + " x " + cols);
        }
    }
}
