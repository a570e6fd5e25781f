package org.causalworkbench.app.obsexp;

/** The per-row score that the falsification tests compare with &omega;. */
public enum TestScore {
    /** The AIPW score with arm regressions cross-fitted on the trial, the default. */
    AIPW("AIPW (cross-fitted)"),
    /** The IPW pseudo-outcome Y(T - &pi;) / (&pi;(1 - &pi;)), kept for comparison. */
    IPW("IPW pseudo-outcome");

    private final String label;

    TestScore(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
