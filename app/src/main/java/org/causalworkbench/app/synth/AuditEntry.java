package org.causalworkbench.app.synth;

import java.time.Instant;

/**
 * One line of the donor-pool audit log: a user decision or a screen suggestion.
 *
 * @param time when it happened
 * @param source who made it: "user", "screen" or "file"
 * @param unit the donor, or "*" for the whole pool
 * @param action what was decided or suggested
 * @param reason the reason given, empty for none
 */
public record AuditEntry(Instant time, String source, String unit, String action,
        String reason) {
}
