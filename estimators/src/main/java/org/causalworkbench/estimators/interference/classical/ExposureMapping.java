package org.causalworkbench.estimators.interference.classical;

import java.util.List;

/**
 * An exposure mapping {@code D_i = f(Z, theta_i)}: the exposure condition each unit receives
 * under a treatment assignment vector Z, one of K named conditions {@code d_1 .. d_K}.
 *
 * <p>Implementations must be deterministic and must not modify the assignment, because the
 * exposure probabilities come from applying the mapping to every assignment of a design.
 */
public interface ExposureMapping {

    /** Returns the names of the K exposure conditions, in index order. */
    List<String> conditions();

    /** Returns the number of units N the mapping is defined on. */
    int unitCount();

    /**
     * Computes the exposure condition of every unit.
     *
     * @param assignment 0 or 1 per unit, length {@link #unitCount()}. Not modified.
     * @return the condition index in {@code [0, K)} per unit
     */
    int[] exposures(int[] assignment);

    /** The exposure condition of one unit, as an index into the mapping's conditions. */
    @FunctionalInterface
    interface UnitRule {

        /**
         * Returns the condition index of {@code unit} under {@code assignment}.
         *
         * @param unit the unit index in {@code [0, N)}
         * @param assignment 0 or 1 per unit. Not modified.
         */
        int exposure(int unit, int[] assignment);
    }

    /**
     * Builds a mapping from a user rule applied to each unit in turn.
     *
     * @param conditions the condition names, at least 1, none blank or repeated
     * @param unitCount the number of units N, positive
     * @param rule returns the condition index of a unit. An index outside {@code [0, K)} is
     *     rejected when probabilities are computed
     * @return the mapping
     * @throws IllegalArgumentException if the names or the count are invalid
     */
    static ExposureMapping of(List<String> conditions, int unitCount, UnitRule rule) {
        return new RuleExposureMapping(conditions, unitCount, rule);
    }
}
