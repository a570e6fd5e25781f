package org.causalworkbench.estimators.repr.recommender;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/** Trains and scores one model per penalty weight on one data set. */
public final class LambdaSweep {

    /** The penalty weights of the default sweep. */
    public static final List<Double> DEFAULT_LAMBDAS = List.of(0.0, 0.01, 0.03, 0.1, 0.3, 1.0);

    private LambdaSweep() {
    }

    /**
     * Runs the sweep. Every model starts from the same seeded weights and batch order, so the
     * penalty weight is the only difference between runs.
     *
     * @param data the data set
     * @param training the settings of every run; its lambda is replaced by each sweep value
     * @param lambdas the penalty weights, at least one, each finite and at least 0
     * @param progress receives steps counted over the whole sweep
     * @param cancellation checked before every training step
     * @return one evaluation per lambda, in the given order
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static List<RecommenderEvaluation> run(RecommenderDataset data,
            RecommenderTrainingConfig training, List<Double> lambdas, ProgressSink progress,
            CancellationToken cancellation) {
        return sweep(training, lambdas, progress, (config, sink) -> RecommenderEvaluator
                .evaluate(RecommenderTrainer.train(data.train(), config, sink, cancellation),
                        data));
    }

    /**
     * Runs the sweep on imported KuaiRand logs with id-embedding towers. Every model starts
     * from the same seeded weights and batch order. The evaluations carry NaN where
     * {@link KuaiRandEvaluator#GROUND_TRUTH_NOTE} explains that real logs give no score.
     * Pass a training configuration with
     * {@link RecommenderTrainingConfig#ID_EMBEDDING_WEIGHT_DECAY}, because without weight decay
     * the embeddings memorise the training rows.
     *
     * @param data the split logs
     * @param training the settings of every run; its lambda is replaced by each sweep value
     * @param lambdas the penalty weights, at least one, each finite and at least 0
     * @param progress receives steps counted over the whole sweep
     * @param cancellation checked before every training step
     * @return one evaluation per lambda, in the given order
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static List<RecommenderEvaluation> run(KuaiRandDataset data,
            RecommenderTrainingConfig training, List<Double> lambdas, ProgressSink progress,
            CancellationToken cancellation) {
        return sweep(training, lambdas, progress, (config, sink) -> KuaiRandEvaluator
                .evaluate(RecommenderTrainer.train(data, config, sink, cancellation), data));
    }

    private static List<RecommenderEvaluation> sweep(RecommenderTrainingConfig training,
            List<Double> lambdas, ProgressSink progress,
            BiFunction<RecommenderTrainingConfig, ProgressSink, RecommenderEvaluation> run) {
        if (lambdas.isEmpty()) {
            throw new IllegalArgumentException("the sweep needs at least one lambda; pass for"
                    + " example 0,0.1,1");
        }
        List<RecommenderEvaluation> results = new ArrayList<>();
        for (int i = 0; i < lambdas.size(); i++) {
            int index = i;
            ProgressSink perRun = new ProgressSink() {
                @Override
                public void progress(long workDone, long totalWork) {
                    progress.progress(index * totalWork + workDone,
                            lambdas.size() * totalWork);
                }

                @Override
                public void message(String text) {
                    progress.message(text);
                }
            };
            results.add(run.apply(training.withLambda(lambdas.get(i)), perRun));
        }
        return List.copyOf(results);
    }
}
