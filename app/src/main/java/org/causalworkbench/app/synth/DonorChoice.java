package org.causalworkbench.app.synth;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One candidate donor in the analysis pane, with the user's include decision. */
public final class DonorChoice {

    private final String unit;
    private final BooleanProperty included;

    /**
     * Creates the choice.
     *
     * @param unit the unit name
     * @param included whether the donor starts in the pool
     */
    public DonorChoice(String unit, boolean included) {
        this.unit = unit;
        this.included = new SimpleBooleanProperty(this, "included", included);
    }

    /** Returns the unit name. */
    public String unit() {
        return unit;
    }

    /** Returns whether the donor is in the pool, as a property the check box binds to. */
    public BooleanProperty includedProperty() {
        return included;
    }

    /** Returns whether the donor is in the pool. */
    public boolean isIncluded() {
        return included.get();
    }

    @Override
    public String toString() {
        return unit;
    }
}
