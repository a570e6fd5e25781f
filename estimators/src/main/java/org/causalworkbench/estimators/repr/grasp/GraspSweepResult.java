package org.causalworkbench.estimators.repr.grasp;

/**
 * Results of a sweep over correlation strength and task complexity.
 *
 * @param correlations the correlation strengths rho of the rows
 * @param complexities the task complexities K of the columns
 * @param cells the result of every cell, indexed [row][column]
 */
public record GraspSweepResult(double[] correlations, int[] complexities,
        GraspResult[][] cells) {

    /** Copies the arrays. */
    public GraspSweepResult {
        correlations = correlations.clone();
        complexities = complexities.clone();
        GraspResult[][] copy = new GraspResult[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i].clone();
        }
        cells = copy;
    }

    /** Returns the identification cosine of every cell, indexed [row][column]. */
    public double[][] cosines() {
        double[][] result = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            result[i] = new double[cells[i].length];
            for (int j = 0; j < cells[i].length; j++) {
                result[i][j] = cells[i][j].cosine();
            }
        }
        return result;
    }

    /** Returns the result at row {@code i} and column {@code j}. */
    public GraspResult cell(int i, int j) {
        return cells[i][j];
    }

    /** Returns a copy of the correlation strengths. */
    @Override
    public double[] correlations() {
        return correlations.clone();
    }

    /** Returns a copy of the complexities. */
    @Override
    public int[] complexities() {
        return complexities.clone();
    }

    /** Returns a copy of the cells. */
    @Override
    public GraspResult[][] cells() {
        GraspResult[][] copy = new GraspResult[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i].clone();
        }
        return copy;
    }
}
