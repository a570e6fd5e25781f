package org.causalworkbench.estimators.repr.recommender;

/**
 * Settings of the split of an imported KuaiRand standard-policy log into training rows and a
 * held-out logged test.
 *
 * @param heldOutFraction share of the standard-log interactions held out for the logged test,
 *     strictly between 0 and 1
 * @param seed seed of the split
 */
public record KuaiRandSplitConfig(double heldOutFraction, long seed) {

    /** Checks the fraction. */
    public KuaiRandSplitConfig {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("heldOutFraction must lie strictly between 0 and"
                    + " 1, got " + heldOutFraction);
        }
    }

    /** Returns the default split: 20 % of the standard-log interactions held out. */
    public static KuaiRandSplitConfig withDefaults(long seed) {
        return new KuaiRandSplitConfig(0.2, seed);
    }
}
