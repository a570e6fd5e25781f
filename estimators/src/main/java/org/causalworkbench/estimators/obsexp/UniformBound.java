package org.causalworkbench.estimators.obsexp;

/**
 * Computes the multiplier of the uniform error bound of Lederer, Umlauft and Hirche (2019) for a
 * Gaussian-process posterior: |&Delta;(x) - &mu;(x)| &le; &radic;&beta; s(x) for all x with
 * probability at least 1 - &delta;, where
 * \[ \beta = 2 \ln\frac{M(\tau)}{\delta}, \qquad
 *    M(\tau) = \Big(1 + \frac{1}{\tau}\Big)^{d_c} \, 2^{d_b}, \]
 * d<sub>c</sub> is the number of continuous and d<sub>b</sub> of binary covariates and &tau; the
 * grid constant of the covering number.
 *
 * <p><strong>Limitations.</strong> The Lipschitz terms &gamma;(&tau;) of the bound are left out:
 * at the default &tau; = 1e-8 they are negligible next to &radic;&beta; s(x). The band is far
 * wider than the pointwise 1.96 s and is meant as a conservative check.
 *
 * <p>Reference: Lederer, Umlauft and Hirche (2019), Uniform Error Bounds for Gaussian Process
 * Regression with Application to Safe Control, NeurIPS 32.
 */
public final class UniformBound {

    /** The default grid constant &tau;. */
    public static final double DEFAULT_GRID = 1e-8;
    /** The default failure probability &delta;. */
    public static final double DEFAULT_DELTA = 0.05;

    private UniformBound() {
    }

    /**
     * Returns &radic;&beta; for the given covariate counts, grid constant and failure probability.
     *
     * @param continuous the number of continuous covariates, at least 0
     * @param binary the number of binary covariates, at least 0
     * @param grid the grid constant &tau;, positive
     * @param delta the failure probability &delta;, strictly between 0 and 1
     * @return the multiplier of the posterior standard deviation
     */
    public static double multiplier(int continuous, int binary, double grid, double delta) {
        if (continuous < 0 || binary < 0 || continuous + binary == 0) {
            throw new IllegalArgumentException("need at least one covariate, got " + continuous
                    + " continuous and " + binary + " binary");
        }
        if (!(grid > 0)) {
            throw new IllegalArgumentException("the grid constant must be positive, got " + grid);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be strictly between 0 and 1, got "
                    + delta);
        }
        double logCovering = continuous * Math.log1p(1 / grid) + binary * Math.log(2);
        return Math.sqrt(2 * (logCovering - Math.log(delta)));
    }

    /**
     * Counts the binary covariates: columns with at most two distinct values.
     *
     * @param covariates n rows of d covariates. Not modified.
     * @return the number of binary columns; the rest count as continuous
     */
    public static int countBinary(double[][] covariates) {
        int binary = 0;
        for (int j = 0; j < covariates[0].length; j++) {
            java.util.Set<Double> values = new java.util.HashSet<>();
            for (double[] row : covariates) {
                values.add(row[j]);
                if (values.size() > 2) {
                    break;
                }
            }
            if (values.size() <= 2) {
                binary++;
            }
        }
        return binary;
    }
}
