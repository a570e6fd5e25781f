package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Constant kernel with a learned variance.
 *
 * <p>\[ k(x, x') = v, \qquad \partial k / \partial \log v = v . \]
 *
 * <ul>
 *   <li>A GP with this kernel is a random constant with prior N(0, v). As a term of a
 *       {@link SumKernel} it adds a random offset, and as a factor of a {@link ProductKernel}
 *       it scales the other factor.</li>
 *   <li>The kernel ignores its inputs, so covariate vectors of any length are accepted.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 */
public final class ConstantKernel implements Kernel {

    private final double variance;

    private ConstantKernel(double variance) {
        this.variance = KernelChecks.checkPositive(variance, "constant kernel variance");
    }

    /**
     * Creates the kernel.
     *
     * @param variance the prior variance of the constant, positive
     * @return the kernel
     */
    public static ConstantKernel withVariance(double variance) {
        return new ConstantKernel(variance);
    }

    /** Returns the variance. */
    public double variance() {
        return variance;
    }

    @Override
    public double value(double[] a, double[] b) {
        return variance;
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        gradient[offset] = variance;
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double[] logParameters() {
        return new double[] {Math.log(variance)};
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, 1);
        return new ConstantKernel(Math.exp(logParameters[0]));
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(Hyperparameter.variance("variance"));
    }

    @Override
    public String toString() {
        return "Constant(variance=" + variance + ")";
    }
}
