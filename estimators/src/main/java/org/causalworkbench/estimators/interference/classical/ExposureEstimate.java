package org.causalworkbench.estimators.interference.classical;

/**
 * Horvitz-Thompson and Hajek estimates of the mean potential outcome under one exposure
 * condition, with the conservative variance of the HT total.
 *
 * @param condition the condition name d_k
 * @param unitsObserved units whose observed exposure is d_k
 * @param unitsWithZeroProbability units with {@code pi_i(d_k) = 0}, which can never receive d_k
 * <p>A condition in which no unit is observed has no estimate: its means and their variances
 * are {@code NaN} and {@link #undefinedReason()} gives the reason. Its HT total and V_k keep the
 * values of the formulas, 0 for the total, because their expectation over the design still
 * needs them.
 *
 * @param horvitzThompsonTotal {@code sum_i 1{D_i = d_k} Y_i / pi_i(d_k)}, 0 when no unit is
 *     observed in d_k, or {@code NaN} when no unit can receive d_k
 * @param horvitzThompsonMean the total divided by N, or {@code NaN} when no unit is observed
 *     in d_k
 * @param hajekMean the total divided by {@code sum_i 1{D_i = d_k} / pi_i(d_k)}, or {@code NaN}
 *     when no unit is observed in d_k
 * @param totalVariance the conservative variance estimate V_k of the HT total
 * @param youngTerm the part of V_k from pairs with joint probability 0
 * @param meanVariance {@code V_k / N^2}, the variance estimate of the HT mean, or {@code NaN}
 *     when no unit is observed in d_k
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

    /** Returns whether at least one unit is observed in the condition, so it has estimates. */
    public boolean isObserved() {
        return unitsObserved > 0;
    }

    /**
     * Returns why the condition has no estimate, such as "no unit observed in c00", or an
     * empty string when it has one.
     */
    public String undefinedReason() {
        if (Double.isNaN(horvitzThompsonTotal)) {
            return "no unit can receive " + condition;
        }
        return unitsObserved == 0 ? "no unit observed in " + condition : "";
    }
}
