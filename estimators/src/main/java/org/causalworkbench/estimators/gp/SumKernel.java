package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Sum of kernels, the covariance of a sum of independent GPs.
 *
 * <p>\[ k(x, x') = \sum_i k_i(x, x') , \]
 * and the derivative with respect to a hyperparameter of term i is that of k<sub>i</sub>.
 *
 * <ul>
 *   <li>The learned hyperparameters are those of the terms, in term order, named
 *       {@code term0.}, {@code term1.} and so on.</li>
 *   <li>A typical use is a stationary kernel plus a {@link LinearKernel}, whose posterior
 *       extrapolates a linear trend.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 */
public final class SumKernel implements Kernel {

    private final Kernel[] terms;

    private SumKernel(Kernel[] terms) {
        this.terms = CompositeKernels.checkParts(terms, "term");
    }

    /**
     * Creates the sum.
     *
     * @param terms one or more kernels
     * @return the kernel
     */
    public static SumKernel of(Kernel... terms) {
        return new SumKernel(terms);
    }

    /** Returns a copy of the terms. */
    public List<Kernel> terms() {
        return List.of(terms);
    }

    @Override
    public double value(double[] a, double[] b) {
        double sum = 0;
        for (Kernel term : terms) {
            sum += term.value(a, b);
        }
        return sum;
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        int position = offset;
        for (Kernel term : terms) {
            term.gradient(a, b, gradient, position);
            position += term.parameterCount();
        }
    }

    @Override
    public int parameterCount() {
        return CompositeKernels.parameterCount(terms);
    }

    @Override
    public double[] logParameters() {
        return CompositeKernels.logParameters(terms);
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        return new SumKernel(CompositeKernels.withLogParameters(terms, logParameters));
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return CompositeKernels.hyperparameters(terms, "term");
    }

    @Override
    public String toString() {
        return CompositeKernels.describe("Sum", terms);
    }
}
