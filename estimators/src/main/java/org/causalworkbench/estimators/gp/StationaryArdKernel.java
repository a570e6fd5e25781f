package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Base of the stationary kernels with one lengthscale per covariate (automatic relevance
 * determination, ARD) and unit amplitude.
 *
 * <p>Such a kernel is a profile f of the scaled squared distance
 * {@code q = sum_j (x_j - x'_j)^2 / l_j^2}, so k(x, x') = f(q) and k(x, x) = f(0) = 1. Because
 * {@code dq / d log l_j = -2 (x_j - x'_j)^2 / l_j^2}, the derivative with respect to the log
 * lengthscale is {@code dk / d log l_j = -2 f'(q) (x_j - x'_j)^2 / l_j^2}.
 */
abstract class StationaryArdKernel implements Kernel {

    private final double[] lengthscales;

    StationaryArdKernel(double[] lengthscales) {
        if (lengthscales.length == 0) {
            throw new IllegalArgumentException("at least one lengthscale is required, one per"
                    + " covariate");
        }
        this.lengthscales = lengthscales.clone();
        for (int j = 0; j < lengthscales.length; j++) {
            KernelChecks.checkPositive(lengthscales[j], "lengthscale " + j);
        }
    }

    /** Returns f(q). */
    abstract double profile(double q);

    /** Returns the derivative f'(q), finite at q = 0. */
    abstract double profileSlope(double q);

    /** Returns a kernel of the same family with other lengthscales. */
    abstract Kernel withLengthscales(double[] newLengthscales);

    /** Returns the name used by {@link #toString()}. */
    abstract String familyName();

    /** Returns a copy of the lengthscales, one per covariate. */
    public double[] lengthscales() {
        return lengthscales.clone();
    }

    @Override
    public double value(double[] a, double[] b) {
        return profile(scaledSquaredDistance(a, b));
    }

    @Override
    public void gradient(double[] a, double[] b, double[] gradient, int offset) {
        double slope = profileSlope(scaledSquaredDistance(a, b));
        for (int j = 0; j < lengthscales.length; j++) {
            double scaled = (a[j] - b[j]) / lengthscales[j];
            gradient[offset + j] = -2 * slope * scaled * scaled;
        }
    }

    @Override
    public int parameterCount() {
        return lengthscales.length;
    }

    @Override
    public double[] logParameters() {
        double[] logs = new double[lengthscales.length];
        for (int j = 0; j < logs.length; j++) {
            logs[j] = Math.log(lengthscales[j]);
        }
        return logs;
    }

    @Override
    public Kernel withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, lengthscales.length);
        double[] values = new double[logParameters.length];
        for (int j = 0; j < values.length; j++) {
            values[j] = Math.exp(logParameters[j]);
        }
        return withLengthscales(values);
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> list = new ArrayList<>();
        for (int j = 0; j < lengthscales.length; j++) {
            list.add(Hyperparameter.lengthscale(j));
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return familyName() + "(lengthscales=" + Arrays.toString(lengthscales) + ")";
    }

    private double scaledSquaredDistance(double[] a, double[] b) {
        if (a.length != lengthscales.length || b.length != lengthscales.length) {
            throw new IllegalArgumentException("covariate vectors of length " + a.length + " and "
                    + b.length + " do not match the kernel's " + lengthscales.length
                    + " lengthscales");
        }
        double q = 0;
        for (int j = 0; j < lengthscales.length; j++) {
            double scaled = (a[j] - b[j]) / lengthscales[j];
            q += scaled * scaled;
        }
        return q;
    }
}
