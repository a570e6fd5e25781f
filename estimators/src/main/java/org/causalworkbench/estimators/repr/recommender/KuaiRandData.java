package org.causalworkbench.estimators.repr.recommender;

/**
 * A user subset of KuaiRand-Pure: the standard-policy log and the random-exposure log of the
 * same users.
 *
 * @param userIds the original {@code user_id} of each user index
 * @param itemIds the original {@code video_id} of each item index, over both logs
 * @param standard rows of the standard (logging-policy) file for these users
 * @param random rows of the random-exposure file for these users
 */
public record KuaiRandData(long[] userIds, long[] itemIds, KuaiRandLog standard,
        KuaiRandLog random) {
}
