package org.causalworkbench.estimators.repr.grasp;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * A least-squares linear probe s &asymp; h . beta + b of the persona from residual-stream
 * activations. The activations of one domain are often rank-deficient, because the one-hot and
 * constant inputs coincide there, so the probe takes the minimum-norm solution by SVD. Its unit
 * direction beta / |beta| is the ground-truth persona direction u<sub>s</sub>, used only to
 * score how well an unsupervised method recovers it.
 *
 * @param direction the unit vector beta / |beta|, of length
 *     {@link LatentPersonaModel#RESIDUAL_WIDTH}
 * @param coefficients beta
 * @param intercept b
 * @param rSquared the share of the persona's variance the probe explains on its training data
 */
public record PersonaProbe(double[] direction, double[] coefficients, double intercept,
        double rSquared) {

    /** Copies the arrays. */
    public PersonaProbe {
        direction = direction.clone();
        coefficients = coefficients.clone();
    }

    /** Returns a copy of the unit direction. */
    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** Returns a copy of the coefficients. */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Fits the probe by least squares.
     *
     * @param residuals n x d activations, n &gt; d + 1. Not modified.
     * @param persona the n persona values, not all equal
     * @throws IllegalArgumentException if the sizes differ, the persona is constant or the
     *     probe finds no linear trace of it
     */
    public static PersonaProbe fit(DMatrixRMaj residuals, double[] persona) {
        int n = residuals.numRows;
        int d = residuals.numCols;
        if (persona.length != n) {
            throw new IllegalArgumentException("probe needs one persona value per activation row: "
                    + n + " rows but " + persona.length + " values");
        }
        if (n <= d + 1) {
            throw new IllegalArgumentException("probe needs more than " + (d + 1)
                    + " rows for " + d + " features, got " + n);
        }
        if (Arrays.stream(persona).distinct().count() < 2) {
            throw new IllegalArgumentException("persona values are all equal; the probe needs"
                    + " prompts with different personas");
        }
        DMatrixRMaj design = new DMatrixRMaj(n, d + 1);
        CommonOps_DDRM.insert(residuals, design, 0, 0);
        for (int i = 0; i < n; i++) {
            design.set(i, d, 1);
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(design)) {
            throw new IllegalArgumentException("SVD of the probe activations failed; check them"
                    + " for non-finite values");
        }
        DMatrixRMaj solution = new DMatrixRMaj(d + 1, 1);
        solver.solve(new DMatrixRMaj(n, 1, true, persona), solution);

        double[] beta = Arrays.copyOf(solution.data, d);
        double norm = NormOps_DDRM.normF(new DMatrixRMaj(d, 1, true, beta));
        if (norm == 0) {
            throw new IllegalArgumentException("probe found no linear trace of the persona");
        }
        double[] unit = new double[d];
        for (int j = 0; j < d; j++) {
            unit[j] = beta[j] / norm;
        }
        return new PersonaProbe(unit, beta, solution.get(d, 0),
                rSquared(design, solution, persona));
    }

    private static double rSquared(DMatrixRMaj design, DMatrixRMaj solution, double[] persona) {
        DMatrixRMaj fitted = new DMatrixRMaj(design.numRows, 1);
        CommonOps_DDRM.mult(design, solution, fitted);
        double mean = 0;
        for (double s : persona) {
            mean += s / persona.length;
        }
        double residualSum = 0;
        double totalSum = 0;
        for (int i = 0; i < persona.length; i++) {
            residualSum += Math.pow(persona[i] - fitted.data[i], 2);
            totalSum += Math.pow(persona[i] - mean, 2);
        }
        return 1 - residualSum / totalSum;
    }
}
