package org.causalworkbench.estimators.interference.classical;

/**
 * Arm means of one group, the group-level estimates of Hudgens and Halloran (2008).
 *
 * @param group the group label
 * @param strategy the allocation strategy the group was assigned
 * @param size number of members n_i
 * @param treated number of treated members
 * @param untreatedMean {@code Y_i(0; psi)}, the mean outcome of the untreated members, or
 *     {@code NaN} when the group has none
 * @param treatedMean {@code Y_i(1; psi)}, the mean outcome of the treated members, or
 *     {@code NaN} when the group has none
 * @param outcomeMean {@code Y_i(psi)}, the mean outcome of all members
 */
public record GroupSummary(
        Object group,
        Object strategy,
        int size,
        int treated,
        double untreatedMean,
        double treatedMean,
        double outcomeMean) {

    /** Returns the number of untreated members. */
    public int untreated() {
        return size - treated;
    }

    /** Returns the arm mean for treatment {@code a}: 0 for untreated, 1 for treated. */
    double armMean(int a) {
        return a == 0 ? untreatedMean : treatedMean;
    }
}
