package org.causalworkbench.estimators.gp;

import java.util.Arrays;
import java.util.List;

/**
 * Covariance of weighted sums of a GP's values, which lets {@link GaussianProcessPosterior}
 * return the posterior variance of a linear combination such as &pi; f(x, 1) + (1 - &pi;)
 * f(x, 0).
 *
 * <p>For combinations a = &Sigma;<sub>i</sub> a<sub>i</sub> f(p<sub>i</sub>) and
 * b = &Sigma;<sub>j</sub> b<sub>j</sub> f(q<sub>j</sub>),
 * \[ k(a, b) = \sum_i \sum_j a_i b_j \, k_0(p_i, q_j), \]
 * and the derivatives are the same double sums of the derivatives of k<sub>0</sub>. Training
 * data use one-term combinations ({@link LinearCombination#of(Object)}) with weight 1, which
 * makes the kernel matrix, the likelihood and the fit equal to those of k<sub>0</sub>.
 *
 * <ul>
 *   <li>The posterior variance at a combination is exact for any weights.</li>
 *   <li>The posterior mean is not, unless the weights sum to 1 or the prior mean c is 0.
 *       {@link GaussianProcessPosterior#predict} adds c once per query point, whereas the prior
 *       mean of the combination is c &Sigma;<sub>i</sub> a<sub>i</sub>.</li>
 *   <li>{@link #covariates} returns the covariates of the first term, which is what the
 *       lengthscale checks of the fit see.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared when the
 * underlying covariance is.
 *
 * @param <P> the type of an input point of the underlying covariance k<sub>0</sub>
 */
public final class LinearCombinationCovariance<P>
        implements CovarianceFunction<LinearCombination<P>> {

    private final CovarianceFunction<P> base;

    private LinearCombinationCovariance(CovarianceFunction<P> base) {
        if (base == null) {
            throw new IllegalArgumentException("the underlying covariance function is missing");
        }
        this.base = base;
    }

    /**
     * Wraps a covariance function.
     *
     * @param base k<sub>0</sub>, whose learned hyperparameters this covariance shares
     * @param <P> the type of an input point of k<sub>0</sub>
     * @return the covariance of linear combinations
     */
    public static <P> LinearCombinationCovariance<P> of(CovarianceFunction<P> base) {
        return new LinearCombinationCovariance<>(base);
    }

    /** Returns k<sub>0</sub>. */
    public CovarianceFunction<P> base() {
        return base;
    }

    @Override
    public double value(LinearCombination<P> a, LinearCombination<P> b) {
        double value = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                value += a.weight(i) * b.weight(j)
                        * base.value(a.points().get(i), b.points().get(j));
            }
        }
        return value;
    }

    @Override
    public void gradient(LinearCombination<P> a, LinearCombination<P> b, double[] gradient,
            int offset) {
        int count = base.parameterCount();
        if (a.size() == 1 && b.size() == 1) {
            // Training pairs take this path, which saves an allocation per matrix entry.
            base.gradient(a.points().get(0), b.points().get(0), gradient, offset);
            double weight = a.weight(0) * b.weight(0);
            for (int k = offset; k < offset + count; k++) {
                gradient[k] *= weight;
            }
            return;
        }
        double[] term = new double[count];
        Arrays.fill(gradient, offset, offset + count, 0);
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                base.gradient(a.points().get(i), b.points().get(j), term, 0);
                double weight = a.weight(i) * b.weight(j);
                for (int k = 0; k < count; k++) {
                    gradient[offset + k] += weight * term[k];
                }
            }
        }
    }

    @Override
    public int parameterCount() {
        return base.parameterCount();
    }

    @Override
    public double[] logParameters() {
        return base.logParameters();
    }

    @Override
    public LinearCombinationCovariance<P> withLogParameters(double[] logParameters) {
        return new LinearCombinationCovariance<>(base.withLogParameters(logParameters));
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return base.hyperparameters();
    }

    @Override
    public double[] covariates(LinearCombination<P> point) {
        return base.covariates(point.points().get(0));
    }

    @Override
    public String toString() {
        return "LinearCombination(" + base + ")";
    }
}
