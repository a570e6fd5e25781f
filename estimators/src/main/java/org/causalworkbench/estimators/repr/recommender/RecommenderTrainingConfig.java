package org.causalworkbench.estimators.repr.recommender;

/**
 * Settings of one training run of the {@link TwoTowerModel}.
 *
 * @param lambda weight of the mutual-information penalty, finite and at least 0; 0 trains the
 *     baseline (the critic still trains, so its estimate is reported)
 * @param epochs passes over the logged data, at least 1
 * @param batchSize interactions per step, at least 2 because the critic contrasts pairs
 *     within a batch
 * @param hiddenWidth width of the hidden layer of each tower, the head and the critic
 * @param embeddingWidth width of the user and item representations
 * @param learningRate Adam step size, positive and finite
 * @param seed seed of the weights and of the batch order
 */
public record RecommenderTrainingConfig(double lambda, int epochs, int batchSize,
        int hiddenWidth, int embeddingWidth, double learningRate, long seed) {

    /** Checks every setting. */
    public RecommenderTrainingConfig {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and at least 0, got "
                    + lambda);
        }
        requireAtLeast("epochs", epochs, 1);
        requireAtLeast("batchSize", batchSize, 2);
        requireAtLeast("hiddenWidth", hiddenWidth, 1);
        requireAtLeast("embeddingWidth", embeddingWidth, 1);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got "
                    + learningRate);
        }
    }

    /**
     * Returns the default run: lambda 0, 8 epochs of batch 256, hidden width 32, representation
     * width 16, learning rate 0.003.
     */
    public static RecommenderTrainingConfig withDefaults(long seed) {
        return new RecommenderTrainingConfig(0, 8, 256, 32, 16, 3e-3, seed);
    }

    /** Returns a copy with another penalty weight. */
    public RecommenderTrainingConfig withLambda(double value) {
        return new RecommenderTrainingConfig(value, epochs, batchSize, hiddenWidth,
                embeddingWidth, learningRate, seed);
    }

    /** Returns a copy with another number of epochs. */
    public RecommenderTrainingConfig withEpochs(int value) {
        return new RecommenderTrainingConfig(lambda, value, batchSize, hiddenWidth,
                embeddingWidth, learningRate, seed);
    }

    /** Returns a copy with another batch size. */
    public RecommenderTrainingConfig withBatchSize(int value) {
        return new RecommenderTrainingConfig(lambda, epochs, value, hiddenWidth, embeddingWidth,
                learningRate, seed);
    }

    /** Returns a copy with another hidden width. */
    public RecommenderTrainingConfig withHiddenWidth(int value) {
        return new RecommenderTrainingConfig(lambda, epochs, batchSize, value, embeddingWidth,
                learningRate, seed);
    }

    /** Returns a copy with another representation width. */
    public RecommenderTrainingConfig withEmbeddingWidth(int value) {
        return new RecommenderTrainingConfig(lambda, epochs, batchSize, hiddenWidth, value,
                learningRate, seed);
    }

    /** Returns a copy with another learning rate. */
    public RecommenderTrainingConfig withLearningRate(double value) {
        return new RecommenderTrainingConfig(lambda, epochs, batchSize, hiddenWidth,
                embeddingWidth, value, seed);
    }

    /** Returns a copy with another seed. */
    public RecommenderTrainingConfig withSeed(long value) {
        return new RecommenderTrainingConfig(lambda, epochs, batchSize, hiddenWidth,
                embeddingWidth, learningRate, value);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got "
                    + value);
        }
    }
}
