package org.causalworkbench.app.synth.robustness;

/** Source of the units that serve as instruments in the debiased fit. */
public enum InstrumentSource {
    /** The donors the user unticked in the donor pool. */
    EXCLUDED_DONORS("Donors excluded from the pool"),
    /** The pool's donors that get no weight in the plain synthetic control. */
    ZERO_WEIGHT_DONORS("Zero-weight donors of the plain fit");

    private final String label;

    InstrumentSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
