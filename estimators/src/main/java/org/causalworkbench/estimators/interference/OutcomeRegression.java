package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Estimates the TACE by outcome regression, an extension that is not part of O'Riordan and
 * Gilligan-Lee (2025) but follows from the adjustment form of their Theorem 1,
 * {@code TACE = E[mu(1, X, I) - mu(0, X, I)]}.
 *
 * <ul>
 *   <li><strong>Cell means:</strong> {@code mu} is the mean outcome of each arm in each exact
 *       (X, I) cell; cells without both arms are left out, so this equals the cell-weighting
 *       estimate with trimming bound 0.</li>
 *   <li><strong>Regression:</strong> {@code mu} from least squares on T, X dummies, a cubic
 *       basis of I, X x I, T x X and T x I terms (see {@link OutcomeFits}).</li>
 *   <li><strong>Additive regression:</strong> the same model without T x I terms, so the
 *       contrast is {@code f(1, X) - f(0, X)}: the T coefficient plus the T x X coefficients
 *       averaged over the covariate cells. Under additivity it can reach past poor overlap,
 *       because the signature part is learned from both arms.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The regressions are as good as the cubic basis. Where T and
 * I do not overlap, a regression extrapolates; the result lists the columns that could not be
 * estimated.
 */
public final class OutcomeRegression {

    private OutcomeRegression() {
    }

    /**
     * Computes the three estimates.
     *
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariateCells discrete covariate value per unit, or {@code null}. Not modified.
     * @param signatures signature per unit, {@code null} for missing. Not modified.
     * @return the estimates
     * @throws IllegalArgumentException on invalid input, as {@link TaceEstimator#estimate}
     */
    public static OutcomeRegressionResult estimate(int[] treatment, double[] outcome,
            List<?> covariateCells, List<Signature> signatures) {
        OutcomeFits fits = OutcomeFits.fit(treatment, outcome, covariateCells, signatures);
        double regression = fits.averageContrast(fits.interacting(), covariateCells, signatures);
        double additive = fits.averageContrast(fits.additive(), covariateCells, signatures);

        double cellMeans = Double.NaN;
        int cellUnits = 0;
        try {
            WeightedEstimate cells = CellWeighting.estimate(Adjustment.COVARIATES_AND_SIGNATURE,
                    CellKeys.joint(covariateCells, signatures), treatment, outcome, 0);
            cellMeans = cells.hajek();
            cellUnits = cells.unitsKept();
        } catch (NoOverlapException noCellWithBothArms) {
            // Reported as NaN with 0 units, because the regressions can still give estimates.
        }
        return new OutcomeRegressionResult(cellMeans, cellUnits, regression, additive,
                fits.units().length, fits.interacting().droppedColumns());
    }
}
