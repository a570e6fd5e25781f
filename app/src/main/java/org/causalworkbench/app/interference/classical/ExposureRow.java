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
 */
public record ExposureRow(String condition, String meaning, int unitsObserved,
        double minProbability, double maxProbability, double horvitzThompson,
        double horvitzThompsonError, double hajek, double hajekError) {
}
