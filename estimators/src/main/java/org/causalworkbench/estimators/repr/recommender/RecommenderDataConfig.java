package org.causalworkbench.estimators.repr.recommender;

/**
 * Settings of the synthetic recommender world and of the data sets drawn from it.
 *
 * <p>Users have a context Z in R<sup>8</sup>. Items have causal features T<sub>C</sub> and
 * non-causal features T<sub>nC</sub> in R<sup>4</sup> each, and the model receives only the mixed
 * features T = M<sub>2</sub> tanh(M<sub>1</sub> [T<sub>C</sub>; T<sub>nC</sub>]) in
 * R<sup>16</sup>. Under the logging policy T<sub>C</sub> = a Phi Z + sqrt(1 - a<sup>2</sup>)
 * eps and T<sub>nC</sub> = gamma psi(Z) + sigma eps, where psi multiplies pairs of user
 * coordinates. Clicks follow Y ~ Bernoulli(sigmoid(beta w<sup>T</sup> psi(Z) +
 * (P Z)<sup>T</sup> T<sub>C</sub>)), so Y does not depend on T<sub>nC</sub> given
 * (T<sub>C</sub>, Z).
 *
 * @param trainUsers users in the logged training data, at least 1
 * @param loggedInteractions logged training interactions, at least 2
 * @param testUsers users in each test set, new users not seen in training, at least 1
 * @param candidatesPerUser items shown to each test user, at least 5 so that NDCG@5 ranks
 * @param probeItems random-exposure items for the linear probes, at least 20; half fit the
 *     probe and half score it
 * @param policyStrength gamma, how strongly the logging policy ties T<sub>nC</sub> to the
 *     user; finite
 * @param causalAlignment a in [0, 1), how strongly the logging policy ties T<sub>C</sub> to
 *     the user
 * @param policyNoise sigma, the standard deviation of the noise in T<sub>nC</sub>, at least 0
 * @param userEffect beta, the scale of the user-only click propensity, finite
 * @param seed seed of the fixed world matrices and of every draw
 */
public record RecommenderDataConfig(int trainUsers, int loggedInteractions, int testUsers,
        int candidatesPerUser, int probeItems, double policyStrength, double causalAlignment,
        double policyNoise, double userEffect, long seed) {

    /** Checks every setting. */
    public RecommenderDataConfig {
        requireAtLeast("trainUsers", trainUsers, 1);
        requireAtLeast("loggedInteractions", loggedInteractions, 2);
        requireAtLeast("testUsers", testUsers, 1);
        requireAtLeast("candidatesPerUser", candidatesPerUser, 5);
        requireAtLeast("probeItems", probeItems, 20);
        requireFinite("policyStrength", policyStrength);
        if (!(causalAlignment >= 0 && causalAlignment < 1)) {
            throw new IllegalArgumentException("causalAlignment must lie in [0, 1), got "
                    + causalAlignment);
        }
        if (!(policyNoise >= 0) || Double.isInfinite(policyNoise)) {
            throw new IllegalArgumentException("policyNoise must be finite and at least 0, got "
                    + policyNoise);
        }
        requireFinite("userEffect", userEffect);
    }

    /**
     * Returns the default world: 2,000 training users with 40,000 logged interactions, 500
     * test users with 20 candidates each, 2,000 probe items, gamma = 1, a = 0.3, sigma = 0.3,
     * beta = 1.5.
     */
    public static RecommenderDataConfig withDefaults(long seed) {
        return new RecommenderDataConfig(2000, 40_000, 500, 20, 2000, 1.0, 0.3, 0.3, 1.5, seed);
    }

    /** Returns a copy with another number of training users. */
    public RecommenderDataConfig withTrainUsers(int value) {
        return new RecommenderDataConfig(value, loggedInteractions, testUsers, candidatesPerUser,
                probeItems, policyStrength, causalAlignment, policyNoise, userEffect, seed);
    }

    /** Returns a copy with another number of logged training interactions. */
    public RecommenderDataConfig withLoggedInteractions(int value) {
        return new RecommenderDataConfig(trainUsers, value, testUsers, candidatesPerUser,
                probeItems, policyStrength, causalAlignment, policyNoise, userEffect, seed);
    }

    /** Returns a copy with another number of users per test set. */
    public RecommenderDataConfig withTestUsers(int value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, value, candidatesPerUser,
                probeItems, policyStrength, causalAlignment, policyNoise, userEffect, seed);
    }

    /** Returns a copy with another number of candidates per test user. */
    public RecommenderDataConfig withCandidatesPerUser(int value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers, value,
                probeItems, policyStrength, causalAlignment, policyNoise, userEffect, seed);
    }

    /** Returns a copy with another number of probe items. */
    public RecommenderDataConfig withProbeItems(int value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, value, policyStrength, causalAlignment, policyNoise,
                userEffect, seed);
    }

    /** Returns a copy with another logging-policy strength gamma. */
    public RecommenderDataConfig withPolicyStrength(double value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, probeItems, value, causalAlignment, policyNoise, userEffect,
                seed);
    }

    /** Returns a copy with another causal alignment a. */
    public RecommenderDataConfig withCausalAlignment(double value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, probeItems, policyStrength, value, policyNoise, userEffect,
                seed);
    }

    /** Returns a copy with another noise level sigma of the non-causal features. */
    public RecommenderDataConfig withPolicyNoise(double value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, probeItems, policyStrength, causalAlignment, value, userEffect,
                seed);
    }

    /** Returns a copy with another user-effect scale beta. */
    public RecommenderDataConfig withUserEffect(double value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, probeItems, policyStrength, causalAlignment, policyNoise,
                value, seed);
    }

    /** Returns a copy with another seed. */
    public RecommenderDataConfig withSeed(long value) {
        return new RecommenderDataConfig(trainUsers, loggedInteractions, testUsers,
                candidatesPerUser, probeItems, policyStrength, causalAlignment, policyNoise,
                userEffect, value);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got "
                    + value);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
