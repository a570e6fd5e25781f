package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Objects;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;

/**
 * The signature and propensity settings of one run: which components make up the signature,
 * how they are modified, and how the propensity groups units into cells.
 *
 * @param components the signature components in order, at least one; several make a vector
 * @param distancePower the exponent p of the inverse-distance weights d^(-p)
 * @param ownTreatmentReduction the constant c of the own-treatment modifier
 *     {@code max(0, I - c T)}, applied to every fraction component, or {@code null} for none
 * @param isolatedUnitPolicy what a 0/0 fraction becomes
 * @param propensityModel exact cells, binned signature or logistic regression
 * @param bins the number K of equal-width bins for {@link PropensityModel#BINS}
 */
public record SignatureChoice(List<SignatureComponent> components, double distancePower,
        ExactFraction ownTreatmentReduction, IsolatedUnitPolicy isolatedUnitPolicy,
        PropensityModel propensityModel, int bins) {

    /** The largest number of bins accepted. */
    public static final int MAX_BINS = 1000;

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the invalid setting and a valid choice
     */
    public SignatureChoice {
        components = List.copyOf(components);
        Objects.requireNonNull(isolatedUnitPolicy, "isolatedUnitPolicy");
        Objects.requireNonNull(propensityModel, "propensityModel");
        if (components.isEmpty()) {
            throw new IllegalArgumentException("No signature component is chosen; tick at least"
                    + " one, for example the group fraction.");
        }
        if (!(distancePower > 0) || Double.isInfinite(distancePower)) {
            throw new IllegalArgumentException("Invalid distance power " + distancePower
                    + ": use a finite positive number such as 2.");
        }
        if (propensityModel == PropensityModel.BINS && (bins < 1 || bins > MAX_BINS)) {
            throw new IllegalArgumentException("Invalid number of bins " + bins + ": use 1 to "
                    + MAX_BINS + ", for example 20.");
        }
    }

    /** Returns whether the propensity bins the fraction components. */
    public boolean binned() {
        return propensityModel == PropensityModel.BINS;
    }

    /** Describes the signature in a few words, for status lines and the assumptions log. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (SignatureComponent component : components) {
            text.append(text.length() == 0 ? "" : " + ").append(component);
            if (component == SignatureComponent.INVERSE_DISTANCE) {
                text.append(" (power ").append(distancePower).append(')');
            }
        }
        if (ownTreatmentReduction != null) {
            text.append(", minus ").append(ownTreatmentReduction).append(" x own T");
        }
        text.append(switch (propensityModel) {
            case CELLS -> ", exact cells";
            case BINS -> ", " + bins + " bins";
            case LOGISTIC -> ", logistic propensity";
        });
        return text.toString();
    }
}
