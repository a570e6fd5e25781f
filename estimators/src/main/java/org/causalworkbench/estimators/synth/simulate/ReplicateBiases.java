package org.causalworkbench.estimators.synth.simulate;

import java.util.Arrays;

/**
 * Results of one replicate of a {@link SpilloverReplicateRunner} study, one entry per strategy
 * in the study's strategy order.
 *
 * @param replicate the replicate index, from 0
 * @param seed the seed of the replicate's panel; {@code process.generate(seed)} draws it again
 * @param biases each strategy's synthetic-control ATT minus the true effect
 * @param keptDonors how many donors each strategy kept
 */
public record ReplicateBiases(int replicate, long seed, double[] biases, int[] keptDonors) {

    /** Copies the arrays. */
    public ReplicateBiases {
        biases = biases.clone();
        keptDonors = keptDonors.clone();
    }

    /** Returns a copy of the biases. */
    @Override
    public double[] biases() {
        return biases.clone();
    }

    /** Returns a copy of the kept-donor counts. */
    @Override
    public int[] keptDonors() {
        return keptDonors.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicateBiases that && replicate == that.replicate
                && seed == that.seed && Arrays.equals(biases, that.biases)
                && Arrays.equals(keptDonors, that.keptDonors);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(seed) + Arrays.hashCode(biases)) + replicate;
    }

    @Override
    public String toString() {
        return "ReplicateBiases[replicate=" + replicate + ", seed=" + seed + ", biases="
                + Arrays.toString(biases) + ", keptDonors=" + Arrays.toString(keptDonors) + "]";
    }
}
