package org.causalworkbench.estimators.repr.autodiff;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Records the operations of one forward pass and runs the reverse sweep over them.
 *
 * <p>Each operation stores its output value when it runs, and the reverse sweep reads these
 * values instead of recomputing them. Operations are appended in execution order, so the
 * reverse of that order is a valid topological order for the sweep. A tape serves one forward
 * and one backward pass; build a new tape for the next batch.
 *
 * <p>Leaves come in three kinds: constants (no gradient), variables (gradient kept on the node)
 * and parameters (gradient accumulated into {@link Parameter#gradient()} across tapes until
 * {@link ParameterSet#zeroGradients()}).
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; one tape belongs to one thread.
 */
public final class Tape {

    /** Reverse-mode rule of one operation: adds its inputs' share of the output gradient. */
    @FunctionalInterface
    interface BackwardRule {
        void accumulate(DMatrixRMaj outputGradient);
    }

    private final List<Node> nodes = new ArrayList<>();
    private boolean backwardDone;

    /**
     * Records a leaf that receives no gradient.
     *
     * @param value the value, used directly and not to be modified while the tape is in use
     * @return the leaf
     */
    public Node constant(DMatrixRMaj value) {
        return addLeaf(value, false, null);
    }

    /**
     * Records a leaf whose gradient is kept on the node, for example to differentiate with
     * respect to an input.
     *
     * @param value the value, used directly and not to be modified while the tape is in use
     * @return the leaf
     */
    public Node variable(DMatrixRMaj value) {
        return addLeaf(value, true, null);
    }

    /**
     * Records a leaf for a parameter. A trainable parameter's gradient accumulates into
     * {@link Parameter#gradient()}; a frozen parameter's leaf receives no gradient.
     *
     * @param parameter the parameter
     * @return the leaf
     */
    public Node parameter(Parameter parameter) {
        boolean trainable = parameter.isTrainable();
        return addLeaf(parameter.value(), trainable, trainable ? parameter.gradient() : null);
    }

    /**
     * Runs the reverse sweep from a scalar loss, seeding its gradient with 1.
     *
     * @param loss a 1 x 1 node recorded on this tape
     * @throws IllegalArgumentException if {@code loss} is not a scalar on this tape
     * @throws IllegalStateException if backward already ran on this tape
     */
    public void backward(Node loss) {
        checkOwned(loss, "loss");
        if (loss.rows() != 1 || loss.cols() != 1) {
            throw new IllegalArgumentException("loss must be 1 x 1, got " + loss.rows() + " x "
                    + loss.cols() + "; reduce it with ReductionOps.sum or mean first");
        }
        if (backwardDone) {
            throw new IllegalStateException("backward already ran on this tape; record a new"
                    + " tape for every forward pass");
        }
        backwardDone = true;
        if (!loss.requiresGradient()) {
            return;
        }
        loss.gradientBuffer().add(0, 0, 1.0);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).runBackward();
        }
    }

    /** Returns the number of nodes recorded so far. */
    public int size() {
        return nodes.size();
    }

    /**
     * Records an operation's output. The output needs a gradient when any input does, and only
     * then is {@code rule} kept for the reverse sweep.
     */
    Node record(DMatrixRMaj value, BackwardRule rule, Node... inputs) {
        boolean requiresGradient = false;
        for (int i = 0; i < inputs.length; i++) {
            checkOwned(inputs[i], "input " + i);
            requiresGradient |= inputs[i].requiresGradient();
        }
        Node output = new Node(this, value, requiresGradient, null);
        if (requiresGradient) {
            output.setBackward(() -> rule.accumulate(output.gradient()));
        }
        nodes.add(output);
        return output;
    }

    private Node addLeaf(DMatrixRMaj value, boolean requiresGradient, DMatrixRMaj gradient) {
        if (value == null) {
            throw new IllegalArgumentException("leaf value is null; pass a matrix");
        }
        Node leaf = new Node(this, value, requiresGradient, gradient);
        nodes.add(leaf);
        return leaf;
    }

    private void checkOwned(Node node, String role) {
        if (node == null) {
            throw new IllegalArgumentException(role + " is null");
        }
        if (node.tape() != this) {
            throw new IllegalArgumentException(role + " was recorded on another tape; build the"
                    + " whole forward pass on one tape");
        }
    }
}
