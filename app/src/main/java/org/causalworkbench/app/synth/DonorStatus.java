package org.causalworkbench.app.synth;

import org.causalworkbench.estimators.synth.spillover.DonorScore;

/**
 * Colour class of a donor's screen score: valid (green), borderline (amber) or flagged (red).
 * Borderline means |z| of at least 2 while still inside the predictive interval, which happens
 * at levels above about 0.95.
 */
enum DonorStatus {
    /** Inside the interval with |z| below 2. */
    VALID("donor-valid"),
    /** Inside the interval with |z| of at least 2. */
    BORDERLINE("donor-borderline"),
    /** Outside the interval. */
    FLAGGED("donor-flagged");

    /** The |z| from which an unflagged donor counts as borderline. */
    static final double BORDERLINE_Z = 2;

    private final String styleClass;

    DonorStatus(String styleClass) {
        this.styleClass = styleClass;
    }

    /** Returns the CSS class that colours a cell of this status. */
    String styleClass() {
        return styleClass;
    }

    /** Classifies one screen score. */
    static DonorStatus of(DonorScore score) {
        if (score.flagged()) {
            return FLAGGED;
        }
        return Math.abs(score.zScore()) >= BORDERLINE_Z ? BORDERLINE : VALID;
    }
}
