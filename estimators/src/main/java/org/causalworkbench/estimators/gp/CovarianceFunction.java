package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Covariance function k(a, b) of a Gaussian process over points of type {@code P}, with its
 * learned hyperparameters on the log scale and the analytic derivatives with respect to them.
 *
 * <p>{@link GaussianProcessRegression} only evaluates k between indexed training and query
 * points, so the point type is free: {@link Kernel} works on covariate vectors, and
 * {@link FixedTaskCovariance} on (covariates, task) pairs.
 *
 * <p>Hyperparameters that are held fixed, such as the unit amplitude of the gap kernel, are not
 * counted by {@link #parameterCount()} and have no derivative.
 *
 * <p><strong>Thread safety.</strong> Implementations must be immutable, so one instance may be
 * evaluated from several threads.
 *
 * @param <P> the type of an input point
 */
public interface CovarianceFunction<P> {

    /**
     * Evaluates the covariance between two points.
     *
     * @param a the first point
     * @param b the second point
     * @return k(a, b), symmetric in its arguments
     * @throws IllegalArgumentException if a point does not fit the function, for example a
     *     covariate vector of the wrong length
     */
    double value(P a, P b);

    /**
     * Writes the derivative of k(a, b) with respect to each learned log-hyperparameter into
     * {@code gradient[offset]} to {@code gradient[offset + parameterCount() - 1]}.
     *
     * @param a the first point
     * @param b the second point
     * @param gradient the output array, left unchanged outside the written range
     * @param offset the index of the first entry to write
     */
    void gradient(P a, P b, double[] gradient, int offset);

    /** Returns the number of learned hyperparameters. */
    int parameterCount();

    /** Returns the natural logarithms of the learned hyperparameters, as a new array. */
    double[] logParameters();

    /**
     * Returns a copy with other learned hyperparameters. Fixed hyperparameters keep their values.
     *
     * @param logParameters the natural logarithms, {@link #parameterCount()} values
     * @return the copy
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    CovarianceFunction<P> withLogParameters(double[] logParameters);

    /** Returns one description per learned hyperparameter, in the order of the log values. */
    List<Hyperparameter> hyperparameters();

    /**
     * Returns the covariate vector of a point, the vector that lengthscales refer to. It may be
     * the caller's array and must not be modified.
     */
    double[] covariates(P point);
}
