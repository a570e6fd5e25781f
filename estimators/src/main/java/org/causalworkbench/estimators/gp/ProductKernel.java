package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Product of kernels.
 *
 * <p>\[ k(x, x') = \prod_i k_i(x, x'), \qquad
 *    \partial k / \partial \theta = \Big( \prod_{j \ne i} k_j \Big) \,
 *    \partial k_i / \partial \theta \]
 * for a hyperparameter of factor i.
 *
 * <ul>
 *   <li>The learned hyperparameters are those of the factors, in factor order, named
 *       {@code factor0.}, {@code factor1.} and so on.</li>
 *   <li>The product with a fixed {@link ConstantKernel} is a kernel scaled by a fixed variance,
 *       the same as {@link ScaledKernel#withFixedVariance(Kernel, double)}.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 */
public final class ProductKernel implements Kernel {

    private final Kernel[] factors;

    private ProductKernel(Kernel[] factors) {
        this.factors = CompositeKernels.checkParts(factors, "factor");
    }

    /**
     * Creates the product.
     *
     * @param factors one or more kernels
     * @return the kernel
     */
    public static ProductKernel of(Kernel... factors) {
        return new ProductKernel(factors);
    }

    /** Returns a copy of the factors. */
    public List<Kernel> factors() {
        return List.of(factors);
    }

    @Override
    public double value(double[] a, double[] b) {
        double product = 1;
        for (Kernel factor : factors) {
            product *= factor.value(a, b);
        }
        return product;
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        double[] values = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            values[i] = factors[i].value(a, b);
        }
        int position = offset;
        for (int i = 0; i < factors.length; i++) {
            // The product of the other factors, computed directly so a zero factor is harmless.
            double others = 1;
            for (int j = 0; j < factors.length; j++) {
                if (j != i) {
                    others *= values[j];
                }
            }
            int count = factors[i].parameterCount();
            factors[i].gradient(a, b, gradient, position);
            for (int k = position; k < position + count; k++) {
                gradient[k] *= others;
            }
            position += count;
        }
    }

    @Override
    public int parameterCount() {
        return CompositeKernels.parameterCount(factors);
    }

    @Override
    public double[] logParameters() {
        return CompositeKernels.logParameters(factors);
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        return new ProductKernel(CompositeKernels.withLogParameters(factors, logParameters));
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return CompositeKernels.hyperparameters(factors, "factor");
    }

    @Override
    public String toString() {
        return CompositeKernels.describe("Product", factors);
    }
}
