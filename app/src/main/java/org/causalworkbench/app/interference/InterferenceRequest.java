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
 */
public record InterferenceRequest(InterferenceData data, SignatureChoice signature,
        double trimming, UncertaintyChoice uncertainty, ExactFraction defaultLevel,
        DistanceMatrix distances) {

    /** Checks that the parts are present. */
    public InterferenceRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        if (distances != null && !distances.unitIds().equals(data.ids())) {
            throw new IllegalArgumentException("The distance matrix lists other units than "
                    + data.name() + "; open the distance matrix of this unit table.");
        }
    }

    /** Creates a request whose inverse-distance signature uses hop distances. */
    public InterferenceRequest(InterferenceData data, SignatureChoice signature,
            double trimming, UncertaintyChoice uncertainty, ExactFraction defaultLevel) {
        this(data, signature, trimming, uncertainty, defaultLevel, null);
    }

    /** Creates a request without bootstrap and with the default level 0. */
    public InterferenceRequest(InterferenceData data, SignatureChoice signature,
            double trimming) {
        this(data, signature, trimming, UncertaintyChoice.OFF, ExactFraction.ZERO);
    }
}
