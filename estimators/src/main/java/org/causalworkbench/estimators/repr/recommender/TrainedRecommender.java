package org.causalworkbench.estimators.repr.recommender;

/**
 * A trained model with its training curves.
 *
 * @param model the trained model
 * @param config the settings it was trained with
 * @param predictionLoss mean binary cross-entropy per epoch
 * @param criticEstimate the critic's mean InfoNCE estimate of I(g(T); Z) in nats per epoch;
 *     it is a lower bound on the mutual information and at most log(batch size)
 */
public record TrainedRecommender(TwoTowerModel model, RecommenderTrainingConfig config,
        double[] predictionLoss, double[] criticEstimate) {
}
