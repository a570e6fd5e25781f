package org.causalworkbench.app.obsexp;

/** The source of the gap model's hyperparameters in a run. */
public enum HyperparameterSource {
    /** Fits them by maximum marginal likelihood. */
    FIT("Fit by marginal likelihood"),
    /**
     * Keeps those of the result on screen and only conditions the model on the data, which is
     * faster and shows how the tests and the intervals react to the other settings alone.
     */
    KEEP("Keep those of the current result");

    private final String label;

    HyperparameterSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
