package org.causalworkbench.estimators.repr.recommender;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Computes a {@link RecommenderEvaluation} of a trained model on a data set. */
public final class RecommenderEvaluator {

    /** The NDCG cut-off. */
    public static final int NDCG_CUTOFF = 5;

    private RecommenderEvaluator() {
    }

    /**
     * Scores {@code trained} on the three test sets and the probe items of {@code data}. The
     * non-causal features of the random-exposure set are resampled from N(0, I) with a random
     * generator seeded from the data seed, so every model gets the same intervention.
     */
    public static RecommenderEvaluation evaluate(TrainedRecommender trained,
            RecommenderDataset data) {
        TwoTowerModel model = trained.model();
        double[] logged = model.predictLogits(data.loggedTest().users(),
                data.loggedTest().items());
        double[] random = model.predictLogits(data.randomTest().users(),
                data.randomTest().items());
        double[] flipped = model.predictLogits(data.flippedTest().users(),
                data.flippedTest().items());
        DMatrixRMaj representation = model.itemRepresentations(data.probeItems().items());
        return new RecommenderEvaluation(trained.config().lambda(),
                RankingMetrics.auc(logged, data.loggedTest().clicks()),
                ndcg(logged, data.loggedTest()),
                RankingMetrics.auc(random, data.randomTest().clicks()),
                ndcg(random, data.randomTest()),
                RankingMetrics.auc(flipped, data.flippedTest().clicks()),
                ndcg(flipped, data.flippedTest()),
                LinearProbe.heldOutR2(representation, data.probeItems().causal()),
                LinearProbe.heldOutR2(representation, data.probeItems().nonCausal()),
                interventionSensitivity(model, data, random),
                trained.criticEstimate().clone(), trained.predictionLoss().clone());
    }

    /**
     * Returns mean |sigmoid(s') - sigmoid(s)| over the random-exposure rows, where s' scores
     * the same user and causal features with freshly drawn non-causal features. A model that
     * ignores T<sub>nC</sub> scores 0.
     */
    static double interventionSensitivity(TwoTowerModel model, RecommenderDataset data,
            double[] logits) {
        Interactions test = data.randomTest();
        SplittableRandom random = new SplittableRandom(data.world().config().seed() + 1);
        DMatrixRMaj resampled = new DMatrixRMaj(test.size(), RecommenderWorld.BLOCK_DIM);
        for (int i = 0; i < resampled.getNumElements(); i++) {
            resampled.data[i] = random.nextGaussian();
        }
        double[] shifted = model.predictLogits(test.users(),
                data.world().mix(test.causal(), resampled));
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            total += Math.abs(sigmoid(shifted[i]) - sigmoid(logits[i]));
        }
        return total / logits.length;
    }

    private static double ndcg(double[] scores, Interactions test) {
        return RankingMetrics.ndcgAtK(scores, test.clicks(), test.userIds(), NDCG_CUTOFF);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
