package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;

/**
 * Selects a maximal set of linearly independent design columns, keeping earlier columns first.
 *
 * <p>Each column is scaled to unit Euclidean norm and orthogonalised against the columns kept so
 * far (modified Gram-Schmidt, applied twice for stability). A column whose remaining norm is at
 * most {@link #TOLERANCE} is a linear combination of earlier columns, or constant zero, and is
 * left out. The check therefore does not depend on the units of a column.
 */
final class IndependentColumns {

    /** Largest remaining norm of a unit-norm column that counts as dependent. */
    static final double TOLERANCE = 1e-9;

    private IndependentColumns() {
    }

    /**
     * Returns the indices of the kept columns in increasing order.
     *
     * @param design rows by columns, at least one row. Not modified.
     */
    static int[] select(double[][] design) {
        int rows = design.length;
        int columns = design[0].length;
        List<double[]> basis = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            double[] column = new double[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = design[i][j];
            }
            double norm = norm(column);
            if (norm == 0) {
                continue;
            }
            scale(column, 1 / norm);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] previous : basis) {
                    double dot = 0;
                    for (int i = 0; i < rows; i++) {
                        dot += previous[i] * column[i];
                    }
                    for (int i = 0; i < rows; i++) {
                        column[i] -= dot * previous[i];
                    }
                }
            }
            double remaining = norm(column);
            if (remaining > TOLERANCE) {
                scale(column, 1 / remaining);
                basis.add(column);
                kept.add(j);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Copies the given columns of every row. */
    static double[][] restrict(double[][] design, int[] columns) {
        double[][] result = new double[design.length][columns.length];
        for (int i = 0; i < design.length; i++) {
            for (int k = 0; k < columns.length; k++) {
                result[i][k] = design[i][columns[k]];
            }
        }
        return result;
    }

    private static double norm(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    private static void scale(double[] values, double factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
    }
}
