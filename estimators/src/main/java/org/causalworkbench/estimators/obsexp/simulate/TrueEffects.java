package org.causalworkbench.estimators.obsexp.simulate;

/**
 * The true effect functions of one simulated data set, which can be evaluated at any covariate
 * vector: the CATE \( \tau(x) \), the confounded observational CATE \( \omega(x) \) and the gap
 * \( \Delta(x) = \tau(x) - \omega(x) \).
 *
 * <p>Random parts of the truth (the gap functions drawn for one seed) are fixed inside the
 * instance, so repeated calls at the same point return the same value.
 *
 * <p><strong>Thread safety.</strong> The implementations in this package are immutable and may
 * be shared between threads.
 */
public interface TrueEffects {

    /** Returns the number of covariates that every point must have. */
    int dimension();

    /**
     * Evaluates the true CATE.
     *
     * @param x a covariate vector of length {@link #dimension()}. Not modified.
     * @return \( \tau(x) \)
     * @throws IllegalArgumentException if the length of {@code x} is wrong
     */
    double tau(double[] x);

    /**
     * Evaluates the observational CATE, the difference of the confounded arm regressions.
     *
     * @param x a covariate vector of length {@link #dimension()}. Not modified.
     * @return \( \omega(x) \)
     * @throws IllegalArgumentException if the length of {@code x} is wrong
     */
    double omega(double[] x);

    /**
     * Evaluates the gap between the true and the observational CATE.
     *
     * @param x a covariate vector of length {@link #dimension()}. Not modified.
     * @return \( \Delta(x) = \tau(x) - \omega(x) \)
     * @throws IllegalArgumentException if the length of {@code x} is wrong
     */
    double delta(double[] x);

    /**
     * Evaluates all three functions at one point. Implementations override this when the three
     * share expensive work, such as evaluating random Fourier features.
     *
     * @param x a covariate vector of length {@link #dimension()}. Not modified.
     * @return the three values
     */
    default Values valuesAt(double[] x) {
        return new Values(tau(x), omega(x), delta(x));
    }

    /**
     * The true CATE, observational CATE and gap at one point.
     *
     * @param tau the true CATE
     * @param omega the observational CATE
     * @param delta the gap, tau minus omega up to rounding
     */
    record Values(double tau, double omega, double delta) {
    }
}
