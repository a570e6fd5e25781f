package org.causalworkbench.estimators.gp;

/**
 * Matern kernel of smoothness 3/2 or 5/2 with one lengthscale per covariate and unit amplitude.
 *
 * <p>With {@code r = sqrt(sum_j (x_j - x'_j)^2 / l_j^2)}:
 * \[ k_{3/2} = (1 + \sqrt3 r) e^{-\sqrt3 r}, \qquad
 *    k_{5/2} = (1 + \sqrt5 r + 5 r^2 / 3) e^{-\sqrt5 r}, \]
 * and the derivatives with respect to {@code log l_j} are
 * {@code 3 e^{-sqrt3 r} d_j^2 / l_j^2} and {@code (5/3)(1 + sqrt5 r) e^{-sqrt5 r} d_j^2 / l_j^2},
 * with {@code d_j = x_j - x'_j}. Both are finite at r = 0, where they vanish.
 *
 * <ul>
 *   <li>k(x, x) = 1, so wrap the kernel in {@link ScaledKernel} to learn an output scale.</li>
 *   <li>Sample paths are once (3/2) or twice (5/2) differentiable, rougher than under the
 *       squared exponential kernel.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 *
 * <p>Reference: Rasmussen and Williams (2006), Gaussian Processes for Machine Learning, MIT Press,
 * ch. 4.
 */
public final class MaternKernel extends StationaryArdKernel {

    private static final double SQRT3 = Math.sqrt(3);
    private static final double SQRT5 = Math.sqrt(5);

    /** Smoothness parameter nu of the Matern family. */
    public enum Smoothness {
        /** nu = 3/2. */
        THREE_HALVES,
        /** nu = 5/2. */
        FIVE_HALVES
    }

    private final Smoothness smoothness;

    private MaternKernel(Smoothness smoothness, double[] lengthscales) {
        super(lengthscales);
        this.smoothness = smoothness;
    }

    /**
     * Creates the Matern 3/2 kernel.
     *
     * @param lengthscales one positive lengthscale per covariate, in covariate units
     * @return the kernel
     * @throws IllegalArgumentException if there is no lengthscale or one is not positive
     */
    public static MaternKernel threeHalves(double... lengthscales) {
        return new MaternKernel(Smoothness.THREE_HALVES, lengthscales);
    }

    /**
     * Creates the Matern 5/2 kernel.
     *
     * @param lengthscales one positive lengthscale per covariate, in covariate units
     * @return the kernel
     * @throws IllegalArgumentException if there is no lengthscale or one is not positive
     */
    public static MaternKernel fiveHalves(double... lengthscales) {
        return new MaternKernel(Smoothness.FIVE_HALVES, lengthscales);
    }

    /** Returns the smoothness. */
    public Smoothness smoothness() {
        return smoothness;
    }

    @Override
    double profile(double q) {
        double r = Math.sqrt(q);
        if (smoothness == Smoothness.THREE_HALVES) {
            return (1 + SQRT3 * r) * Math.exp(-SQRT3 * r);
        }
        return (1 + SQRT5 * r + 5 * q / 3) * Math.exp(-SQRT5 * r);
    }

    /** Returns df/dq, which is (df/dr) / (2 r) with the factor r cancelled. */
    @Override
    double profileSlope(double q) {
        double r = Math.sqrt(q);
        if (smoothness == Smoothness.THREE_HALVES) {
            return -1.5 * Math.exp(-SQRT3 * r);
        }
        return -(5.0 / 6) * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
    }

    @Override
    Kernel withLengthscales(double[] newLengthscales) {
        return new MaternKernel(smoothness, newLengthscales);
    }

    @Override
    String familyName() {
        return smoothness == Smoothness.THREE_HALVES ? "Matern32" : "Matern52";
    }
}
