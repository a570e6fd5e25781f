package org.causalworkbench.app.interference;

import java.util.Objects;
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
 */
public record InterferenceRequest(InterferenceData data, SignatureChoice signature,
        double trimming, UncertaintyChoice uncertainty, ExactFraction defaultLevel) {

    /** Checks that the parts are present. */
    public InterferenceRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
    }

    /** Creates a request without bootstrap and with the default level 0. */
    public InterferenceRequest(InterferenceData data, SignatureChoice signature,
            double trimming) {
        this(data, signature, trimming, UncertaintyChoice.OFF, ExactFraction.ZERO);
    }
}
