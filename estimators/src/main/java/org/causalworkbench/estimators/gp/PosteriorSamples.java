package org.causalworkbench.estimators.gp;

/**
 * Joint draws of the latent function from a GP posterior at a set of query points.
 *
 * @param values {@code values[s][i]} is draw s at query point i
 * @param jitter the jitter added to the diagonal of the posterior covariance before its Cholesky
 *     factorisation, 0 when none was needed. A jitter adds independent noise of that variance
 *     to each value.
 */
public record PosteriorSamples(double[][] values, double jitter) {

    /** Copies the draws. */
    public PosteriorSamples {
        values = deepCopy(values);
    }

    /** Returns a copy of the draws. */
    @Override
    public double[][] values() {
        return deepCopy(values);
    }

    private static double[][] deepCopy(double[][] source) {
        double[][] copy = new double[source.length][];
        for (int s = 0; s < source.length; s++) {
            copy[s] = source[s].clone();
        }
        return copy;
    }
}
