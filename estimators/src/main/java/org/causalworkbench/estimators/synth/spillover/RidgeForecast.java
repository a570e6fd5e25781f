package org.causalworkbench.estimators.synth.spillover;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Forecasts every donor's next value from all donors' previous values with a conjugate Bayesian
 * ridge regression, all donors sharing one design and one factorisation.
 *
 * <p>Response and design are centred on the fitting rows, which puts a flat prior on the
 * intercept. With penalty λ and an inverse-gamma prior IG(a0, b0) on the noise variance the
 * posterior is normal–inverse-gamma: \( \Lambda = Z'Z + \lambda I \),
 * \( \mu = \Lambda^{-1} Z' x_j \), \( a = a_0 + n/2 \),
 * \( b = b_0 + \tfrac12 (x_j'x_j - \mu'\Lambda\mu) \). The predictive at a centred design row
 * z* is Student-t with 2a degrees of freedom, location z*'μ plus the response mean and squared
 * scale \( (b/a)(1 + 1/n + z^{*\prime}\Lambda^{-1}z^*) \), the 1/n term carrying the
 * intercept's uncertainty.
 *
 * <p>The primal form factorises the p&times;p matrix Λ. The dual form factorises the n&times;n
 * matrix K + λI with Gram matrix K = ZZ', using \( \mu'\Lambda\mu = x'K(K+\lambda I)^{-1}x \)
 * and \( z^{*\prime}\Lambda^{-1}z^* = (z^{*\prime}z^* - k^{*\prime}(K+\lambda I)^{-1}k^*)/\lambda \)
 * with k* = Zz*; it is cheaper when donors outnumber fitting rows.
 */
final class RidgeForecast {

    /**
     * Predictive distributions of every donor at one design row.
     *
     * @param location predictive location per response column, in the response's units
     * @param squaredScale squared Student-t scale per response column
     * @param degreesOfFreedom 2a, shared by all columns
     */
    record Prediction(double[] location, double[] squaredScale, double degreesOfFreedom) {
    }

    private RidgeForecast() {
    }

    /**
     * Fits on the rows of {@code design} and {@code response} and predicts at {@code next}.
     *
     * @param design n&times;p lagged values. Not modified.
     * @param response n&times;q values to forecast. Not modified.
     * @param next the p design values to forecast from
     * @param penalty λ, positive
     * @param priorShape a0, positive
     * @param priorScale b0, positive
     * @param dual whether to use the dual (Gram-matrix) form
     * @return the predictive per response column
     */
    static Prediction predict(DMatrixRMaj design, DMatrixRMaj response, double[] next,
            double penalty, double priorShape, double priorScale, boolean dual) {
        int n = design.numRows;
        DMatrixRMaj designMeans = columnMeans(design);
        DMatrixRMaj responseMeans = columnMeans(response);
        DMatrixRMaj z = centre(design, designMeans);
        DMatrixRMaj x = centre(response, responseMeans);
        DMatrixRMaj zStar = new DMatrixRMaj(next.length, 1);
        for (int k = 0; k < next.length; k++) {
            zStar.set(k, 0, next[k] - designMeans.get(0, k));
        }

        Moments moments = dual ? dualMoments(z, x, zStar, penalty)
                : primalMoments(z, x, zStar, penalty);

        double a = priorShape + n / 2.0;
        int q = response.numCols;
        double[] location = new double[q];
        double[] squaredScale = new double[q];
        for (int j = 0; j < q; j++) {
            double sumSquares = 0;
            for (int t = 0; t < n; t++) {
                sumSquares += x.get(t, j) * x.get(t, j);
            }
            // Rounding can push x'x - μ'Λμ a hair below zero on a near-exact fit.
            double b = priorScale + 0.5 * Math.max(0, sumSquares - moments.fittedQuadratic[j]);
            location[j] = moments.centredMean[j] + responseMeans.get(0, j);
            squaredScale[j] = (b / a) * (1 + 1.0 / n + moments.leverage);
        }
        return new Prediction(location, squaredScale, 2 * a);
    }

    /** Per column: centred predictive mean z*'μ and μ'Λμ; shared: z*'Λ⁻¹z*. */
    private record Moments(double[] centredMean, double[] fittedQuadratic, double leverage) {
    }

    private static Moments primalMoments(DMatrixRMaj z, DMatrixRMaj x, DMatrixRMaj zStar,
            double penalty) {
        int p = z.numCols;
        DMatrixRMaj lambda = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(z, z, lambda);
        addToDiagonal(lambda, penalty);
        DMatrixRMaj zx = new DMatrixRMaj(p, x.numCols);
        CommonOps_DDRM.multTransA(z, x, zx);

        LinearSolverDense<DMatrixRMaj> solver = choleskyOf(lambda);
        DMatrixRMaj mu = new DMatrixRMaj(p, x.numCols);
        solver.solve(zx, mu);
        DMatrixRMaj v = new DMatrixRMaj(p, 1);
        solver.solve(zStar, v);

        double[] mean = new double[x.numCols];
        double[] quadratic = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            for (int k = 0; k < p; k++) {
                mean[j] += zStar.get(k, 0) * mu.get(k, j);
                // Λμ = Z'x, so μ'Λμ = μ'Z'x.
                quadratic[j] += mu.get(k, j) * zx.get(k, j);
            }
        }
        return new Moments(mean, quadratic, CommonOps_DDRM.dot(zStar, v));
    }

    private static Moments dualMoments(DMatrixRMaj z, DMatrixRMaj x, DMatrixRMaj zStar,
            double penalty) {
        int n = z.numRows;
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(z, z, gram);
        DMatrixRMaj shifted = gram.copy();
        addToDiagonal(shifted, penalty);
        DMatrixRMaj kStar = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(z, zStar, kStar);

        LinearSolverDense<DMatrixRMaj> solver = choleskyOf(shifted);
        DMatrixRMaj w = new DMatrixRMaj(n, x.numCols);
        solver.solve(x, w);
        DMatrixRMaj wStar = new DMatrixRMaj(n, 1);
        solver.solve(kStar, wStar);
        DMatrixRMaj gramW = new DMatrixRMaj(n, x.numCols);
        CommonOps_DDRM.mult(gram, w, gramW);

        double[] mean = new double[x.numCols];
        double[] quadratic = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            for (int t = 0; t < n; t++) {
                mean[j] += kStar.get(t, 0) * w.get(t, j);
                quadratic[j] += x.get(t, j) * gramW.get(t, j);
            }
        }
        double leverage = (CommonOps_DDRM.dot(zStar, zStar) - CommonOps_DDRM.dot(kStar, wStar))
                / penalty;
        return new Moments(mean, quadratic, leverage);
    }

    private static LinearSolverDense<DMatrixRMaj> choleskyOf(DMatrixRMaj matrix) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(matrix.numRows);
        if (!solver.setA(matrix.copy())) {
            // λ > 0 makes the matrix positive definite, so this means non-finite input.
            throw new IllegalArgumentException("the ridge system could not be factorised;"
                    + " check that every donor value is finite");
        }
        return solver;
    }

    private static void addToDiagonal(DMatrixRMaj matrix, double value) {
        for (int i = 0; i < matrix.numRows; i++) {
            matrix.add(i, i, value);
        }
    }

    private static DMatrixRMaj columnMeans(DMatrixRMaj matrix) {
        DMatrixRMaj means = new DMatrixRMaj(1, matrix.numCols);
        CommonOps_DDRM.sumCols(matrix, means);
        CommonOps_DDRM.divide(means, matrix.numRows);
        return means;
    }

    private static DMatrixRMaj centre(DMatrixRMaj matrix, DMatrixRMaj means) {
        DMatrixRMaj centred = matrix.copy();
        for (int i = 0; i < matrix.numRows; i++) {
            for (int k = 0; k < matrix.numCols; k++) {
                centred.add(i, k, -means.get(0, k));
            }
        }
        return centred;
    }
}
