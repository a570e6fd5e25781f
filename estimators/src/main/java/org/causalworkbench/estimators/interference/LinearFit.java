package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Ordinary least-squares fit on a {@link SignatureDesign}, with collinear columns left out.
 *
 * @param design the design that built the rows
 * @param coefficients one per design column, 0 for a column left out
 * @param droppedColumns names of the columns left out as collinear
 * @param residualSumOfSquares the residual sum of squares
 * @param rank number of columns kept
 * @param rows number of units in the fit
 */
record LinearFit(SignatureDesign design, double[] coefficients, List<String> droppedColumns,
        double residualSumOfSquares, int rank, int rows) {

    /** Fits {@code y} on the design rows of {@code units}. */
    static LinearFit fit(SignatureDesign design, double[][] matrix, double[] outcome,
            int[] units) {
        int[] kept = IndependentColumns.select(matrix);
        double[][] reduced = IndependentColumns.restrict(matrix, kept);
        double[] y = new double[units.length];
        for (int r = 0; r < units.length; r++) {
            y[r] = outcome[units[r]];
        }
        double[] solution = new QRDecomposition(new Array2DRowRealMatrix(reduced, false))
                .getSolver().solve(new ArrayRealVector(y, false)).toArray();

        List<String> names = design.columnNames();
        double[] coefficients = new double[names.size()];
        for (int k = 0; k < kept.length; k++) {
            coefficients[kept[k]] = solution[k];
        }
        List<String> dropped = new ArrayList<>(names);
        for (int k = kept.length - 1; k >= 0; k--) {
            dropped.remove(kept[k]);
        }
        double rss = 0;
        for (int r = 0; r < units.length; r++) {
            double residual = y[r] - dot(matrix[r], coefficients);
            rss += residual * residual;
        }
        return new LinearFit(design, coefficients, List.copyOf(dropped), rss, kept.length,
                units.length);
    }

    /** Returns the fitted value of a design row. */
    double predict(double[] row) {
        return dot(row, coefficients);
    }

    /** Returns the coefficient of the named column, 0 when it was left out. */
    double coefficient(String name) {
        int index = design.columnNames().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No design column named " + name + ".");
        }
        return coefficients[index];
    }

    static double dot(double[] row, double[] coefficients) {
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            sum += row[j] * coefficients[j];
        }
        return sum;
    }
}
