package org.causalworkbench.estimators.gp;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Draws GP prior sample paths for simulation tests. It factorises with Commons Math, not with
 * the code under test.
 */
final class PriorDraws {

    /** Diagonal term that keeps smooth kernel matrices numerically positive definite. */
    private static final double SIMULATION_JITTER = 1e-8;

    private PriorDraws() {
    }

    /**
     * Returns one draw of f ~ GP(0, k) at {@code points}. The jitter adds independent noise of
     * variance 1e-8, which is negligible next to the model's noise.
     */
    static double[] draw(Kernel kernel, List<double[]> points, SplittableRandom random) {
        int n = points.size();
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double value = kernel.value(points.get(i), points.get(j));
                covariance[i][j] = value;
                covariance[j][i] = value;
            }
            covariance[i][i] += SIMULATION_JITTER;
        }
        RealMatrix lower = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance, false))
                .getL();
        double[] normals = new double[n];
        for (int i = 0; i < n; i++) {
            normals[i] = random.nextGaussian();
        }
        return lower.operate(normals);
    }
}
