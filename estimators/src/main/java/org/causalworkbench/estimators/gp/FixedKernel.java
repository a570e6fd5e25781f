package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Kernel with every hyperparameter held at its current value, made by {@link Kernel#fixed()}.
 */
final class FixedKernel implements Kernel {

    private final Kernel inner;

    FixedKernel(Kernel inner) {
        this.inner = inner;
    }

    @Override
    public double value(double[] a, double[] b) {
        return inner.value(a, b);
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        // No learned hyperparameters, so nothing to write.
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public double[] logParameters() {
        return new double[0];
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, 0);
        return this;
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of();
    }

    @Override
    public Kernel fixed() {
        return this;
    }

    @Override
    public String toString() {
        return "Fixed(" + inner + ")";
    }
}
