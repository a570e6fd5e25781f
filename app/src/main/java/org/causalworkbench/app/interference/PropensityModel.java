package org.causalworkbench.app.interference;

/** Estimation method of the signature propensity e(X, I). */
public enum PropensityModel {
    /** Exact cell frequencies over (X, I). */
    CELLS("Exact cells"),
    /** Cell frequencies after binning each fraction component of I into K equal bins. */
    BINS("Binned signature (K bins)");

    private final String label;

    PropensityModel(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
