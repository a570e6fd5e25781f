package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.LossOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.ParameterSet;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains an autoencoder of the z-scored treatment (32 &rarr; hidden &rarr; width &rarr; hidden
 * &rarr; 32, tanh) by mean squared reconstruction error with Adam. Its code is a baseline
 * representation: it compresses T without looking at outcomes, so it keeps the non-causal
 * latents along with the causal ones.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class AutoencoderTraining {

    private final int width;
    private final int hiddenWidth;
    private final int steps;
    private final int batchSize;
    private final double learningRate;

    private AutoencoderTraining(int width, int hiddenWidth, int steps, int batchSize,
            double learningRate) {
        Checks.atLeast("code width", width, 1);
        Checks.atLeast("hidden width", hiddenWidth, 1);
        Checks.atLeast("training steps", steps, 1);
        Checks.atLeast("batch size", batchSize, 1);
        Checks.positive("learning rate", learningRate);
        this.width = width;
        this.hiddenWidth = hiddenWidth;
        this.steps = steps;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
    }

    /** Returns code width 8, hidden width 64 and 1,200 steps of 128 rows at rate 0.003. */
    public static AutoencoderTraining withDefaults() {
        return new AutoencoderTraining(8, 64, 1200, 128, 3e-3);
    }

    /** Returns a copy with another code width, at least 1. */
    public AutoencoderTraining withWidth(int newWidth) {
        return new AutoencoderTraining(newWidth, hiddenWidth, steps, batchSize, learningRate);
    }

    /** Returns a copy with another number of Adam steps, at least 1. */
    public AutoencoderTraining withSteps(int newSteps) {
        return new AutoencoderTraining(width, hiddenWidth, newSteps, batchSize, learningRate);
    }

    /** Returns the number of Adam steps. */
    public int steps() {
        return steps;
    }

    /**
     * Trains the autoencoder and returns its encoder half.
     *
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public TreatmentEncoder train(TreatmentSample sample, long seed, ProgressSink progress,
            CancellationToken cancellation) {
        ColumnScaling scaling = ColumnScaling.fit(sample.treatments());
        DMatrixRMaj t = scaling.apply(sample.treatments());
        SplittableRandom random = new SplittableRandom(seed);
        ParameterSet parameters = new ParameterSet();
        DenseNetwork encoder = new DenseNetwork(parameters, "encoder.",
                new int[] {t.numCols, hiddenWidth, width}, random.nextLong());
        DenseNetwork decoder = new DenseNetwork(parameters, "decoder.",
                new int[] {width, hiddenWidth, t.numCols}, random.nextLong());

        TrainingLoop.run(Adam.withDefaults().withLearningRate(learningRate).create(parameters),
                steps, (tape, step) -> {
                    Node batch = tape.constant(Rows.select(t,
                            Rows.draw(t.numRows, batchSize, random)));
                    Node reconstruction = decoder.forward(tape, encoder.forward(tape, batch));
                    return LossOps.meanSquaredError(reconstruction, batch);
                }, progress, cancellation);
        return new TreatmentEncoder(scaling, encoder);
    }
}
