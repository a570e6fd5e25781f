package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;

/**
 * Means and effects of {@link AllocationIpw} over a grid of allocations, for curves of
 * {@code DE(alpha)} and contours of {@code IE(alpha0, alpha1)}.
 *
 * <p>In the matrices, entry {@code [r][c]} is the effect for {@code alpha0 = allocations[r]}
 * and {@code alpha1 = allocations[c]}. The diagonal of {@link #indirect()} and
 * {@link #overall()} is 0, and the diagonal of {@link #total()} equals {@link #direct()}.
 *
 * @param allocations the grid alpha_1 .. alpha_m, in the order given
 * @param means the mean potential outcomes at each allocation
 * @param direct {@code DE(alpha)} at each allocation
 * @param indirect {@code IE(alpha0, alpha1)}, m by m
 * @param total {@code TE(alpha0, alpha1)}, m by m
 * @param overall {@code OE(alpha0, alpha1)}, m by m
 */
public record AllocationGrid(
        List<Double> allocations,
        List<AllocationMeans> means,
        List<EffectEstimate> direct,
        List<List<EffectEstimate>> indirect,
        List<List<EffectEstimate>> total,
        List<List<EffectEstimate>> overall) {

    /** Copies every list so the record stays immutable. */
    public AllocationGrid {
        allocations = List.copyOf(allocations);
        means = List.copyOf(means);
        direct = List.copyOf(direct);
        indirect = copyRows(indirect);
        total = copyRows(total);
        overall = copyRows(overall);
    }

    private static List<List<EffectEstimate>> copyRows(List<List<EffectEstimate>> rows) {
        List<List<EffectEstimate>> copy = new ArrayList<>(rows.size());
        for (List<EffectEstimate> row : rows) {
            copy.add(List.copyOf(row));
        }
        return List.copyOf(copy);
    }
}
