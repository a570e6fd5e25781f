package org.causalworkbench.estimators.repr.grasp;

import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;

/**
 * Pretrains a {@link LatentPersonaModel} with Adam on shuffled minibatches.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class PersonaPretraining {

    private final int epochs;
    private final int batchSize;
    private final double learningRate;
    private final long shuffleSeed;
    private final double weightDecay;

    private PersonaPretraining(int epochs, int batchSize, double learningRate, long shuffleSeed,
            double weightDecay) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got "
                    + learningRate);
        }
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be finite and at least 0, got "
                    + weightDecay);
        }
        this.shuffleSeed = shuffleSeed;
        this.weightDecay = weightDecay;
    }

    /** Returns 20 epochs of batches of 256 at learning rate 0.003 without weight decay, shuffled
     * with seed 1. */
    public static PersonaPretraining withDefaults() {
        return new PersonaPretraining(20, 256, 0.003, 1, 0);
    }

    /** Returns a copy with another number of passes over the data, at least 1. */
    public PersonaPretraining withEpochs(int newEpochs) {
        return new PersonaPretraining(newEpochs, batchSize, learningRate, shuffleSeed,
                weightDecay);
    }

    /** Returns a copy with another minibatch size, at least 1. */
    public PersonaPretraining withBatchSize(int newBatchSize) {
        return new PersonaPretraining(epochs, newBatchSize, learningRate, shuffleSeed,
                weightDecay);
    }

    /** Returns a copy with another Adam learning rate, positive and finite. */
    public PersonaPretraining withLearningRate(double newLearningRate) {
        return new PersonaPretraining(epochs, batchSize, newLearningRate, shuffleSeed,
                weightDecay);
    }

    /** Returns a copy that shuffles the prompts with another seed. */
    public PersonaPretraining withShuffleSeed(long newShuffleSeed) {
        return new PersonaPretraining(epochs, batchSize, learningRate, newShuffleSeed,
                weightDecay);
    }

    /**
     * Returns a copy with another coupled L2 weight decay, finite and at least 0. Weight decay
     * makes the heads read the persona along the direction in which the residual stream
     * encodes it, so that every head reads it along the same direction.
     */
    public PersonaPretraining withWeightDecay(double newWeightDecay) {
        return new PersonaPretraining(epochs, batchSize, learningRate, shuffleSeed,
                newWeightDecay);
    }

    /**
     * Trains {@code model} in place on {@code prompts}.
     *
     * @return the minibatch loss of every step
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public double[] run(LatentPersonaModel model, PersonaPrompts prompts, ProgressSink progress,
            CancellationToken cancellation) {
        int n = prompts.size();
        int batchesPerEpoch = (n + batchSize - 1) / batchSize;
        int[][] order = new int[epochs][];
        SplittableRandom random = new SplittableRandom(shuffleSeed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            order[epoch] = Shuffles.permutation(n, random);
        }
        progress.message("Pretraining the persona model");
        return TrainingLoop.run(Adam.withDefaults().withLearningRate(learningRate).withWeightDecay(weightDecay)
                .create(model.parameters()), epochs * batchesPerEpoch, (tape, step) -> {
                    int[] rows = slice(order[step / batchesPerEpoch],
                            (step % batchesPerEpoch) * batchSize, batchSize);
                    PersonaPrompts batch = prompts.select(rows);
                    return LatentPersonaModel.pretrainingLoss(
                            model.forward(tape, batch.inputs()), batch);
                }, progress, cancellation);
    }

    private static int[] slice(int[] order, int start, int length) {
        int end = Math.min(order.length, start + length);
        int[] rows = new int[end - start];
        System.arraycopy(order, start, rows, 0, rows.length);
        return rows;
    }
}
