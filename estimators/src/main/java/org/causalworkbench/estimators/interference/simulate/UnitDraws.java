package org.causalworkbench.estimators.interference.simulate;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Random streams and shared steps of the interference processes.
 *
 * <p>Each part of a process (context effects, covariates, treatments, outcomes) draws from its
 * own stream, so that changing one setting, such as the interference coefficient, leaves the
 * draws of the other parts unchanged. A stream is a {@link Well19937c} seeded with the seed's
 * two 32-bit halves and the stream index, so the data depend only on the seed and Commons Math
 * 3.6.1, not on the JDK version.
 */
final class UnitDraws {

    /** Levels of the covariate X, drawn with equal probability. */
    static final double[] COVARIATE_LEVELS = {0.1, 0.2, 0.3, 0.4};

    private UnitDraws() {
    }

    /** Creates the generator of one stream of a seed. */
    static RandomGenerator stream(long seed, int index) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index});
    }

    /** Draws one of {@link #COVARIATE_LEVELS} per unit. */
    static double[] covariates(RandomGenerator random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = COVARIATE_LEVELS[random.nextInt(COVARIATE_LEVELS.length)];
        }
        return x;
    }

    /** Draws 1 with probability p and 0 otherwise. */
    static int bernoulli(RandomGenerator random, double p) {
        return random.nextDouble() < p ? 1 : 0;
    }

    /**
     * Lists, per unit, the other members of its group in ascending order.
     *
     * @param groups group label per unit, from 0 to {@code groupCount - 1}
     */
    static int[][] groupNeighbours(int[] groups, int groupCount) {
        List<List<Integer>> members = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < groups.length; i++) {
            members.get(groups[i]).add(i);
        }
        int[][] neighbours = new int[groups.length][];
        for (int i = 0; i < groups.length; i++) {
            List<Integer> group = members.get(groups[i]);
            neighbours[i] = new int[group.size() - 1];
            int k = 0;
            for (int j : group) {
                if (j != i) {
                    neighbours[i][k++] = j;
                }
            }
        }
        return neighbours;
    }

    /** Boxes group labels, the form that {@code SignatureBuilder.groupFraction} takes. */
    static List<Integer> labels(int[] groups) {
        List<Integer> labels = new ArrayList<>(groups.length);
        for (int g : groups) {
            labels.add(g);
        }
        return labels;
    }
}
