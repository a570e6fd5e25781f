package org.causalworkbench.estimators.repr.recommender;

/**
 * Scores of one trained model.
 *
 * @param lambda the penalty weight it was trained with
 * @param loggedAuc AUC on new users under the logging policy
 * @param loggedNdcg5 NDCG@5 per user under the logging policy
 * @param randomAuc AUC under random exposure
 * @param randomNdcg5 NDCG@5 per user under random exposure
 * @param flippedAuc AUC under the flipped policy
 * @param flippedNdcg5 NDCG@5 per user under the flipped policy
 * @param causalProbeR2 held-out linear-probe R<sup>2</sup> of T<sub>C</sub> from g(T)
 * @param nonCausalProbeR2 held-out linear-probe R<sup>2</sup> of T<sub>nC</sub> from g(T)
 * @param interventionSensitivity mean |p(T<sub>nC</sub> resampled) - p| of the predicted click
 *     probability on the random-exposure set
 * @param criticEstimate the critic's InfoNCE estimate of I(g(T); Z) per epoch, in nats
 * @param predictionLoss mean training cross-entropy per epoch
 */
public record RecommenderEvaluation(double lambda, double loggedAuc, double loggedNdcg5,
        double randomAuc, double randomNdcg5, double flippedAuc, double flippedNdcg5,
        double causalProbeR2, double nonCausalProbeR2, double interventionSensitivity,
        double[] criticEstimate, double[] predictionLoss) {
}
