package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;

/**
 * A trained map psi from observed treatments to a representation: z-scoring with the training
 * means and SDs, then a network.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe, because the network's parameters are
 * shared with the trainer.
 */
public final class TreatmentEncoder {

    private final ColumnScaling scaling;
    private final DenseNetwork network;

    TreatmentEncoder(ColumnScaling scaling, DenseNetwork network) {
        this.scaling = scaling;
        this.network = network;
    }

    /** Returns the width of the representation. */
    public int width() {
        return network.outputWidth();
    }

    /**
     * Returns psi(t) for every row of {@code treatments}.
     *
     * @param treatments n x 32 treatments. Not modified.
     * @return n x {@link #width()} representations
     */
    public DMatrixRMaj encode(DMatrixRMaj treatments) {
        return network.apply(scaling.apply(treatments));
    }
}
