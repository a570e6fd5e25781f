package org.causalworkbench.estimators.obsexp;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Solves ordinary least-squares problems by Householder QR on a column-scaled design.
 *
 * <p>Each column is divided by its Euclidean norm before the factorisation, so the rank check
 * below does not depend on the covariates' units. Column {@code j} counts as dependent when the
 * diagonal entry {@code |R_jj|} of the scaled problem is at most {@link #RANK_TOLERANCE}, which
 * means that the column is, to that tolerance, a linear combination of the columns before it.
 */
final class LeastSquares {

    /** Largest {@code |R_jj|} of the unit-norm design that counts as a dependent column. */
    static final double RANK_TOLERANCE = 1e-10;

    private LeastSquares() {
    }

    /**
     * Coefficients of a fit, or the first dependent column when the design is rank-deficient.
     *
     * @param coefficients one per design column, or {@code null} when rank-deficient
     * @param dependentColumn the first column that is constant zero or a linear combination of
     *     earlier columns, or -1 when the design has full column rank
     */
    record Fit(double[] coefficients, int dependentColumn) {

        boolean fullRank() {
            return dependentColumn < 0;
        }
    }

    /**
     * Minimises {@code ||y - design * beta||^2}.
     *
     * @param design rows by columns, with at least as many rows as columns. Not modified.
     * @param y one response per row. Not modified.
     * @return the coefficients, or the first dependent column
     */
    static Fit solve(double[][] design, double[] y) {
        int rows = design.length;
        int columns = design[0].length;
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            double sumOfSquares = 0;
            for (double[] row : design) {
                sumOfSquares += row[j] * row[j];
            }
            scale[j] = Math.sqrt(sumOfSquares);
            if (scale[j] == 0) {
                return new Fit(null, j);
            }
        }

        double[][] scaled = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                scaled[i][j] = design[i][j] / scale[j];
            }
        }
        RealMatrix matrix = new Array2DRowRealMatrix(scaled, false);
        QRDecomposition qr = new QRDecomposition(matrix, RANK_TOLERANCE);
        DecompositionSolver solver = qr.getSolver();
        if (!solver.isNonSingular()) {
            return new Fit(null, firstSmallDiagonal(qr.getR()));
        }

        double[] solution = solver.solve(new ArrayRealVector(y, false)).toArray();
        for (int j = 0; j < columns; j++) {
            solution[j] /= scale[j];
        }
        return new Fit(solution, -1);
    }

    private static int firstSmallDiagonal(RealMatrix r) {
        int size = Math.min(r.getRowDimension(), r.getColumnDimension());
        for (int j = 0; j < size; j++) {
            if (Math.abs(r.getEntry(j, j)) <= RANK_TOLERANCE) {
                return j;
            }
        }
        return size - 1;
    }
}
