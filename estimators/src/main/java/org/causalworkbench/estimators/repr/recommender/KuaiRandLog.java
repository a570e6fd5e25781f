package org.causalworkbench.estimators.repr.recommender;

/**
 * One imported KuaiRand interaction log as parallel arrays. Indices refer to
 * {@link KuaiRandData#userIds()} and {@link KuaiRandData#itemIds()}.
 *
 * @param userIndex the user of each row
 * @param itemIndex the video of each row
 * @param clicks the {@code is_click} outcome of each row, 0 or 1
 */
public record KuaiRandLog(int[] userIndex, int[] itemIndex, double[] clicks) {

    /** Returns the number of rows. */
    public int size() {
        return clicks.length;
    }

    /** Returns the share of rows with a click, NaN for an empty log. */
    public double clickRate() {
        double clicked = 0;
        for (double click : clicks) {
            clicked += click;
        }
        return clicked / clicks.length;
    }
}
