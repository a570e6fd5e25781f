package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks whether the default interference level, the signature value of the default model
 * (no interference), lies within the observed support of the signature among the units kept by
 * an estimate.
 *
 * <p>Without additivity, the outcome model is learned only on the observed signature values. When
 * no kept unit is near the default level, the TACE at that level is not identified (Theorem 2
 * of O'Riordan and Gilligan-Lee, CLeaR 2025). Two models that agree on the observed values but
 * differ at the default then give the same data and the same estimate. The estimate is then a
 * contrast at the observed signature values, which equals the TACE only under additivity.
 *
 * <p>The support is taken per component as the closed range from the smallest to the largest
 * kept value. A default inside that range is therefore not proof of identification.
 * The default level is 0 for fraction and count signatures, and 1 for a signature that enters
 * the outcome through a product.
 */
public final class IdentifiabilityCheck {

    /** Message shown when the default level lies outside the observed support. */
    public static final String NOT_IDENTIFIABLE = "not identifiable - the default interference"
            + " level lies outside the observed support of I; the contrast shown is conditional"
            + " on the observed signature values";

    private IdentifiabilityCheck() {
    }

    /**
     * Compares the default level with the signatures of the kept units.
     *
     * @param signatures signature per unit, {@code null} for missing. Not modified.
     * @param estimate the estimate whose kept units define the support, such as
     *     {@link TaceResult#tace()}
     * @param defaultLevel the default value of every component, for example
     *     {@link ExactFraction#ZERO}
     * @return the flag, the observed range and the message
     * @throws IllegalArgumentException if the lengths differ or no kept unit has a signature
     */
    public static IdentifiabilityResult check(List<Signature> signatures,
            WeightedEstimate estimate, ExactFraction defaultLevel) {
        double[] weights = estimate.hajekWeights();
        if (weights.length != signatures.size()) {
            throw new IllegalArgumentException("The estimate covers " + weights.length
                    + " units but " + signatures.size() + " signatures were given: pass the"
                    + " signatures the estimate was computed from.");
        }
        List<ExactFraction> minimum = new ArrayList<>();
        List<ExactFraction> maximum = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0 || signatures.get(i) == null) {
                continue;
            }
            List<ExactFraction> components = signatures.get(i).components();
            for (int k = 0; k < components.size(); k++) {
                ExactFraction value = components.get(k);
                if (minimum.size() <= k) {
                    minimum.add(value);
                    maximum.add(value);
                } else {
                    minimum.set(k, value.compareTo(minimum.get(k)) < 0 ? value : minimum.get(k));
                    maximum.set(k, value.compareTo(maximum.get(k)) > 0 ? value : maximum.get(k));
                }
            }
        }
        if (minimum.isEmpty()) {
            throw new IllegalArgumentException(
                    "No kept unit has a signature, so the support of I is empty.");
        }
        boolean inside = true;
        for (int k = 0; k < minimum.size(); k++) {
            inside &= defaultLevel.compareTo(minimum.get(k)) >= 0
                    && defaultLevel.compareTo(maximum.get(k)) <= 0;
        }
        return new IdentifiabilityResult(inside, defaultLevel, minimum, maximum,
                inside ? "" : NOT_IDENTIFIABLE);
    }
}
