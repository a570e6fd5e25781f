package org.causalworkbench.estimators.interference.classical;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Fits the individual propensity {@code h = P(A = 1 | L) = 1 / (1 + exp(-(b0 + L b)))} by
 * maximum likelihood, with Newton-Raphson steps (iteratively reweighted least squares).
 *
 * <p>The covariates are centred and scaled before the fit and the coefficients mapped back, so
 * the rank check and the separation check do not depend on the covariates' units. The fit stops
 * when the deviance changes by less than {@link #TOLERANCE} relative to {@code |deviance| + 0.1}.
 */
final class LogisticPropensity {

    static final int MAX_ITERATIONS = 50;
    static final double TOLERANCE = 1e-10;

    /** Largest diagonal {@code |R_jj|} of the standardised design that counts as dependent. */
    private static final double RANK_TOLERANCE = 1e-10;

    /**
     * Largest |linear predictor| accepted at any Newton step: beyond it a propensity is within
     * 2e-9 of 0 or 1, and its weight exceeds 5e8. Under complete or quasi-complete separation
     * the deviance keeps changing by more than the tolerance until the separated units reach
     * |linear predictor| of about 25, so this bound stops such fits before they converge.
     */
    private static final double MAX_LINEAR_PREDICTOR = 20;

    private LogisticPropensity() {
    }

    /**
     * Coefficients and fitted propensities.
     *
     * @param coefficients intercept first, then one per covariate column, on the original scale
     * @param propensities fitted {@code h} per unit, strictly inside (0, 1)
     * @param iterations Newton steps taken
     */
    record Fit(double[] coefficients, double[] propensities, int iterations) {
    }

    /**
     * Fits the model to the treatment.
     *
     * @param covariates one row per unit, p finite columns (p may be 0). Not modified.
     * @param treatment 0 or 1 per unit, already checked. Not modified.
     * @throws IllegalArgumentException if a row is ragged or not finite, a column is constant
     *     or a linear combination of others, every unit has the same treatment, or the arms are
     *     separated
     */
    static Fit fit(double[][] covariates, int[] treatment) {
        int n = treatment.length;
        if (covariates.length != n) {
            throw new IllegalArgumentException("The covariates have " + covariates.length
                    + " rows, expected " + n + " (one per unit).");
        }
        int p = n == 0 ? 0 : covariates[0].length;
        checkCovariates(covariates, p);
        checkBothArms(treatment);

        double[] centre = new double[p];
        double[] scale = new double[p];
        double[][] design = standardisedDesign(covariates, centre, scale);
        checkRank(design);

        double[] beta = new double[p + 1];
        double[] eta = new double[n];
        double deviance = deviance(treatment, eta);
        int iteration = 0;
        boolean converged = false;
        while (!converged && iteration < MAX_ITERATIONS) {
            beta = newtonStep(design, treatment, eta, beta);
            eta = linearPredictor(design, beta);
            checkSeparation(eta);
            double next = deviance(treatment, eta);
            converged = Math.abs(next - deviance) < TOLERANCE * (Math.abs(next) + 0.1);
            deviance = next;
            iteration++;
        }
        if (!converged) {
            throw new IllegalArgumentException("The logistic propensity model did not converge"
                    + " in " + MAX_ITERATIONS + " iterations. The covariates probably separate"
                    + " treated from untreated units; drop or coarsen the covariate that does,"
                    + " or give known propensities.");
        }

        double[] propensities = new double[n];
        for (int i = 0; i < n; i++) {
            propensities[i] = 1 / (1 + Math.exp(-eta[i]));
        }
        return new Fit(originalScale(beta, centre, scale), propensities, iteration);
    }

    private static void checkCovariates(double[][] covariates, int p) {
        for (int i = 0; i < covariates.length; i++) {
            if (covariates[i].length != p) {
                throw new IllegalArgumentException("Covariate row " + i + " has "
                        + covariates[i].length + " values, but row 0 has " + p
                        + ": give every unit the same covariate columns.");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(covariates[i][j])) {
                    throw new IllegalArgumentException("Invalid covariate " + covariates[i][j]
                            + " for unit " + i + ", column " + j
                            + ": covariates must be finite, so impute or drop the unit.");
                }
            }
        }
    }

    private static void checkBothArms(int[] treatment) {
        int treated = 0;
        for (int a : treatment) {
            treated += a;
        }
        if (treated == 0 || treated == treatment.length) {
            throw new IllegalArgumentException("Cannot fit a logistic propensity: all "
                    + treatment.length + " units have treatment " + (treated == 0 ? 0 : 1)
                    + ". The data need treated and untreated units.");
        }
    }

    /** Returns the design [1, (L - centre) / scale], filling in centre and scale. */
    private static double[][] standardisedDesign(double[][] covariates, double[] centre,
            double[] scale) {
        int n = covariates.length;
        int p = centre.length;
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (double[] row : covariates) {
                sum += row[j];
            }
            centre[j] = sum / n;
            double squares = 0;
            for (double[] row : covariates) {
                squares += (row[j] - centre[j]) * (row[j] - centre[j]);
            }
            scale[j] = Math.sqrt(squares / n);
            if (scale[j] == 0) {
                throw new IllegalArgumentException("Covariate column " + j + " is constant ("
                        + centre[j] + " for every unit). The intercept already covers it, so"
                        + " drop the column.");
            }
        }
        double[][] design = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            for (int j = 0; j < p; j++) {
                design[i][j + 1] = (covariates[i][j] - centre[j]) / scale[j];
            }
        }
        return design;
    }

    private static void checkRank(double[][] design) {
        int columns = design[0].length;
        if (design.length < columns) {
            throw new IllegalArgumentException("The logistic model has " + columns
                    + " coefficients but only " + design.length + " units: use fewer"
                    + " covariate columns.");
        }
        // Householder QR without pivoting: the first tiny |R_jj| marks the first column that
        // is a linear combination of the columns before it. Each column has norm sqrt(n).
        double threshold = RANK_TOLERANCE * Math.sqrt(design.length);
        RealMatrix r = new QRDecomposition(new Array2DRowRealMatrix(design, false)).getR();
        for (int j = 1; j < columns; j++) {
            if (Math.abs(r.getEntry(j, j)) <= threshold) {
                throw new IllegalArgumentException("Covariate column " + (j - 1) + " is a"
                        + " linear combination of the intercept and the columns before it, so"
                        + " the logistic model is not identified. Drop the column.");
            }
        }
    }

    /** Solves {@code (X' W X) delta = X' (A - h)} by QR of {@code sqrt(W) X}. */
    private static double[] newtonStep(double[][] design, int[] treatment, double[] eta,
            double[] beta) {
        int n = design.length;
        int columns = beta.length;
        double[][] weighted = new double[n][columns];
        double[] response = new double[n];
        for (int i = 0; i < n; i++) {
            double h = 1 / (1 + Math.exp(-eta[i]));
            double root = Math.sqrt(h * (1 - h));
            for (int j = 0; j < columns; j++) {
                weighted[i][j] = root * design[i][j];
            }
            response[i] = (treatment[i] - h) / root;
        }
        DecompositionSolver solver =
                new QRDecomposition(new Array2DRowRealMatrix(weighted, false)).getSolver();
        double[] delta = solver.solve(new ArrayRealVector(response, false)).toArray();
        double[] next = new double[columns];
        for (int j = 0; j < columns; j++) {
            next[j] = beta[j] + delta[j];
        }
        return next;
    }

    private static double[] linearPredictor(double[][] design, double[] beta) {
        double[] eta = new double[design.length];
        for (int i = 0; i < design.length; i++) {
            for (int j = 0; j < beta.length; j++) {
                eta[i] += design[i][j] * beta[j];
            }
        }
        return eta;
    }

    /** Returns {@code -2} times the log-likelihood, computed stably from the linear predictor. */
    private static double deviance(int[] treatment, double[] eta) {
        double sum = 0;
        for (int i = 0; i < eta.length; i++) {
            double signed = treatment[i] == 1 ? eta[i] : -eta[i];
            sum += signed > 0 ? Math.log1p(Math.exp(-signed))
                    : -signed + Math.log1p(Math.exp(signed));
        }
        return 2 * sum;
    }

    private static void checkSeparation(double[] eta) {
        for (int i = 0; i < eta.length; i++) {
            if (Math.abs(eta[i]) > MAX_LINEAR_PREDICTOR) {
                throw new IllegalArgumentException("The fitted propensity of unit " + i
                        + " is within 2e-9 of " + (eta[i] > 0 ? 1 : 0) + " (linear predictor "
                        + eta[i] + "). The covariates (nearly) separate treated from untreated"
                        + " units, so the weights would be unbounded; drop or coarsen the"
                        + " covariate that does, or give known propensities.");
            }
        }
    }

    private static double[] originalScale(double[] beta, double[] centre, double[] scale) {
        double[] coefficients = new double[beta.length];
        coefficients[0] = beta[0];
        for (int j = 0; j < centre.length; j++) {
            coefficients[j + 1] = beta[j + 1] / scale[j];
            coefficients[0] -= coefficients[j + 1] * centre[j];
        }
        return coefficients;
    }
}
