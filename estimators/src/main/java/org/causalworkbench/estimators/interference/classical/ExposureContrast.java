package org.causalworkbench.estimators.interference.classical;

/**
 * The contrast {@code tau(d_k, d_l) = mu(d_k) - mu(d_l)} of two exposure conditions.
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
 */
public record ExposureContrast(
        String first,
        String second,
        double horvitzThompson,
        double hajek,
        double covarianceBound,
        double variance,
        double hajekVariance) {

    /** Returns the square root of {@link #variance()}. */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /** Returns the square root of {@link #hajekVariance()}. */
    public double hajekStandardError() {
        return Math.sqrt(hajekVariance);
    }
}
