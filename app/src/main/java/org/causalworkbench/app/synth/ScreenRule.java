package org.causalworkbench.app.synth;

/** The two keep rules of the donor screen, whose suggestions the user can apply. */
public enum ScreenRule {
    /** S1: keep the n donors with the smallest forecast error. */
    TOP_N("S1 (keep the n best-forecast donors)"),
    /** S2: keep the donors whose value lies inside the predictive interval. */
    INTERVAL("S2 (keep donors inside the interval)");

    private final String label;

    ScreenRule(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
