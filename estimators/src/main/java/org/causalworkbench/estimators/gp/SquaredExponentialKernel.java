package org.causalworkbench.estimators.gp;

/**
 * Squared exponential (RBF) kernel with one lengthscale per covariate and unit amplitude.
 *
 * <p>\[ k(x, x') = \exp\Big( -\tfrac12 \sum_j (x_j - x'_j)^2 / \ell_j^2 \Big), \qquad
 * \partial k / \partial \log \ell_j = k \, (x_j - x'_j)^2 / \ell_j^2 . \]
 *
 * <ul>
 *   <li>k(x, x) = 1, so wrap the kernel in {@link ScaledKernel} to learn an output scale.</li>
 *   <li>Covariate vectors must have one entry per lengthscale.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 *
 * <p>Reference: Rasmussen and Williams (2006), Gaussian Processes for Machine Learning, MIT Press,
 * ch. 4.
 */
public final class SquaredExponentialKernel extends StationaryArdKernel {

    private SquaredExponentialKernel(double[] lengthscales) {
        super(lengthscales);
    }

    /**
     * Creates the kernel.
     *
     * @param lengthscales one positive lengthscale per covariate, in covariate units
     * @return the kernel
     * @throws IllegalArgumentException if there is no lengthscale or one is not positive
     */
    public static SquaredExponentialKernel ard(double... lengthscales) {
        return new SquaredExponentialKernel(lengthscales);
    }

    @Override
    double profile(double q) {
        return Math.exp(-0.5 * q);
    }

    @Override
    double profileSlope(double q) {
        return -0.5 * Math.exp(-0.5 * q);
    }

    @Override
    Kernel withLengthscales(double[] newLengthscales) {
        return new SquaredExponentialKernel(newLengthscales);
    }

    @Override
    String familyName() {
        return "SquaredExponential";
    }
}
