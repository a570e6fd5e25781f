package org.causalworkbench.estimators.obsexp.simulate;

/** Copies and checks the arrays of the sample records. */
final class SampleArrays {

    private SampleArrays() {
    }

    /** Copies a non-empty rectangular matrix with at least one column. */
    static double[][] copyMatrix(double[][] matrix, String name) {
        if (matrix.length == 0) {
            throw new IllegalArgumentException(name + " has no rows; give at least one.");
        }
        int columns = matrix[0].length;
        if (columns == 0) {
            throw new IllegalArgumentException(name + " has no columns; give at least one.");
        }
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != columns) {
                throw new IllegalArgumentException(name + " row " + i + " has "
                        + matrix[i].length + " values but row 0 has " + columns
                        + "; give every row the same length.");
            }
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** Copies a column after checking that it has one entry per row. */
    static double[] copyColumn(double[] column, int rows, String name) {
        if (column.length != rows) {
            throw new IllegalArgumentException(name + " has " + column.length
                    + " entries but covariates has " + rows + " rows; give one per row.");
        }
        return column.clone();
    }

    /** Evaluates tau, omega and delta at each row, returned as three columns. */
    static double[][] evaluateTruth(double[][] covariates, TrueEffects truth) {
        int n = covariates.length;
        double[][] columns = new double[3][n];
        for (int i = 0; i < n; i++) {
            TrueEffects.Values values = truth.valuesAt(covariates[i]);
            columns[0][i] = values.tau();
            columns[1][i] = values.omega();
            columns[2][i] = values.delta();
        }
        return columns;
    }
}
