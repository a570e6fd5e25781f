package org.causalworkbench.estimators.repr.autodiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * The parameters of one model, by unique name and in the order they were added.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe.
 */
public final class ParameterSet {

    private final Map<String, Parameter> byName = new LinkedHashMap<>();

    /**
     * Adds a parameter with a copy of {@code initialValue}.
     *
     * @param name unique within this set
     * @param initialValue the starting value, copied
     * @param group the group that decides whether and how fast it trains
     * @return the new parameter
     * @throws IllegalArgumentException if the name is taken or a value entry is not finite
     */
    public Parameter add(String name, DMatrixRMaj initialValue, ParameterGroup group) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is empty; give it a name");
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("parameter name '" + name + "' is already used"
                    + " in this set; choose another name");
        }
        for (int i = 0; i < initialValue.getNumElements(); i++) {
            if (!Double.isFinite(initialValue.data[i])) {
                throw new IllegalArgumentException("initial value of parameter '" + name
                        + "' has the non-finite entry " + initialValue.data[i] + " at index " + i);
            }
        }
        Parameter parameter = new Parameter(name, group, initialValue);
        byName.put(name, parameter);
        return parameter;
    }

    /**
     * Returns the parameter with this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Parameter get(String name) {
        Parameter parameter = byName.get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "'; known names: "
                    + byName.keySet());
        }
        return parameter;
    }

    /** Returns whether this exact parameter belongs to the set. */
    public boolean contains(Parameter parameter) {
        return byName.get(parameter.name()) == parameter;
    }

    /** Returns all parameters in insertion order, as an unmodifiable list. */
    public List<Parameter> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** Returns the trainable parameters in insertion order. */
    public List<Parameter> trainable() {
        List<Parameter> result = new ArrayList<>();
        for (Parameter parameter : byName.values()) {
            if (parameter.isTrainable()) {
                result.add(parameter);
            }
        }
        return result;
    }

    /** Returns the number of scalar weights over all parameters. */
    public long weightCount() {
        long count = 0;
        for (Parameter parameter : byName.values()) {
            count += parameter.value().getNumElements();
        }
        return count;
    }

    /** Sets every gradient to zero, as needed before each backward pass. */
    public void zeroGradients() {
        for (Parameter parameter : byName.values()) {
            parameter.gradient().zero();
        }
    }
}
