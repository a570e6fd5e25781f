package org.causalworkbench.estimators.repr.autodiff;

import java.util.OptionalDouble;

/**
 * Settings shared by a group of parameters: whether they train, and an optional learning rate
 * that overrides the optimiser's.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class ParameterGroup {

    private final String name;
    private final boolean trainable;
    private final OptionalDouble learningRate;

    private ParameterGroup(String name, boolean trainable, OptionalDouble learningRate) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter group name is empty; give it a name");
        }
        this.name = name;
        this.trainable = trainable;
        this.learningRate = learningRate;
    }

    /** Returns a trainable group that uses the optimiser's learning rate. */
    public static ParameterGroup trainable(String name) {
        return new ParameterGroup(name, true, OptionalDouble.empty());
    }

    /** Returns a frozen group: its parameters get no gradient and never change. */
    public static ParameterGroup frozen(String name) {
        return new ParameterGroup(name, false, OptionalDouble.empty());
    }

    /**
     * Returns a copy whose parameters use {@code newLearningRate} instead of the optimiser's.
     *
     * @param newLearningRate positive and finite
     */
    public ParameterGroup withLearningRate(double newLearningRate) {
        Shapes.requireFinitePositive("learning rate of group '" + name + "'", newLearningRate);
        return new ParameterGroup(name, trainable, OptionalDouble.of(newLearningRate));
    }

    /** Returns the group name. */
    public String name() {
        return name;
    }

    /** Returns whether the group's parameters train. */
    public boolean isTrainable() {
        return trainable;
    }

    /** Returns the group's own learning rate, if it has one. */
    public OptionalDouble learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return name + (trainable ? " (trainable)" : " (frozen)");
    }
}
