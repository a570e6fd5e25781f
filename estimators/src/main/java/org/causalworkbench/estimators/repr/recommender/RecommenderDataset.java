package org.causalworkbench.estimators.repr.recommender;

/**
 * Logged training data, the three test sets and the probe items of one synthetic world.
 *
 * @param world the world that generated the data, kept for resampling features
 * @param train logged interactions for training
 * @param loggedTest new users under the logging policy
 * @param randomTest new users under random exposure
 * @param flippedTest new users under the flipped logging policy
 * @param probeItems random-exposure items without users, for the linear probes
 */
public record RecommenderDataset(RecommenderWorld world, Interactions train,
        Interactions loggedTest, Interactions randomTest, Interactions flippedTest,
        Interactions probeItems) {
}
