package org.causalworkbench.estimators.interference;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Maximum-likelihood logistic regression of a 0/1 response on a full-rank design, by
 * Newton-Raphson steps with step halving.
 *
 * <p>The fit stops when the relative change of the deviance, {@code |dev - dev_old| /
 * (|dev| + 0.1)}, falls below {@link #TOLERANCE}, the rule of R's {@code glm} with a tighter
 * bound, followed by one more Newton step. Under complete or quasi-complete separation the coefficients grow without bound while
 * the deviance still converges, so the fit ends with fitted probabilities numerically 0 or 1 for
 * the separated units; callers count these with {@link #SEPARATED}.
 *
 * <p>A ridge of {@code 1e-10} times the largest diagonal entry is added to the Hessian, so that
 * the step stays defined when separated units carry weights near zero.
 */
final class LogisticRegression {

    /** Convergence bound on the relative change of the deviance. */
    static final double TOLERANCE = 1e-10;

    /** Fitted probabilities below this, or above 1 minus this, count as separated. */
    static final double SEPARATED = 1e-8;

    private static final double RIDGE = 1e-10;

    /**
     * Fitted model.
     *
     * @param coefficients one per design column
     * @param fitted fitted probability per row
     * @param iterations Newton steps taken
     */
    record Fit(double[] coefficients, double[] fitted, int iterations) {
    }

    private LogisticRegression() {
    }

    /**
     * Fits the model.
     *
     * @param design rows by columns, full column rank. Not modified.
     * @param response 0 or 1 per row. Not modified.
     * @param maxIterations Newton steps allowed
     * @return the fit, or {@code null} when the deviance has not converged in time
     */
    static Fit fit(double[][] design, int[] response, int maxIterations) {
        int columns = design[0].length;
        double[] beta = new double[columns];
        double deviance = deviance(design, response, beta);
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[] step = newtonStep(design, response, beta);
            double[] candidate = new double[columns];
            double candidateDeviance = Double.POSITIVE_INFINITY;
            for (double length = 1; length > 1e-6; length /= 2) {
                for (int j = 0; j < columns; j++) {
                    candidate[j] = beta[j] + length * step[j];
                }
                candidateDeviance = deviance(design, response, candidate);
                if (candidateDeviance <= deviance) {
                    break;
                }
            }
            if (!(candidateDeviance <= deviance)) {
                // No descent along the Newton direction: the deviance is at its minimum.
                return new Fit(beta, fitted(design, beta), iteration);
            }
            double change = Math.abs(deviance - candidateDeviance) / (candidateDeviance + 0.1);
            beta = candidate;
            deviance = candidateDeviance;
            if (change < TOLERANCE) {
                // The deviance is flat to second order near the optimum, so the coefficients
                // can still be off by about the square root of the bound. One more Newton step
                // squares that error away.
                double[] polished = polish(design, response, beta, deviance);
                return new Fit(polished, fitted(design, polished), iteration + 1);
            }
        }
        return null;
    }

    private static double[] polish(double[][] design, int[] response, double[] beta,
            double deviance) {
        double[] step = newtonStep(design, response, beta);
        double[] candidate = new double[beta.length];
        for (int j = 0; j < beta.length; j++) {
            candidate[j] = beta[j] + step[j];
        }
        // At the optimum the deviance changes by less than its rounding error, so a step that
        // raises it only at that level is still accepted.
        double slack = 1e-12 * (Math.abs(deviance) + 1);
        return deviance(design, response, candidate) <= deviance + slack ? candidate : beta;
    }

    private static double[] newtonStep(double[][] design, int[] response, double[] beta) {
        int columns = beta.length;
        double[][] hessian = new double[columns][columns];
        double[] gradient = new double[columns];
        for (int i = 0; i < design.length; i++) {
            double p = probability(LinearFit.dot(design[i], beta));
            double weight = p * (1 - p);
            for (int j = 0; j < columns; j++) {
                gradient[j] += design[i][j] * (response[i] - p);
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += weight * design[i][j] * design[i][k];
                }
            }
        }
        double largest = 0;
        for (int j = 0; j < columns; j++) {
            for (int k = 0; k < j; k++) {
                hessian[k][j] = hessian[j][k];
            }
            largest = Math.max(largest, hessian[j][j]);
        }
        for (int j = 0; j < columns; j++) {
            hessian[j][j] += RIDGE * Math.max(largest, 1e-300);
        }
        RealMatrix matrix = new Array2DRowRealMatrix(hessian, false);
        return new LUDecomposition(matrix, 0).getSolver()
                .solve(new ArrayRealVector(gradient, false)).toArray();
    }

    private static double deviance(double[][] design, int[] response, double[] beta) {
        double sum = 0;
        for (int i = 0; i < design.length; i++) {
            double eta = LinearFit.dot(design[i], beta);
            // -2 log-likelihood, written with log1p so large |eta| neither overflows nor rounds.
            double margin = response[i] == 1 ? eta : -eta;
            sum += margin > 0 ? 2 * Math.log1p(Math.exp(-margin))
                    : 2 * (-margin + Math.log1p(Math.exp(margin)));
        }
        return sum;
    }

    private static double[] fitted(double[][] design, double[] beta) {
        double[] fitted = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            fitted[i] = probability(LinearFit.dot(design[i], beta));
        }
        return fitted;
    }

    static double probability(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
