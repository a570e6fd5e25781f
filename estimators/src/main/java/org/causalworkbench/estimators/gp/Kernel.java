package org.causalworkbench.estimators.gp;

/**
 * Covariance function on covariate vectors, k(x, x') for {@code double[]} inputs.
 *
 * <p>Kernels combine through {@link SumKernel}, {@link ProductKernel} and {@link ScaledKernel}.
 * Every hyperparameter is learned unless the kernel is wrapped by {@link #fixed()}. A kernel
 * without a {@link ScaledKernel} has unit amplitude where it is stationary, k(x, x) = 1.
 *
 * <p><strong>Thread safety.</strong> Implementations are immutable and may be shared.
 */
public interface Kernel extends CovarianceFunction<double[]> {

    @Override
    Kernel withLogParameters(double[] logParameters);

    /** Returns {@code point} itself, because a kernel's points are their covariates. */
    @Override
    default double[] covariates(double[] point) {
        return point;
    }

    /**
     * Returns this kernel with every hyperparameter fixed at its current value, so that it has
     * no learned hyperparameters.
     */
    default Kernel fixed() {
        return new FixedKernel(this);
    }
}
