package org.causalworkbench.estimators.synth.simulate;

/**
 * Chooses which candidate donors of a simulated panel enter the synthetic control.
 *
 * <p>A donor screen plugs in here, for example a spillover screen that keeps the donors whose
 * first post-period value its forecast explains. The runner calls a selection from several
 * threads at once, so an implementation must be thread-safe and, for reproducible studies,
 * depend only on the panel.
 */
@FunctionalInterface
public interface DonorSelection {

    /**
     * Chooses the donors to keep.
     *
     * @param panel the simulated panel; a selection must not use its truth unless it is an
     *     oracle
     * @return the kept donors' indices, from 0, distinct and at least one
     */
    int[] keptDonors(SpilloverPanel panel);
}
