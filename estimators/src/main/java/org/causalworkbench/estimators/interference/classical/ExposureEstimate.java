package org.causalworkbench.estimators.interference.classical;

/**
 * Horvitz-Thompson and Hajek estimates of the mean potential outcome under one exposure
 * condition, with the conservative variance of the HT total.
 *
 * @param condition the condition name d_k
 * @param unitsObserved units whose observed exposure is d_k
 * @param unitsWithZeroProbability units with {@code pi_i(d_k) = 0}, which can never receive d_k
 * @param horvitzThompsonTotal {@code sum_i 1{D_i = d_k} Y_i / pi_i(d_k)}, or {@code NaN} when
 *     no unit can receive d_k
 * @param horvitzThompsonMean the total divided by N
 * @param hajekMean the total divided by {@code sum_i 1{D_i = d_k} / pi_i(d_k)}, or {@code NaN}
 *     when no unit is observed in d_k
 * @param totalVariance the conservative variance estimate V_k of the HT total
 * @param youngTerm the part of V_k from pairs with joint probability 0
 * @param meanVariance {@code V_k / N^2}, the variance estimate of the HT mean
 * @param hajekMeanVariance the linearised variance estimate of the Hajek mean: {@code V_k / N^2}
 *     with each outcome replaced by its residual from the Hajek mean, {@code NaN} when the
 *     Hajek mean is undefined
 */
public record ExposureEstimate(
        String condition,
        int unitsObserved,
        int unitsWithZeroProbability,
        double horvitzThompsonTotal,
        double horvitzThompsonMean,
        double hajekMean,
        double totalVariance,
        double youngTerm,
        double meanVariance,
        double hajekMeanVariance) {
}
