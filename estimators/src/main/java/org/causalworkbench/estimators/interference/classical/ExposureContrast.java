package org.causalworkbench.estimators.interference.classical;

/**
 * The contrast {@code tau(d_k, d_l) = mu(d_k) - mu(d_l)} of two exposure conditions.
 *
 * <p>When either condition has no observed unit the contrast is undefined: its estimates and
 * variances are {@code NaN} and {@link #undefinedReason()} names the condition. Its
 * covariance bound keeps the value of the formula, because its expectation over the design
 * still needs it.
 *
 * @param first d_k
 * @param second d_l
 * @param horvitzThompson the difference of the HT means
 * @param hajek the difference of the Hajek means
 * @param covarianceBound the lower-bound estimate C_kl of the covariance of the two HT totals
 * @param variance {@code (V_k + V_l - 2 C_kl) / N^2}, a conservative variance estimate of the
 *     HT contrast
 * @param hajekVariance the same formula with each outcome replaced by its residual from the
 *     Hajek mean of its condition, a linearised variance estimate of the Hajek contrast
 * @param undefinedReason why the contrast is undefined, for example "no unit observed in
 *     c00", or an empty string when it is defined
 */
public record ExposureContrast(
        String first,
        String second,
        double horvitzThompson,
        double hajek,
        double covarianceBound,
        double variance,
        double hajekVariance,
        String undefinedReason) {

    /** Returns whether both conditions have observed units, so the contrast has a value. */
    public boolean isDefined() {
        return undefinedReason.isEmpty();
    }

    /** Returns the square root of {@link #variance()}. */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /** Returns the square root of {@link #hajekVariance()}. */
    public double hajekStandardError() {
        return Math.sqrt(hajekVariance);
    }
}
