package org.causalworkbench.estimators.interference;

import java.util.List;
import java.util.Locale;

/**
 * Estimates the true average causal risk ratio (TACRR) of a product model
 * {@code Y = f(T, X) g(I, X) + noise}, where {@code TACRR = E[f(1, X) / f(0, X)] =
 * E[mu(1, X, I) / mu(0, X, I)]} is identified although the TACE in general is not.
 *
 * <p>Within each exact (X, I) cell with both arms and a propensity inside the trimming bounds,
 * the ratio of the treated to the untreated mean estimates {@code f(1, X) / f(0, X)}; the
 * ratios are averaged with weights {@code n_c}.
 *
 * <p><strong>Limitations.</strong> Covariates and signature must be discrete. A ratio of cell
 * means is biased upwards in small cells (Jensen's inequality), so cells should hold several
 * units of each arm.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Local Interference: Removing Interference
 * Bias in Semi-Parametric Causal Models, CLeaR 2025, PMLR 275:1016-1031.
 */
public final class RiskRatio {

    private RiskRatio() {
    }

    /**
     * Computes the TACRR.
     *
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariateCells discrete covariate value per unit, or {@code null}. Not modified.
     * @param signatures signature per unit, {@code null} for missing. Not modified.
     * @param trimming the trimming bound eps in [0, 0.5)
     * @return the ratio with its cells
     * @throws IllegalArgumentException if a kept cell has an untreated mean of 0 or below
     * @throws NoOverlapException if no cell has both arms within the trimming bounds
     */
    public static RiskRatioResult estimate(int[] treatment, double[] outcome,
            List<?> covariateCells, List<Signature> signatures, double trimming) {
        InputChecks.check(treatment, outcome, covariateCells, signatures);
        if (!(trimming >= 0 && trimming < 0.5)) {
            throw new IllegalArgumentException("Invalid trimming bound " + trimming
                    + ": use a value in [0, 0.5), for example 0.01.");
        }
        WeightedEstimate overlap = CellWeighting.estimate(Adjustment.COVARIATES_AND_SIGNATURE,
                CellKeys.joint(covariateCells, signatures), treatment, outcome, trimming);
        double weighted = 0;
        int units = 0;
        int cells = 0;
        for (CellOverlap cell : overlap.cells()) {
            if (!cell.kept()) {
                continue;
            }
            if (!(cell.untreatedMean() > 0)) {
                throw new IllegalArgumentException("The risk ratio needs a positive untreated"
                        + " mean in every kept cell, but " + cell.describe() + " has "
                        + String.format(Locale.ROOT, "%.4g", cell.untreatedMean())
                        + ": use it only for positive outcomes.");
            }
            int size = cell.treated() + cell.untreated();
            weighted += size * cell.treatedMean() / cell.untreatedMean();
            units += size;
            cells++;
        }
        return new RiskRatioResult(weighted / units, units, cells, overlap);
    }
}
