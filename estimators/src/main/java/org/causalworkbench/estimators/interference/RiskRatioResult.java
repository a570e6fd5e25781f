package org.causalworkbench.estimators.interference;

/**
 * True average causal risk ratio estimated by {@link RiskRatio}.
 *
 * @param riskRatio {@code sum_c n_c (mean1_c / mean0_c) / sum_c n_c} over the kept cells
 * @param unitsKept units in the kept cells
 * @param cellsKept number of kept cells
 * @param overlap the cell-weighting estimate whose cells were used, with its overlap summaries
 */
public record RiskRatioResult(double riskRatio, int unitsKept, int cellsKept,
        WeightedEstimate overlap) {
}
