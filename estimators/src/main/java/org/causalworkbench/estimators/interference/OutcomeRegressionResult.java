package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Effect estimates of {@link OutcomeRegression}, an extension beyond the weighting estimator
 * of O'Riordan and Gilligan-Lee (2025).
 *
 * @param cellMeans {@code sum_c n_c (mean1_c - mean0_c) / sum_c n_c} over the (X, I) cells
 *     with both arms, {@code NaN} when no cell has both
 * @param cellMeansUnits units in those cells
 * @param regression {@code mean_i [mu(1, X_i, I_i) - mu(0, X_i, I_i)]} from the model with
 *     T x X and T x I terms
 * @param additiveRegression {@code mean_i [f(1, X_i) - f(0, X_i)]} from the model without
 *     T x I terms
 * @param units units with a signature, over which both regressions average
 * @param droppedColumns columns of the larger model left out as collinear; a dropped
 *     T x I column means that the regression extrapolates where T and I do not overlap
 */
public record OutcomeRegressionResult(
        double cellMeans,
        int cellMeansUnits,
        double regression,
        double additiveRegression,
        int units,
        List<String> droppedColumns) {

    /** Copies the list so the record stays immutable. */
    public OutcomeRegressionResult {
        droppedColumns = List.copyOf(droppedColumns);
    }
}
