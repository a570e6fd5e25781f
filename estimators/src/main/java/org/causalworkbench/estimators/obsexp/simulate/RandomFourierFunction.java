package org.causalworkbench.estimators.obsexp.simulate;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A random function built from random Fourier features, an approximate draw from a zero-mean GP
 * with a unit-variance RBF kernel of lengthscale \( \ell \):
 * \[ h(x) = S^{-1/2} \sum_{s=1}^{S} \big[ a_s \cos(w_s^\top x / \ell)
 *           + b_s \sin(w_s^\top x / \ell) \big], \quad
 *    w_s \sim N(0, I_d),\ a_s, b_s \sim N(0, 1). \]
 *
 * <ul>
 *   <li>Given the frequencies \( w_s \), h(x) is exactly N(0, 1) at every fixed x, because
 *       \( \cos^2 + \sin^2 = 1 \). So Var h(x) = 1 over draws for any S.</li>
 *   <li>The covariance of h(x) and h(x') averages to
 *       \( \exp(-\lVert x - x' \rVert^2 / (2\ell^2)) \) over draws of the frequencies, and a
 *       single draw approximates it with error of order \( S^{-1/2} \).</li>
 *   <li>Evaluation costs O(S·d) per point.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Rahimi and Recht (2007), Random features for large-scale kernel machines,
 * Advances in Neural Information Processing Systems 20.
 */
public final class RandomFourierFunction {

    private final double lengthscale;
    private final double[][] scaledFrequencies;
    private final double[] cosineWeights;
    private final double[] sineWeights;
    private final double normalisation;

    private RandomFourierFunction(double lengthscale, double[][] scaledFrequencies,
            double[] cosineWeights, double[] sineWeights) {
        this.lengthscale = lengthscale;
        this.scaledFrequencies = scaledFrequencies;
        this.cosineWeights = cosineWeights;
        this.sineWeights = sineWeights;
        this.normalisation = 1 / Math.sqrt(cosineWeights.length);
    }

    /**
     * Draws a function. For each feature s in turn the generator supplies the d entries of
     * \( w_s \), then \( a_s \), then \( b_s \).
     *
     * @param dimension the number of covariates d, at least 1
     * @param featureCount the number of features S, at least 1
     * @param lengthscale the kernel lengthscale \( \ell \), positive
     * @param random the source of the normal variates, advanced by (d + 2)·S draws
     * @return the function
     * @throws IllegalArgumentException if a count or the lengthscale is invalid
     */
    public static RandomFourierFunction draw(int dimension, int featureCount, double lengthscale,
            RandomGenerator random) {
        SimulationChecks.requireAtLeast(dimension, 1, "dimension");
        SimulationChecks.requireAtLeast(featureCount, 1, "feature count");
        SimulationChecks.requirePositive(lengthscale, "lengthscale");
        double[][] frequencies = new double[featureCount][dimension];
        double[] cosine = new double[featureCount];
        double[] sine = new double[featureCount];
        for (int s = 0; s < featureCount; s++) {
            for (int j = 0; j < dimension; j++) {
                frequencies[s][j] = random.nextGaussian() / lengthscale;
            }
            cosine[s] = random.nextGaussian();
            sine[s] = random.nextGaussian();
        }
        return new RandomFourierFunction(lengthscale, frequencies, cosine, sine);
    }

    /** Returns the number of covariates the function takes. */
    public int dimension() {
        return scaledFrequencies[0].length;
    }

    /** Returns the number of features S. */
    public int featureCount() {
        return cosineWeights.length;
    }

    /** Returns the kernel lengthscale. */
    public double lengthscale() {
        return lengthscale;
    }

    /**
     * Evaluates the function.
     *
     * @param x a point of length {@link #dimension()}. Not modified.
     * @return h(x)
     * @throws IllegalArgumentException if the length of {@code x} is wrong
     */
    public double value(double[] x) {
        SimulationChecks.checkDimension(x, dimension());
        double sum = 0;
        for (int s = 0; s < cosineWeights.length; s++) {
            double[] w = scaledFrequencies[s];
            double phase = 0;
            for (int j = 0; j < w.length; j++) {
                phase += w[j] * x[j];
            }
            sum += cosineWeights[s] * Math.cos(phase) + sineWeights[s] * Math.sin(phase);
        }
        return normalisation * sum;
    }
}
