package org.causalworkbench.app.interference.classical;

/**
 * One exposure condition of the Aronow-Samii table.
 *
 * @param condition the condition name, such as c11
 * @param meaning the condition in words
 * @param unitsObserved units observed in the condition
 * @param minProbability the smallest pi_i(d_k) over all units
 * @param maxProbability the largest pi_i(d_k) over all units
 * @param horvitzThompson the Horvitz-Thompson mean
 * @param horvitzThompsonError its standard error, from the conservative variance
 * @param hajek the Hajek mean
 * @param hajekError its linearised standard error
 * @param undefinedReason why the condition has no estimates, such as "no unit observed", or
 *     an empty string when it has them
 */
public record ExposureRow(String condition, String meaning, int unitsObserved,
        double minProbability, double maxProbability, double horvitzThompson,
        double horvitzThompsonError, double hajek, double hajekError, String undefinedReason) {

    /** Formats an estimate of this row: 4 decimals, or "undefined". */
    String show(double value) {
        return undefinedReason.isEmpty() ? Tables.number(value) : "undefined";
    }

    /** Formats the number of units observed, with the reason when the row is undefined. */
    String observed() {
        return undefinedReason.isEmpty() ? Integer.toString(unitsObserved)
                : unitsObserved + ": " + undefinedReason;
    }
}
