package org.causalworkbench.estimators.repr.grasp;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.LoraLinear;
import org.causalworkbench.estimators.repr.autodiff.LossOps;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.ProjectionHook;
import org.causalworkbench.estimators.repr.autodiff.ProjectionHook.Side;
import org.causalworkbench.estimators.repr.autodiff.SubspaceProjection;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;

/** One LoRA fine-tune of a pretrained persona model with Adam on the curated set. */
final class PersonaFineTuning {

    static final int BATCH_SIZE = 100;
    static final double LORA_ALPHA = 1;

    private PersonaFineTuning() {
    }

    /**
     * Trains a fresh adapter copy of {@code pretrained}.
     *
     * @param blocked the directions whose write (and, with the read-side adapter, read) the
     *     update must leave unchanged, or null for no projection
     * @param intervention applied to h<sub>1</sub> in every training forward pass
     * @param epochLosses receives the mean loss of every epoch
     */
    static LatentPersonaModel run(LatentPersonaModel pretrained, GraspConfiguration config,
            CuratedResponses examples, SubspaceProjection blocked, boolean readSide,
            UnaryOperator<Node> intervention, EpochLosses epochLosses, ProgressSink progress,
            CancellationToken cancellation) {
        LatentPersonaModel model = pretrained.withAdapters(config.rank(), LORA_ALPHA,
                config.seed() + 17, readSide);
        Adam adam = Adam.withDefaults().withLearningRate(config.learningRate())
                .withWeightDecay(config.weightDecay());
        if (blocked != null) {
            LoraLinear writer = model.downAdapter().orElseThrow();
            adam = adam.withProjection(ProjectionHook.onUpdate(writer.b(), blocked, Side.OUTPUT));
            if (model.upAdapter().isPresent()) {
                LoraLinear reader = model.upAdapter().get();
                ProjectionHook readHook = ProjectionHook.onUpdate(reader.a(), blocked,
                        Side.INPUT);
                // B starts at zero, but A does not: removing the blocked read from A's start
                // value makes the read side of the weight change exactly zero as well.
                readHook.apply(reader.a().value());
                adam = adam.withProjection(readHook);
            }
        }
        int n = examples.size();
        int batchesPerEpoch = (n + BATCH_SIZE - 1) / BATCH_SIZE;
        int steps = config.fineTuningEpochs() * batchesPerEpoch;
        int[][] order = new int[config.fineTuningEpochs()][];
        SplittableRandom random = new SplittableRandom(config.seed() + 29);
        for (int epoch = 0; epoch < order.length; epoch++) {
            order[epoch] = Shuffles.permutation(n, random);
        }
        double[] epochSum = new double[1];
        TrainingLoop.run(adam.create(model.parameters()), steps, (tape, step) -> {
            int start = (step % batchesPerEpoch) * BATCH_SIZE;
            int[] rows = java.util.Arrays.copyOfRange(order[step / batchesPerEpoch], start,
                    Math.min(n, start + BATCH_SIZE));
            CuratedResponses batch = examples.select(rows);
            Node value = loss(model.forward(tape, batch.inputs(), intervention), batch);
            // The last minibatch can be smaller, so weighting by its size gives the mean over
            // the epoch's prompts.
            epochSum[0] += value.scalar() * rows.length;
            if ((step + 1) % batchesPerEpoch == 0) {
                epochLosses.epochFinished((step + 1) / batchesPerEpoch, epochSum[0] / n);
                epochSum[0] = 0;
            }
            return value;
        }, progress, cancellation);
        return model;
    }

    /** Receives the mean loss of each finished epoch, numbered from 1. */
    @FunctionalInterface
    interface EpochLosses {

        /** A receiver that discards every report. */
        EpochLosses NONE = (epoch, meanLoss) -> {
            // Discarded on purpose.
        };

        void epochFinished(int epoch, double meanLoss);
    }

    /**
     * Returns the mean over prompts of the squared error of the six task outputs, summed, plus
     * the mean squared error of the tone.
     */
    static Node loss(LatentPersonaModel.Outputs outputs, CuratedResponses batch) {
        Tape tape = outputs.task().tape();
        DMatrixRMaj mask = new DMatrixRMaj(batch.size(), batch.responses().numCols);
        for (int i = 0; i < batch.size(); i++) {
            for (int k = 0; k < PersonaWorld.RESPONSE_WIDTH; k++) {
                mask.set(i, k, 1);
            }
        }
        Node response = MatrixOps.scale(LossOps.meanSquaredError(
                MatrixOps.multiply(outputs.task(), tape.constant(mask)),
                tape.constant(CuratedResponses.masked(batch.responses(), mask))),
                batch.responses().numCols);
        Node tone = LossOps.meanSquaredError(outputs.tone(), tape.constant(batch.tones()));
        return MatrixOps.add(response, tone);
    }
}
