package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Linear (dot-product) kernel with a learned slope variance.
 *
 * <p>\[ k(x, x') = v \, x^\top x', \qquad \partial k / \partial \log v = k . \]
 *
 * <ul>
 *   <li>A GP with this kernel is a linear function through the origin with slope ~ N(0, v I).
 *       Add a {@link ConstantKernel} for an intercept.</li>
 *   <li>Added to a stationary kernel, it lets the posterior mean extrapolate a linear trend
 *       instead of reverting to the prior mean far from the data.</li>
 *   <li>Works for covariate vectors of any length, but both vectors of a pair must match.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 */
public final class LinearKernel implements Kernel {

    private final double variance;

    private LinearKernel(double variance) {
        this.variance = KernelChecks.checkPositive(variance, "slope variance");
    }

    /**
     * Creates the kernel.
     *
     * @param variance the prior variance of each slope, positive
     * @return the kernel
     */
    public static LinearKernel withVariance(double variance) {
        return new LinearKernel(variance);
    }

    /** Returns the slope variance. */
    public double variance() {
        return variance;
    }

    @Override
    public double value(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("covariate vectors have different lengths, "
                    + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
        }
        return variance * dot;
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        gradient[offset] = value(a, b);
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
        return new LinearKernel(Math.exp(logParameters[0]));
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(Hyperparameter.variance("slopeVariance"));
    }

    @Override
    public String toString() {
        return "Linear(variance=" + variance + ")";
    }
}
