package org.causalworkbench.estimators.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a candidate solution of least squares over the probability simplex without trusting the
 * solver that produced it.
 *
 * <p>The problem is {@code min |Xw - y|^2} subject to {@code w >= 0} and {@code sum w = 1}. Its
 * Karush-Kuhn-Tucker (KKT) conditions require a scalar {@code nu} with
 * {@code g_j + nu = 0} where {@code w_j > 0} and {@code g_j + nu >= 0} where {@code w_j = 0},
 * for the gradient {@code g = X'(Xw - y)}. Here {@code X} and {@code y} are first divided by the
 * root mean square of {@code y} and {@code g} by the row count T, so one tolerance fits data of
 * any scale and length.
 */
public final class SimplexOptimality {

    private SimplexOptimality() {
    }

    /**
     * Computes {@code g_j + nu} for every column, with {@code nu} minus the mean of {@code g_j}
     * over the columns with positive weight.
     *
     * @param x the T&times;J matrix as {@code x[t][j]}
     * @param y the target, length T
     * @param w the candidate weights, length J, with at least one positive entry
     * @return the multipliers, length J
     */
    public static double[] multipliers(double[][] x, double[] y, double[] w) {
        int rows = y.length;
        int cols = w.length;
        double sumOfSquares = 0;
        for (double value : y) {
            sumOfSquares += value * value;
        }
        double rms = Math.sqrt(sumOfSquares / rows);
        double scale = rms == 0 ? 1 : rms;

        double[] residual = new double[rows];
        for (int t = 0; t < rows; t++) {
            double fitted = 0;
            for (int j = 0; j < cols; j++) {
                fitted += x[t][j] / scale * w[j];
            }
            residual[t] = fitted - y[t] / scale;
        }

        double[] g = new double[cols];
        double supportSum = 0;
        int supportSize = 0;
        for (int j = 0; j < cols; j++) {
            double dot = 0;
            for (int t = 0; t < rows; t++) {
                dot += x[t][j] / scale * residual[t];
            }
            g[j] = dot / rows;
            if (w[j] > 0) {
                supportSum += g[j];
                supportSize++;
            }
        }
        if (supportSize == 0) {
            throw new IllegalArgumentException("the weights have no positive entry");
        }
        double nu = -supportSum / supportSize;
        for (int j = 0; j < cols; j++) {
            g[j] += nu;
        }
        return g;
    }

    /**
     * Asserts the KKT conditions column by column: {@code |g_j + nu| <= tolerance} on the
     * support and {@code g_j + nu >= -tolerance} off it.
     */
    public static void assertKktConditions(double[][] x, double[] y, double[] w,
            double tolerance) {
        double[] multipliers = multipliers(x, y, w);
        for (int j = 0; j < w.length; j++) {
            if (w[j] > 0) {
                assertEquals(0, multipliers[j], tolerance,
                        "g_j + nu of column " + j + " on the support");
            } else {
                assertTrue(multipliers[j] >= -tolerance, "g_j + nu of column " + j
                        + " off the support is " + multipliers[j] + ", below -" + tolerance);
            }
        }
    }

    /** Asserts that every weight is non-negative and that they sum to one within a tolerance. */
    public static void assertOnSimplex(double[] w, double sumTolerance) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            assertTrue(w[j] >= 0, "weight " + j + " is negative: " + w[j]);
            sum += w[j];
        }
        assertEquals(1, sum, sumTolerance, "sum of the weights");
    }
}
