package org.causalworkbench.app.interference;

import java.util.Objects;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.interference.ExactFraction;

/**
 * The inputs of one interference run.
 *
 * @param data the units and their structure
 * @param signature the signature and propensity settings
 * @param trimming the trimming bound eps: cells with a propensity outside [eps, 1 - eps] drop
 * @param uncertainty the bootstrap settings
 * @param defaultLevel the signature value of no interference, which the identifiability check
 *     looks for among the kept units; 0 for fractions and counts
 * @param distances the distances of the inverse-distance signature over the data's units, or
 *     {@code null} to use hop distances in the neighbour lists
 * @param assumeAdditivity whether the outcome is taken as additive in T and I. Then the TACE
 *     is identified whatever the default level. Otherwise a default level outside the
 *     observed support of I makes the TACE not identifiable.
 */
public record InterferenceRequest(InterferenceData data, SignatureChoice signature,
        double trimming, UncertaintyChoice uncertainty, ExactFraction defaultLevel,
        DistanceMatrix distances, boolean assumeAdditivity) {

    /**
     * Checks that the parts are present and that the default level is a possible signature
     * value.
     *
     * @throws IllegalArgumentException if the default level is negative, or above 1 for a
     *     signature with a fraction component
     */
    public InterferenceRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        requirePossibleLevel(defaultLevel, signature);
        if (distances != null && !distances.unitIds().equals(data.ids())) {
            throw new IllegalArgumentException("The distance matrix lists other units than "
                    + data.name() + "; open the distance matrix of this unit table.");
        }
    }

    /** Creates a request whose inverse-distance signature uses hop distances. */
    public InterferenceRequest(InterferenceData data, SignatureChoice signature,
            double trimming, UncertaintyChoice uncertainty, ExactFraction defaultLevel) {
        this(data, signature, trimming, uncertainty, defaultLevel, null, true);
    }

    /** Creates a request without bootstrap and with the default level 0. */
    public InterferenceRequest(InterferenceData data, SignatureChoice signature,
            double trimming) {
        this(data, signature, trimming, UncertaintyChoice.OFF, ExactFraction.ZERO);
    }

    private static void requirePossibleLevel(ExactFraction level, SignatureChoice signature) {
        if (level.compareTo(ExactFraction.ZERO) < 0) {
            throw new IllegalArgumentException("Invalid default interference level "
                    + level.doubleValue() + ": no signature is negative; use 0 for no treated neighbour.");
        }
        java.util.Optional<SignatureComponent> fraction = signature.components().stream()
                .filter(SignatureComponent::isFraction).findFirst();
        if (fraction.isPresent() && level.compareTo(ExactFraction.of(1)) > 0) {
            throw new IllegalArgumentException("Invalid default interference level "
                    + level.doubleValue() + ": the " + fraction.get() + " signature lies in"
                    + " [0, 1]; use a value from 0 to 1, such as 0 for no treated neighbour.");
        }
    }
}
