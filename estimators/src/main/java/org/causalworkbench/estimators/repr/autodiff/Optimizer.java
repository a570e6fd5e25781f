package org.causalworkbench.estimators.repr.autodiff;

/**
 * A running optimiser that updates the trainable parameters of one {@link ParameterSet} from
 * their accumulated gradients. Create one from {@link Sgd} or {@link Adam}.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; it keeps per-parameter state.
 */
public interface Optimizer {

    /**
     * Applies one update to every trainable parameter from its current gradient. Gradients are
     * read, not cleared; call {@link ParameterSet#zeroGradients()} before the next backward pass.
     *
     * @throws IllegalStateException if a gradient entry is not finite
     */
    void step();

    /** Returns the number of completed steps. */
    long stepCount();

    /** Returns the parameters this optimiser updates. */
    ParameterSet parameters();
}
