package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Outcome of {@link IdentifiabilityCheck}.
 *
 * @param defaultInSupport whether the default level lies within the observed range of every
 *     signature component among the kept units
 * @param defaultLevel the default interference level that was checked
 * @param minimum per component, the smallest value among the kept units
 * @param maximum per component, the largest value among the kept units
 * @param message {@link IdentifiabilityCheck#NOT_IDENTIFIABLE} when the default lies outside,
 *     otherwise empty
 */
public record IdentifiabilityResult(
        boolean defaultInSupport,
        ExactFraction defaultLevel,
        List<ExactFraction> minimum,
        List<ExactFraction> maximum,
        String message) {

    /** Copies the lists so the record stays immutable. */
    public IdentifiabilityResult {
        minimum = List.copyOf(minimum);
        maximum = List.copyOf(maximum);
    }
}
