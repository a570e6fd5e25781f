package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.causalworkbench.estimators.repr.autodiff.ActivationOps;
import org.causalworkbench.estimators.repr.autodiff.Initializers;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.Parameter;
import org.causalworkbench.estimators.repr.autodiff.ParameterGroup;
import org.causalworkbench.estimators.repr.autodiff.ParameterSet;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.ejml.data.DMatrixRMaj;

/**
 * A fully connected network on the autodiff engine: tanh hidden layers and a linear output
 * layer, with Xavier-normal weights and zero biases.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; the parameters change during training.
 */
final class DenseNetwork {

    private final ParameterSet parameters;
    private final Parameter[] weights;
    private final Parameter[] biases;

    /** Creates the network with a parameter set of its own. */
    DenseNetwork(int[] widths, long seed) {
        this(new ParameterSet(), "", widths, seed);
    }

    /**
     * Creates the network.
     *
     * @param parameters the set that receives the weights, shared with other networks that
     *     train together
     * @param prefix the prefix of the parameter names, unique within the set
     * @param widths the layer widths from input to output, at least two
     * @param seed the seed of the initial weights
     */
    DenseNetwork(ParameterSet parameters, String prefix, int[] widths, long seed) {
        this.parameters = parameters;
        if (widths.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output width");
        }
        SplittableRandom random = new SplittableRandom(seed);
        ParameterGroup group = ParameterGroup.trainable("network");
        weights = new Parameter[widths.length - 1];
        biases = new Parameter[widths.length - 1];
        for (int layer = 0; layer < weights.length; layer++) {
            weights[layer] = parameters.add(prefix + "w" + layer,
                    Initializers.xavierNormal(widths[layer + 1], widths[layer], random), group);
            biases[layer] = parameters.add(prefix + "b" + layer,
                    Initializers.zeros(1, widths[layer + 1]), group);
        }
    }

    ParameterSet parameters() {
        return parameters;
    }

    int inputWidth() {
        return weights[0].cols();
    }

    int outputWidth() {
        return weights[weights.length - 1].rows();
    }

    /** Records the forward pass of the rows of {@code input}. */
    Node forward(Tape tape, Node input) {
        Node h = input;
        for (int layer = 0; layer < weights.length; layer++) {
            h = MatrixOps.addRowVector(MatrixOps.matmulTransB(h, tape.parameter(weights[layer])),
                    tape.parameter(biases[layer]));
            if (layer < weights.length - 1) {
                h = ActivationOps.tanh(h);
            }
        }
        return h;
    }

    /** Returns the outputs for the rows of {@code input}, without keeping gradients. */
    DMatrixRMaj apply(DMatrixRMaj input) {
        if (input.numCols != inputWidth()) {
            throw new IllegalArgumentException("network input must have " + inputWidth()
                    + " columns, got " + input.numCols);
        }
        Tape tape = new Tape();
        return forward(tape, tape.constant(input)).value();
    }
}
