package org.causalworkbench.estimators.synth.simulate;

import java.util.Objects;

/**
 * A named donor selection compared in a {@link SpilloverReplicateRunner} study.
 *
 * @param name the column name in results, such as {@code ALL}; letters, digits, '-' and '_'
 * @param selection the selection
 */
public record DonorStrategy(String name, DonorSelection selection) {

    /** Every candidate donor. */
    public static final DonorStrategy ALL = new DonorStrategy("ALL", panel -> {
        int[] all = new int[panel.donorCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    });

    /** The oracle: the donors the spillover did not reach. */
    public static final DonorStrategy VALID = new DonorStrategy("VALID",
            SpilloverPanel::validDonors);

    /** Checks the name, so that it can serve as a CSV column. */
    public DonorStrategy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selection, "selection");
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Invalid strategy name '" + name
                    + "': use letters, digits, '-' and '_' only, for example S1.");
        }
    }
}
