package org.causalworkbench.estimators.repr.recommender;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.Optimizer;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;

/**
 * Trains a {@link TwoTowerModel} on logged interactions with Adam, the prediction loss and the
 * reversed critic penalty.
 */
public final class RecommenderTrainer {

    private RecommenderTrainer() {
    }

    /**
     * Trains one model of the synthetic world. Each epoch visits the logged rows in a fresh
     * seeded order. A last batch smaller than the batch size is dropped so that every critic
     * contrast has the same number of negatives.
     *
     * @param train logged interactions, at least one batch of them
     * @param config the settings
     * @param progress receives one report per step, counted over all epochs
     * @param cancellation checked before every step
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static TrainedRecommender train(Interactions train, RecommenderTrainingConfig config,
            ProgressSink progress, CancellationToken cancellation) {
        return train(new TwoTowerModel(config), TowerRows.of(train), config, progress,
                cancellation);
    }

    /**
     * Trains one id-embedding model on the training part of imported KuaiRand logs, with the
     * data set's fixed user context as the critic's Z. Batches are drawn as for the synthetic
     * world.
     *
     * @param data the split logs, with at least one batch of training rows
     * @param config the settings
     * @param progress receives one report per step, counted over all epochs
     * @param cancellation checked before every step
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static TrainedRecommender train(KuaiRandDataset data,
            RecommenderTrainingConfig config, ProgressSink progress,
            CancellationToken cancellation) {
        TwoTowerModel model = TwoTowerModel.withIdEmbeddings(config, data.userCount(),
                data.itemCount(), data.userContext().numCols);
        return train(model, data.trainingRows(), config, progress, cancellation);
    }

    private static TrainedRecommender train(TwoTowerModel model, TowerRows train,
            RecommenderTrainingConfig config, ProgressSink progress,
            CancellationToken cancellation) {
        int batchSize = config.batchSize();
        int batches = train.size() / batchSize;
        if (batches < 1) {
            throw new IllegalArgumentException("the logged data has " + train.size()
                    + " interactions, fewer than one batch of " + batchSize
                    + "; use more logged interactions (on KuaiRand, more users) or a smaller"
                    + " batch size");
        }
        Optimizer optimizer = Adam.withDefaults().withLearningRate(config.learningRate())
                .withWeightDecay(config.weightDecay()).create(model.parameters());
        SplittableRandom order = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
        long totalSteps = (long) batches * config.epochs();
        double[] predictionLoss = new double[config.epochs()];
        double[] criticEstimate = new double[config.epochs()];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            int[] permutation = permutation(train.size(), order);
            double[] sums = new double[2];
            long offset = (long) epoch * batches;
            TrainingLoop.run(optimizer, batches, (tape, step) -> {
                int[] rows = Arrays.copyOfRange(permutation, step * batchSize,
                        (step + 1) * batchSize);
                TwoTowerModel.TrainingStep recorded = model.recordTrainingStep(tape,
                        train.select(rows), config.lambda());
                sums[0] += recorded.predictionLoss();
                sums[1] += recorded.mutualInformation();
                return recorded.loss();
            }, new OffsetProgress(progress, offset, totalSteps), cancellation);
            predictionLoss[epoch] = sums[0] / batches;
            criticEstimate[epoch] = sums[1] / batches;
            progress.message("Epoch " + (epoch + 1) + " of " + config.epochs()
                    + " at lambda " + config.lambda());
        }
        return new TrainedRecommender(model, config, predictionLoss, criticEstimate);
    }

    /** Returns a uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = out[i];
            out[i] = out[j];
            out[j] = swap;
        }
        return out;
    }

    /** Maps the steps of one epoch onto the whole run. */
    private record OffsetProgress(ProgressSink target, long offset, long total)
            implements ProgressSink {
        @Override
        public void progress(long workDone, long totalWork) {
            target.progress(offset + workDone, total);
        }

        @Override
        public void message(String text) {
            target.message(text);
        }
    }
}
