package org.causalworkbench.app.synth;

import java.util.Objects;

/**
 * The user's decision on one donor, as written to and read from a pool file.
 *
 * @param unit the donor's unit name
 * @param included whether the donor is in the pool
 * @param trusted whether the user trusts the donor to be free of spillover
 * @param reason the user's free-text reason, empty for none
 */
public record DonorDecision(String unit, boolean included, boolean trusted, String reason) {

    /** Checks the unit and turns a missing reason into an empty one. */
    public DonorDecision {
        Objects.requireNonNull(unit, "unit");
        reason = reason == null ? "" : reason.strip();
    }

    /** Returns the decision's name in a pool file: include, exclude or trusted. */
    public String label() {
        if (!included) {
            return "exclude";
        }
        return trusted ? "trusted" : "include";
    }
}
