package org.causalworkbench.app.interference;

/** One scalar part of a local interference signature; several make a vector signature. */
public enum SignatureComponent {
    /** The fraction of the other members of the unit's group that are treated. */
    GROUP_FRACTION("Group fraction", true),
    /** The fraction of the unit's neighbours in the interaction structure that are treated. */
    NEIGHBOUR_FRACTION("Neighbour fraction", true),
    /** The number of treated neighbours. */
    TREATED_COUNT("Treated-neighbour count", false),
    /** The fraction of treated units weighted by inverse distance to a power. */
    INVERSE_DISTANCE("Inverse distance", true);

    private final String label;
    private final boolean fraction;

    SignatureComponent(String label, boolean fraction) {
        this.label = label;
        this.fraction = fraction;
    }

    /** Returns whether the component lies in [0, 1], so binning and the modifier apply. */
    public boolean isFraction() {
        return fraction;
    }

    @Override
    public String toString() {
        return label;
    }
}
