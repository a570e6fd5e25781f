package org.causalworkbench.app.interference;

import java.util.Objects;

/**
 * The inputs of one interference run.
 *
 * @param data the units and their structure
 * @param signature the signature and propensity settings
 * @param trimming the trimming bound eps: cells with a propensity outside [eps, 1 - eps] drop
 */
public record InterferenceRequest(InterferenceData data, SignatureChoice signature,
        double trimming) {

    /** Checks that the parts are present. */
    public InterferenceRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
    }
}
