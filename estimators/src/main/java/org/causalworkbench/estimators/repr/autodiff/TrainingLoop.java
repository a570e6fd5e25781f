package org.causalworkbench.estimators.repr.autodiff;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs a fixed number of optimiser steps, each on a fresh tape, with progress reports and
 * cooperative cancellation between steps.
 */
public final class TrainingLoop {

    private TrainingLoop() {
    }

    /** Builds the scalar loss of one step on the given tape. */
    @FunctionalInterface
    public interface LossFunction {

        /**
         * Records the forward pass of step {@code step} (0-based) and returns its loss.
         *
         * @return a 1 x 1 node on {@code tape}
         */
        Node record(Tape tape, int step);
    }

    /**
     * Runs {@code steps} steps of zero gradients, forward, backward and update.
     *
     * @param optimizer the optimiser, whose parameter set the loss must use
     * @param steps the number of steps, at least 1
     * @param loss the loss of each step
     * @param progress receives one report per step
     * @param cancellation checked before every step
     * @return the loss value of every step, before that step's update
     * @throws IllegalStateException if a loss is not finite
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static double[] run(Optimizer optimizer, int steps, LossFunction loss,
            ProgressSink progress, CancellationToken cancellation) {
        if (steps < 1) {
            throw new IllegalArgumentException("number of training steps must be at least 1, got "
                    + steps);
        }
        double[] history = new double[steps];
        for (int step = 0; step < steps; step++) {
            cancellation.throwIfCancellationRequested();
            optimizer.parameters().zeroGradients();
            Tape tape = new Tape();
            Node value = loss.record(tape, step);
            history[step] = value.scalar();
            if (!Double.isFinite(history[step])) {
                throw new IllegalStateException("loss is " + history[step] + " at step " + step
                        + "; lower the learning rate or check the inputs");
            }
            tape.backward(value);
            optimizer.step();
            progress.progress(step + 1L, steps);
        }
        return history;
    }
}
