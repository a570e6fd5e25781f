package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;

/**
 * A named matrix of model weights with its accumulated loss gradient.
 *
 * <p>Instances come from {@link ParameterSet#add}. The value and gradient matrices are live:
 * optimisers update the value in place, and every backward pass adds to the gradient until
 * {@link ParameterSet#zeroGradients()}.
 */
public final class Parameter {

    private final String name;
    private final ParameterGroup group;
    private final DMatrixRMaj value;
    private final DMatrixRMaj gradient;

    Parameter(String name, ParameterGroup group, DMatrixRMaj initialValue) {
        this.name = name;
        this.group = group;
        this.value = initialValue.copy();
        this.gradient = new DMatrixRMaj(initialValue.numRows, initialValue.numCols);
    }

    /** Returns the name, unique within its set. */
    public String name() {
        return name;
    }

    /** Returns the group. */
    public ParameterGroup group() {
        return group;
    }

    /** Returns whether the parameter trains, as set by its group. */
    public boolean isTrainable() {
        return group.isTrainable();
    }

    /** Returns the live value. Modify it only between training steps, for example to load it. */
    public DMatrixRMaj value() {
        return value;
    }

    /** Returns the live accumulated gradient, always zero for a frozen parameter. */
    public DMatrixRMaj gradient() {
        return gradient;
    }

    /** Returns the number of rows. */
    public int rows() {
        return value.numRows;
    }

    /** Returns the number of columns. */
    public int cols() {
        return value.numCols;
    }

    @Override
    public String toString() {
        return name + " " + rows() + " x " + cols() + " in " + group;
    }
}
