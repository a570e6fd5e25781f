package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * Local interference signature of one unit: one or more exact components, compared by value so
 * that units with equal signatures fall into the same propensity cell.
 *
 * <p>A scalar signature, such as the fraction of treated neighbours, has one component. A vector
 * signature, such as (treated-neighbour count, degree), has several.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 *
 * @param components the components in a fixed order, at least one
 */
public record Signature(List<ExactFraction> components) {

    /**
     * Copies the components into an unmodifiable list.
     *
     * @throws IllegalArgumentException if there are no components
     */
    public Signature {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("A signature needs at least one component.");
        }
    }

    /** Returns the signature with the given components. */
    public static Signature of(ExactFraction... components) {
        return new Signature(List.of(components));
    }

    @Override
    public String toString() {
        return components.size() == 1 ? components.get(0).toString() : components.toString();
    }
}
