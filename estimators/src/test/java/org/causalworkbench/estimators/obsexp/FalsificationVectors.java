package org.causalworkbench.estimators.obsexp;

/** Reference case R8: residual vectors with a clear average gap and with none, on one X grid. */
final class FalsificationVectors {

    /** Residuals with mean -0.670212, well away from 0. */
    static final double[] ALTERNATIVE = {-1.827, -0.927844, -0.644918, -1.065222, 0.30424,
        0.206471, -0.284529, 0.14224, -0.231222, -0.662918, -1.324844, -1.727};

    /** Residuals with mean 0.117667, compatible with 0. */
    static final double[] NULL = {0.173, 0.411, 0.165, -0.652, 0.453, 0.223, -0.268, 0.291,
        0.182, 0.147, 0.014, 0.273};

    private FalsificationVectors() {
    }

    /** Returns X = linspace(-1, 1, 12) as a 12 by 1 matrix. */
    static double[][] grid() {
        int n = 12;
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = -1 + 2.0 * i / (n - 1);
        }
        return x;
    }
}
