package org.causalworkbench.estimators.repr.recommender;

/**
 * Computes a {@link RecommenderEvaluation} of a model trained on KuaiRand logs: AUC and NDCG@5
 * on the held-out standard log and on the random-exposure log.
 *
 * <p>The flipped-policy scores, the probe R<sup>2</sup> values and the intervention
 * sensitivity are NaN, because {@link #GROUND_TRUTH_NOTE} explains why real logs cannot give
 * them.
 */
public final class KuaiRandEvaluator {

    /** The reason that real logs give no flipped-policy, probe or intervention scores. */
    public static final String GROUND_TRUTH_NOTE = "Flipped-policy scores, probe R\u00b2 and"
            + " intervention sensitivity need the latent item features and the exposure"
            + " mechanism of a simulated world. Real logs carry neither, so these values are"
            + " not computed.";

    private KuaiRandEvaluator() {
    }

    /**
     * Scores {@code trained} on the held-out standard log and the random-exposure log.
     *
     * @throws IllegalArgumentException if a test log lacks clicks or non-clicks, so AUC is
     *     undefined
     */
    public static RecommenderEvaluation evaluate(TrainedRecommender trained,
            KuaiRandDataset data) {
        double[] logged = scores(trained, data.heldOut(), "held-out standard log");
        double[] random = scores(trained, data.random(), "random-exposure log");
        return new RecommenderEvaluation(trained.config().lambda(),
                RankingMetrics.auc(logged, data.heldOut().clicks()),
                ndcg(logged, data.heldOut()),
                RankingMetrics.auc(random, data.random().clicks()),
                ndcg(random, data.random()),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                trained.criticEstimate().clone(), trained.predictionLoss().clone());
    }

    private static double[] scores(TrainedRecommender trained, KuaiRandLog log, String name) {
        double rate = log.clickRate();
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("the " + name + " of the subset has "
                    + log.size() + " rows and click rate " + rate + ", so AUC is undefined;"
                    + " import more users");
        }
        return trained.model().predictLogits(new TowerInput.Ids(log.userIndex()),
                new TowerInput.Ids(log.itemIndex()));
    }

    private static double ndcg(double[] scores, KuaiRandLog log) {
        return RankingMetrics.ndcgAtK(scores, log.clicks(), log.userIndex(),
                RecommenderEvaluator.NDCG_CUTOFF);
    }
}
