package org.causalworkbench.app.synth;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One candidate donor with the user's decisions: in or out of the pool, trusted as an anchor of
 * the screen, and a free-text reason. Screen suggestions are kept elsewhere, in
 * {@link SpilloverViewModel}, so they never overwrite a decision unasked.
 */
public final class DonorChoice {

    private final String unit;
    private final BooleanProperty included;
    private final BooleanProperty trusted = new SimpleBooleanProperty(this, "trusted");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

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

    /** Returns whether the user trusts this donor to be free of spillover. */
    public BooleanProperty trustedProperty() {
        return trusted;
    }

    /** Returns the user's reason for the decision, empty for none. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** Returns the user's current decision as an immutable record. */
    public DonorDecision decision() {
        return new DonorDecision(unit, included.get(), trusted.get(), reason.get());
    }

    /** Sets every user decision from a record with the same unit. */
    void apply(DonorDecision decision) {
        included.set(decision.included());
        trusted.set(decision.trusted());
        reason.set(decision.reason());
    }

    @Override
    public String toString() {
        return unit;
    }
}
