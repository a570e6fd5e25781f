package org.causalworkbench.estimators.repr.grasp;

/**
 * Settings of one latent-persona GRASP experiment: the toy world, pretraining, the LoRA
 * fine-tunes, identification and evaluation.
 *
 * @param correlation the share rho in [0, 1] of fine-tuning responses with tone +1
 * @param complexity the number K in [1, 5] of the change that the fine-tuning task makes to
 *     five task outputs
 * @param rank the LoRA rank r in [1, 24]
 * @param seed the seed of the world, the initial weights, the samples and the minibatch order
 * @param pretrainingSize the number of pretraining prompts, at least 100
 * @param pretrainingEpochs the passes over the pretraining prompts, at least 1
 * @param pretrainingWeightDecay the coupled L2 weight decay of pretraining, at least 0
 * @param fineTuningSize the number of curated fine-tuning prompts, at least 10
 * @param fineTuningEpochs the passes over the fine-tuning prompts, at least 1
 * @param learningRate the Adam learning rate of every fine-tune, positive
 * @param weightDecay the coupled L2 weight decay of the adapters, at least 0. Without it Adam
 *     drifts the adapter along residual directions that no head reads, which the loss cannot
 *     pull back and which then swamp the SVD.
 * @param maxDirections the largest number k of identified directions, in [1, rank]
 * @param readSide whether GRASP also puts an adapter on W<sub>up</sub> and keeps its reading
 *     of the identified directions unchanged
 * @param steeringScale the multiple of the naive update's mean write along the identified
 *     direction that preventative steering adds during training, positive
 * @param evaluationSize the number of evaluation prompts per domain, at least 10
 */
public record GraspConfiguration(double correlation, int complexity, int rank, long seed,
        int pretrainingSize, int pretrainingEpochs, double pretrainingWeightDecay,
        int fineTuningSize, int fineTuningEpochs,
        double learningRate, double weightDecay, int maxDirections, boolean readSide,
        double steeringScale, int evaluationSize) {

    /** Checks every setting and names the first invalid one. */
    public GraspConfiguration {
        requireIn("correlation", correlation, 0, 1);
        requireIn("complexity", complexity, 1, PersonaWorld.RESPONSE_WIDTH);
        requireIn("rank", rank, 1, LatentPersonaModel.RESIDUAL_WIDTH);
        requireIn("pretraining size", pretrainingSize, 100, Integer.MAX_VALUE);
        requireIn("pretraining epochs", pretrainingEpochs, 1, Integer.MAX_VALUE);
        requireIn("pretraining weight decay", pretrainingWeightDecay, 0, Double.MAX_VALUE);
        requireIn("fine-tuning size", fineTuningSize, 10, Integer.MAX_VALUE);
        requireIn("fine-tuning epochs", fineTuningEpochs, 1, Integer.MAX_VALUE);
        requirePositive("learning rate", learningRate);
        requireIn("weight decay", weightDecay, 0, Double.MAX_VALUE);
        requireIn("maximum number of directions", maxDirections, 1, rank);
        requirePositive("steering scale", steeringScale);
        requireIn("evaluation size", evaluationSize, 10, Integer.MAX_VALUE);
    }

    /** Returns the settings measured in decision record 0016: rho 0.9, K 4, rank 4, seed 1. */
    public static GraspConfiguration withDefaults() {
        return new GraspConfiguration(0.9, 4, 4, 1, 12_000, 12, 0.001, 2_000, 8, 0.01, 0.05, 2,
                false, 1, 500);
    }

    /** Returns a copy with another correlation strength rho in [0, 1]. */
    public GraspConfiguration withCorrelation(double value) {
        return new GraspConfiguration(value, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another task complexity K in [1, 5]. */
    public GraspConfiguration withComplexity(int value) {
        return new GraspConfiguration(correlation, value, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, readSide, steeringScale, evaluationSize);
    }

    /**
     * Returns a copy with another LoRA rank. The maximum number of directions is capped at the
     * new rank.
     */
    public GraspConfiguration withRank(int value) {
        return new GraspConfiguration(correlation, complexity, value, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                Math.min(maxDirections, Math.max(1, value)), readSide, steeringScale,
                evaluationSize);
    }

    /** Returns a copy with another seed. */
    public GraspConfiguration withSeed(long value) {
        return new GraspConfiguration(correlation, complexity, rank, value, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another number of pretraining prompts and epochs. */
    public GraspConfiguration withPretraining(int size, int epochs) {
        return new GraspConfiguration(correlation, complexity, rank, seed, size, epochs,
                pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay, maxDirections,
                readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another pretraining weight decay, at least 0. */
    public GraspConfiguration withPretrainingWeightDecay(double value) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, value, fineTuningSize, fineTuningEpochs, learningRate,
                weightDecay, maxDirections, readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another number of fine-tuning prompts and epochs. */
    public GraspConfiguration withFineTuning(int size, int epochs) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, size, epochs, learningRate, weightDecay, maxDirections,
                readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another fine-tuning learning rate and adapter weight decay. */
    public GraspConfiguration withOptimizer(double newLearningRate, double newWeightDecay) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, newLearningRate,
                newWeightDecay, maxDirections, readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with another largest number k of identified directions, in [1, rank]. */
    public GraspConfiguration withMaxDirections(int value) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                value, readSide, steeringScale, evaluationSize);
    }

    /** Returns a copy with the read-side adapter and projection switched on or off. */
    public GraspConfiguration withReadSide(boolean value) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, value, steeringScale, evaluationSize);
    }

    /** Returns a copy with another preventative-steering scale, positive. */
    public GraspConfiguration withSteeringScale(double value) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, readSide, value, evaluationSize);
    }

    /** Returns a copy with another number of evaluation prompts per domain. */
    public GraspConfiguration withEvaluationSize(int value) {
        return new GraspConfiguration(correlation, complexity, rank, seed, pretrainingSize,
                pretrainingEpochs, pretrainingWeightDecay, fineTuningSize, fineTuningEpochs, learningRate, weightDecay,
                maxDirections, readSide, steeringScale, value);
    }

    private static void requireIn(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must lie in [" + format(low) + ", "
                    + format(high) + "], got " + format(value));
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got "
                    + value);
        }
    }

    private static String format(double value) {
        if (value == Integer.MAX_VALUE || value == Double.MAX_VALUE) {
            return "infinity";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
