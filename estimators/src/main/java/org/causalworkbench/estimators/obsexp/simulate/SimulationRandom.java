package org.causalworkbench.estimators.obsexp.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Derives reproducible random number streams from a simulation seed and draws the elementary
 * variates the generators share.
 *
 * <p>Each part of a simulation (a random function, a sample, a set of evaluation points) draws
 * from its own stream, so that changing the size of one part leaves the others unchanged. A
 * stream is a {@link Well19937c} seeded with the seed's two 32-bit halves and the stream index,
 * which makes the data depend only on the seed and the Commons Math 3.6.1 algorithms, not on the
 * JDK version.
 */
final class SimulationRandom {

    private SimulationRandom() {
    }

    /** Creates the generator of one stream of a seed. */
    static RandomGenerator stream(long seed, int index) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index});
    }

    /** Draws a uniform variate on [lower, upper). */
    static double uniform(RandomGenerator random, double lower, double upper) {
        return lower + (upper - lower) * random.nextDouble();
    }

    /** Draws 1 with probability p and 0 otherwise. */
    static int bernoulli(RandomGenerator random, double p) {
        return random.nextDouble() < p ? 1 : 0;
    }

    /** Draws a point uniformly from the cube [lower, upper)^dimension. */
    static double[] uniformPoint(RandomGenerator random, int dimension, double lower,
            double upper) {
        double[] point = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            point[j] = uniform(random, lower, upper);
        }
        return point;
    }

    /**
     * Draws a point outside the inner cube [-inner, inner]^dimension but inside the outer cube
     * (-outer, outer)^dimension, as described for {@link OutOfSupportDraw}.
     */
    static double[] outOfSupportPoint(RandomGenerator random, int dimension, double inner,
            double outer, OutOfSupportDraw draw) {
        double[] point = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            double magnitude = uniform(random, inner, outer);
            boolean negative = draw == OutOfSupportDraw.BOTH_SIDES && random.nextDouble() < 0.5;
            point[j] = negative ? -magnitude : magnitude;
        }
        return point;
    }
}
