package org.causalworkbench.estimators.repr.lora;

import org.ejml.data.DMatrixRMaj;

/**
 * The two LoRA factors of one adapted module, whose update is {@code scale * B * A}.
 *
 * <p>The matrices are not copied; callers must not change them.
 *
 * @param name the module's name, the tensor name without {@code .lora_A.weight}
 * @param b the up-projection B, out x r
 * @param a the down-projection A, r x in
 * @param alpha the scaling numerator from the adapter config
 * @param scale the factor in front of B * A
 */
public record LoraModule(String name, DMatrixRMaj b, DMatrixRMaj a, double alpha, double scale) {

    /** Returns the rank r, the number of rows of A. */
    public int rank() {
        return a.numRows;
    }

    /** Returns the output dimension, the number of rows of B. */
    public int outputs() {
        return b.numRows;
    }

    /** Returns the input dimension, the number of columns of A. */
    public int inputs() {
        return a.numCols;
    }
}
