package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Computes the Horvitz-Thompson and Hajek estimates from given propensities, whatever model
 * produced them.
 */
final class InverseWeighting {

    private InverseWeighting() {
    }

    /**
     * Weights the kept units by {@code 1 / e} (treated) or {@code 1 / (1 - e)} (untreated).
     *
     * @param propensities per unit, {@code NaN} for units outside the estimate
     * @param kept per unit, whether it enters the estimate; at least one must
     * @param cells the cell summaries to report, empty for a regression model
     */
    static WeightedEstimate estimate(Adjustment adjustment, double[] propensities,
            boolean[] kept, int[] treatment, double[] outcome, List<CellOverlap> cells) {
        int unitsKept = countKept(kept);

        // Horvitz-Thompson sums and the per-arm normalisers of the Hajek form.
        double treatedSum = 0;
        double untreatedSum = 0;
        double treatedWeight = 0;
        double untreatedWeight = 0;
        for (int i = 0; i < treatment.length; i++) {
            if (!kept[i]) {
                continue;
            }
            if (treatment[i] == 1) {
                treatedSum += outcome[i] / propensities[i];
                treatedWeight += 1 / propensities[i];
            } else {
                untreatedSum += outcome[i] / (1 - propensities[i]);
                untreatedWeight += 1 / (1 - propensities[i]);
            }
        }
        double horvitzThompson = (treatedSum - untreatedSum) / unitsKept;
        double hajek = treatedSum / treatedWeight - untreatedSum / untreatedWeight;
        if (!Double.isFinite(horvitzThompson) || !Double.isFinite(hajek)) {
            throw new IllegalArgumentException("The weighted outcome sums for "
                    + adjustment.description() + " are not finite (Horvitz-Thompson "
                    + horvitzThompson + ", Hajek " + hajek + "), because the outcome values"
                    + " are too large for double arithmetic; rescale the outcome, for example"
                    + " divide it by 1e6, and multiply the estimates back.");
        }

        double[] hajekWeights = new double[treatment.length];
        for (int i = 0; i < treatment.length; i++) {
            if (kept[i]) {
                hajekWeights[i] = treatment[i] == 1
                        ? 1 / propensities[i] / treatedWeight
                        : 1 / (1 - propensities[i]) / untreatedWeight;
            }
        }
        return new WeightedEstimate(adjustment, horvitzThompson, hajek, unitsKept,
                (double) unitsKept / treatment.length, cells, propensities, hajekWeights);
    }

    static int countKept(boolean[] kept) {
        int count = 0;
        for (boolean value : kept) {
            if (value) {
                count++;
            }
        }
        return count;
    }
}
