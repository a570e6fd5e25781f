package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes Horvitz-Thompson and Hajek estimates with cell-frequency propensities for one
 * adjustment set. Units whose key is {@code null} belong to no cell and are left out.
 */
final class CellWeighting {

    /** Number of failing cells that an error message lists before it stops. */
    private static final int CELLS_IN_MESSAGE = 5;

    private CellWeighting() {
    }

    static WeightedEstimate estimate(Adjustment adjustment, List<?> keys, int[] treatment,
            double[] outcome, double trimming) {
        Map<Object, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < treatment.length; i++) {
            if (keys.get(i) != null) {
                members.computeIfAbsent(keys.get(i), key -> new ArrayList<>()).add(i);
            }
        }

        // Cell frequencies e_c = n1 / n and trimming to [trimming, 1 - trimming].
        double[] propensities = new double[treatment.length];
        Arrays.fill(propensities, Double.NaN);
        boolean[] kept = new boolean[treatment.length];
        List<CellOverlap> cells = new ArrayList<>();
        for (Map.Entry<Object, List<Integer>> entry : members.entrySet()) {
            CellOverlap cell = summarise(entry.getKey(), entry.getValue(), treatment, outcome,
                    trimming);
            cells.add(cell);
            for (int i : entry.getValue()) {
                propensities[i] = cell.propensity();
                kept[i] = cell.kept();
            }
        }
        if (InverseWeighting.countKept(kept) == 0) {
            throw new NoOverlapException(noOverlapMessage(adjustment, cells, trimming));
        }

        return InverseWeighting.estimate(adjustment, propensities, kept, treatment, outcome,
                cells);
    }

    private static CellOverlap summarise(Object key, List<Integer> units, int[] treatment,
            double[] outcome, double trimming) {
        int treated = 0;
        double treatedTotal = 0;
        double untreatedTotal = 0;
        for (int i : units) {
            if (treatment[i] == 1) {
                treated++;
                treatedTotal += outcome[i];
            } else {
                untreatedTotal += outcome[i];
            }
        }
        int untreated = units.size() - treated;
        double propensity = (double) treated / units.size();

        // A single-arm cell has e = 0 or 1 and is dropped even when trimming is 0.
        boolean kept = treated > 0 && untreated > 0
                && propensity >= trimming && propensity <= 1 - trimming;
        return new CellOverlap(key, treated, untreated,
                treated > 0 ? treatedTotal / treated : Double.NaN,
                untreated > 0 ? untreatedTotal / untreated : Double.NaN,
                propensity, kept);
    }

    private static String noOverlapMessage(Adjustment adjustment, List<CellOverlap> cells,
            double trimming) {
        int treated = 0;
        int untreated = 0;
        for (CellOverlap cell : cells) {
            treated += cell.treated();
            untreated += cell.untreated();
        }
        if (treated == 0 || untreated == 0) {
            String arm = treated == 0 ? "untreated" : "treated";
            String other = treated == 0 ? "treated" : "untreated";
            return "The data have only one arm: all " + (treated + untreated) + " units are "
                    + arm + ", so the estimate with " + adjustment.description() + " has no "
                    + other + " unit to compare with. The effect needs both treated and"
                    + " untreated units; check the treatment column.";
        }
        StringBuilder message = new StringBuilder("No units remain for ")
                .append(adjustment.description())
                .append(": no cell has both treated and untreated units with a propensity in [")
                .append(trimming).append(", ").append(1 - trimming).append("]. Cells: ");
        for (int c = 0; c < Math.min(cells.size(), CELLS_IN_MESSAGE); c++) {
            message.append(c == 0 ? "" : "; ").append(cells.get(c).describe());
        }
        if (cells.size() > CELLS_IN_MESSAGE) {
            message.append("; and ").append(cells.size() - CELLS_IN_MESSAGE).append(" more");
        }
        return message.append(". Choose a coarser signature or lower the trimming bound.")
                .toString();
    }
}
