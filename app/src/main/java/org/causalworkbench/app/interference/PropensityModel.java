package org.causalworkbench.app.interference;

/** Estimation method of the signature propensity e(X, I). */
public enum PropensityModel {
    /** Exact cell frequencies over (X, I). */
    CELLS("Exact cells"),
    /** Cell frequencies after binning each fraction component of I into K equal bins. */
    BINS("Binned signature (K bins)"),
    /** Logistic regression on covariate dummies, a cubic in each component of I and X x I. */
    LOGISTIC("Logistic (X, cubic in I, X x I)");

    private final String label;

    PropensityModel(String label) {
        this.label = label;
    }

    /** Returns the estimators' model class; binning happens in {@link SignatureTable}. */
    org.causalworkbench.estimators.interference.PropensityModel estimatorModel() {
        return this == LOGISTIC
                ? org.causalworkbench.estimators.interference.PropensityModel.logistic()
                : org.causalworkbench.estimators.interference.PropensityModel.cells();
    }

    @Override
    public String toString() {
        return label;
    }
}
