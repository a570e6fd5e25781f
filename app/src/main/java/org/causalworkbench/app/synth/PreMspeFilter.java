package org.causalworkbench.app.synth;

/**
 * Filter on the placebos that the placebo chart draws, by their pre-period MSPE relative to the
 * treated unit's. The choices follow Abadie, Diamond and Hainmueller (2010).
 */
public enum PreMspeFilter {
    /** Every placebo. */
    ALL("All placebos", Double.POSITIVE_INFINITY),
    /** Placebos with a pre-MSPE up to 20 times the treated unit's. */
    TWENTY("Pre-MSPE up to 20x treated", 20),
    /** Placebos with a pre-MSPE up to 5 times the treated unit's. */
    FIVE("Pre-MSPE up to 5x treated", 5),
    /** Placebos with a pre-MSPE up to 2 times the treated unit's. */
    TWO("Pre-MSPE up to 2x treated", 2);

    private final String label;
    private final double multiple;

    PreMspeFilter(String label, double multiple) {
        this.label = label;
        this.multiple = multiple;
    }

    /** Returns the cut-off as a multiple of the treated unit's pre-MSPE. */
    public double multiple() {
        return multiple;
    }

    @Override
    public String toString() {
        return label;
    }
}
