package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Query point of {@link LinearCombinationCovariance}: the weighted sum
 * &Sigma;<sub>i</sub> a<sub>i</sub> f(p<sub>i</sub>) of a latent function at several points.
 *
 * @param points the points p<sub>i</sub>, at least one, none missing
 * @param weights the weights a<sub>i</sub>, one finite value per point, copied on construction
 *     and on access
 * @param <P> the type of an input point of the underlying covariance
 */
public record LinearCombination<P>(List<P> points, double[] weights) {

    /** Checks the lengths and values and copies both. */
    public LinearCombination {
        if (points.isEmpty() || points.size() != weights.length) {
            throw new IllegalArgumentException(points.size() + " points but " + weights.length
                    + " weights. Give one weight per point, for at least one point");
        }
        for (int i = 0; i < weights.length; i++) {
            if (points.get(i) == null) {
                throw new IllegalArgumentException("point " + i + " is missing");
            }
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is not finite: "
                        + weights[i]);
            }
        }
        points = List.copyOf(points);
        weights = weights.clone();
    }

    /** Returns the one-term combination 1 &middot; f(point), which is the point itself. */
    public static <P> LinearCombination<P> of(P point) {
        return new LinearCombination<>(List.of(point), new double[] {1});
    }

    /** Returns the combination a f(p) + b f(q). */
    public static <P> LinearCombination<P> of(double a, P p, double b, P q) {
        return new LinearCombination<>(List.of(p, q), new double[] {a, b});
    }

    /** Returns a copy of the weights. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Returns the number of terms. */
    public int size() {
        return weights.length;
    }

    /** Returns weight i without copying the array. */
    double weight(int i) {
        return weights[i];
    }
}
