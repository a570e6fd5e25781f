package org.causalworkbench.estimators.interference.classical;

import java.util.List;

/**
 * Exposure-condition means, pairwise contrasts and diagnostics of one
 * {@link AronowSamii#estimate} call.
 *
 * @param unitCount the number of units N
 * @param conditions the condition names d_1 .. d_K
 * @param exposures the observed condition index per unit
 * @param estimates one estimate per condition, in condition order
 * @param contrasts one contrast per ordered pair of different conditions, first condition
 *     varying slowest
 * @param exactProbabilities whether the probabilities came from an exact design
 * @param warnings plain-sentence notes on conditions no unit can receive, units that can never
 *     receive a condition, empty conditions and Monte Carlo probabilities
 */
public record AronowSamiiResult(
        int unitCount,
        List<String> conditions,
        int[] exposures,
        List<ExposureEstimate> estimates,
        List<ExposureContrast> contrasts,
        boolean exactProbabilities,
        List<String> warnings) {

    /** Copies the lists and the array so the record stays immutable. */
    public AronowSamiiResult {
        conditions = List.copyOf(conditions);
        exposures = exposures.clone();
        estimates = List.copyOf(estimates);
        contrasts = List.copyOf(contrasts);
        warnings = List.copyOf(warnings);
    }

    /** Returns a copy of the observed condition index per unit. */
    @Override
    public int[] exposures() {
        return exposures.clone();
    }

    /**
     * Returns the estimate of one condition.
     *
     * @throws IllegalArgumentException if the name is not a condition
     */
    public ExposureEstimate estimate(String condition) {
        for (ExposureEstimate estimate : estimates) {
            if (estimate.condition().equals(condition)) {
                return estimate;
            }
        }
        throw new IllegalArgumentException("Unknown exposure condition '" + condition
                + "': the mapping has " + conditions + ".");
    }

    /**
     * Returns the contrast {@code tau(first, second)}.
     *
     * @throws IllegalArgumentException if a name is not a condition or the two are equal
     */
    public ExposureContrast contrast(String first, String second) {
        estimate(first);
        estimate(second);
        for (ExposureContrast contrast : contrasts) {
            if (contrast.first().equals(first) && contrast.second().equals(second)) {
                return contrast;
            }
        }
        throw new IllegalArgumentException("A contrast needs two different conditions, but"
                + " both are '" + first + "'.");
    }
}
