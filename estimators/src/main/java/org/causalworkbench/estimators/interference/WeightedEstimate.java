package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Inverse-probability-weighted effect estimate for one adjustment set, in Horvitz-Thompson
 * and Hajek form, with its overlap diagnostics.
 *
 * @param adjustment the variables the propensity conditions on
 * @param horvitzThompson {@code (1/N) sum [T Y / e - (1 - T) Y / (1 - e)]} over kept units
 * @param hajek the same with each arm's weights normalised to sum to one
 * @param unitsKept number N of units that enter the estimate
 * @param shareKept {@code unitsKept} divided by all units in the input
 * @param cells one overlap summary per cell, in order of first appearance; empty when the
 *     propensity comes from logistic regression
 * @param propensities the fitted propensity per unit, {@code NaN} for units outside the fit
 * @param hajekWeights per unit, the Hajek weight within its arm, 0 for units not kept
 */
public record WeightedEstimate(
        Adjustment adjustment,
        double horvitzThompson,
        double hajek,
        int unitsKept,
        double shareKept,
        List<CellOverlap> cells,
        double[] propensities,
        double[] hajekWeights) {

    /** Copies the lists and arrays so the record stays immutable. */
    public WeightedEstimate {
        cells = List.copyOf(cells);
        propensities = propensities.clone();
        hajekWeights = hajekWeights.clone();
    }

    /** Returns a copy of the propensity per unit. */
    @Override
    public double[] propensities() {
        return propensities.clone();
    }

    /** Returns a copy of the Hajek weight per unit. */
    @Override
    public double[] hajekWeights() {
        return hajekWeights.clone();
    }

    /**
     * Counts the units that have a propensity but were dropped for lack of overlap or by
     * trimming; units without a signature are not counted.
     */
    public int unitsTrimmed() {
        int trimmed = 0;
        for (int i = 0; i < propensities.length; i++) {
            if (!Double.isNaN(propensities[i]) && hajekWeights[i] == 0) {
                trimmed++;
            }
        }
        return trimmed;
    }
}
