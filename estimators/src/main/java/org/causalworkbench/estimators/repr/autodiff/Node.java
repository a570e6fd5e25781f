package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;

/**
 * A value recorded on a {@link Tape}, with the gradient of the loss with respect to it once
 * {@link Tape#backward(Node)} has run.
 *
 * <p>Rows are examples and columns are features. A scalar is a 1 x 1 matrix.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; a tape and its nodes belong to one thread.
 */
public final class Node {

    private final Tape tape;
    private final DMatrixRMaj value;
    private final boolean requiresGradient;
    private DMatrixRMaj gradient;
    private Runnable backward;

    Node(Tape tape, DMatrixRMaj value, boolean requiresGradient, DMatrixRMaj sharedGradient) {
        this.tape = tape;
        this.value = value;
        this.requiresGradient = requiresGradient;
        this.gradient = sharedGradient;
    }

    /** Returns the tape that recorded this node. */
    public Tape tape() {
        return tape;
    }

    /**
     * Returns the value itself, not a copy. Callers must not modify it, because the reverse
     * sweep reads recorded values instead of recomputing them.
     */
    public DMatrixRMaj value() {
        return value;
    }

    /** Returns the number of rows of the value. */
    public int rows() {
        return value.numRows;
    }

    /** Returns the number of columns of the value. */
    public int cols() {
        return value.numCols;
    }

    /**
     * Returns the only entry of a 1 x 1 value.
     *
     * @throws IllegalArgumentException if the value is not 1 x 1
     */
    public double scalar() {
        if (value.numRows != 1 || value.numCols != 1) {
            throw new IllegalArgumentException("node is " + value.numRows + " x " + value.numCols
                    + ", not a scalar; reduce it with ReductionOps.sum or mean first");
        }
        return value.get(0, 0);
    }

    /** Returns whether the loss gradient flows back into this node. */
    public boolean requiresGradient() {
        return requiresGradient;
    }

    /**
     * Returns the accumulated gradient, or a zero matrix of the value's shape if nothing has
     * flowed back into this node. The matrix is live and not a copy.
     */
    public DMatrixRMaj gradient() {
        if (gradient == null) {
            return new DMatrixRMaj(value.numRows, value.numCols);
        }
        return gradient;
    }

    /** Returns the gradient buffer for accumulation, allocating zeros on first use. */
    DMatrixRMaj gradientBuffer() {
        if (gradient == null) {
            gradient = new DMatrixRMaj(value.numRows, value.numCols);
        }
        return gradient;
    }

    void setBackward(Runnable backward) {
        this.backward = backward;
    }

    void runBackward() {
        if (backward != null && gradient != null) {
            backward.run();
        }
    }
}
