package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kernel multiplied by an output variance, learned or fixed.
 *
 * <p>\[ k(x, x') = s \, k_0(x, x'), \qquad \partial k / \partial \log s = k, \qquad
 *    \partial k / \partial \theta = s \, \partial k_0 / \partial \theta . \]
 *
 * <ul>
 *   <li>The learned hyperparameters are log s, when s is learned, followed by those of
 *       k<sub>0</sub>.</li>
 *   <li>Without this wrapper the stationary kernels have unit amplitude, which is the default
 *       of the fixed-nuisance multi-task GP.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 */
public final class ScaledKernel implements Kernel {

    private final Kernel inner;
    private final double variance;
    private final boolean varianceLearned;

    private ScaledKernel(Kernel inner, double variance, boolean varianceLearned) {
        if (inner == null) {
            throw new IllegalArgumentException("the scaled kernel is missing");
        }
        this.inner = inner;
        this.variance = KernelChecks.checkPositive(variance, "output variance");
        this.varianceLearned = varianceLearned;
    }

    /**
     * Creates the kernel with a learned output variance.
     *
     * @param inner the kernel k<sub>0</sub> to scale
     * @param variance the initial output variance s, positive
     * @return the kernel
     */
    public static ScaledKernel of(Kernel inner, double variance) {
        return new ScaledKernel(inner, variance, true);
    }

    /**
     * Creates the kernel with an output variance held fixed. The hyperparameters of
     * {@code inner} stay learned unless {@code inner} is itself {@link Kernel#fixed()}.
     *
     * @param inner the kernel k<sub>0</sub> to scale
     * @param variance the output variance s, positive
     * @return the kernel
     */
    public static ScaledKernel withFixedVariance(Kernel inner, double variance) {
        return new ScaledKernel(inner, variance, false);
    }

    /** Returns the output variance s. */
    public double variance() {
        return variance;
    }

    /** Returns the scaled kernel k<sub>0</sub>. */
    public Kernel inner() {
        return inner;
    }

    @Override
    public double value(double[] a, double[] b) {
        return variance * inner.value(a, b);
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        int innerOffset = offset;
        if (varianceLearned) {
            gradient[offset] = value(a, b);
            innerOffset++;
        }
        inner.gradient(a, b, gradient, innerOffset);
        for (int k = innerOffset; k < innerOffset + inner.parameterCount(); k++) {
            gradient[k] *= variance;
        }
    }

    @Override
    public int parameterCount() {
        return (varianceLearned ? 1 : 0) + inner.parameterCount();
    }

    @Override
    public double[] logParameters() {
        double[] innerLogs = inner.logParameters();
        if (!varianceLearned) {
            return innerLogs;
        }
        double[] logs = new double[1 + innerLogs.length];
        logs[0] = Math.log(variance);
        System.arraycopy(innerLogs, 0, logs, 1, innerLogs.length);
        return logs;
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, parameterCount());
        if (!varianceLearned) {
            return new ScaledKernel(inner.withLogParameters(logParameters), variance, false);
        }
        double[] innerLogs = Arrays.copyOfRange(logParameters, 1, logParameters.length);
        return new ScaledKernel(inner.withLogParameters(innerLogs), Math.exp(logParameters[0]),
                true);
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> list = new ArrayList<>();
        if (varianceLearned) {
            list.add(Hyperparameter.variance("outputVariance"));
        }
        for (Hyperparameter parameter : inner.hyperparameters()) {
            list.add(parameter.withPrefix("scaled"));
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return "Scaled(variance=" + variance + (varianceLearned ? "" : " fixed") + ", " + inner
                + ")";
    }
}
