package org.causalworkbench.estimators.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights, effect estimates and fit diagnostics of one synthetic-control fit.
 *
 * <p>The series arrays run over every panel time in ascending order. The gap is observed minus
 * synthetic. RMSPE is the root mean squared gap over the pre-period (times before the
 * intervention) or the post-period (the intervention time and after). The ATT is the mean gap
 * over the post-period.
 *
 * @param treatedUnit the treated unit
 * @param interventionTime the first post-intervention time
 * @param donors the donor pool, in panel order
 * @param weights one weight per donor, non-negative and summing to one
 * @param times every panel time
 * @param observed the treated unit's outcome at each time
 * @param synthetic the weighted donors' outcome at each time
 * @param gap observed minus synthetic at each time
 * @param att the average gap after the intervention
 * @param preRmspe the pre-period root mean squared gap
 * @param postRmspe the post-period root mean squared gap
 * @param diagnostics solver and data diagnostics
 */
public record SyntheticControlResult(String treatedUnit, double interventionTime,
        List<String> donors, double[] weights, double[] times, double[] observed,
        double[] synthetic, double[] gap, double att, double preRmspe, double postRmspe,
        FitDiagnostics diagnostics) {

    /** Copies the arrays and list so the record stays immutable. */
    public SyntheticControlResult {
        donors = List.copyOf(donors);
        weights = weights.clone();
        times = times.clone();
        observed = observed.clone();
        synthetic = synthetic.clone();
        gap = gap.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] synthetic() {
        return synthetic.clone();
    }

    @Override
    public double[] gap() {
        return gap.clone();
    }

    /**
     * Returns post-RMSPE divided by pre-RMSPE: positive infinity when the pre-period fit is
     * exact and the post-period gap is not, and NaN when both are zero.
     */
    public double rmspeRatio() {
        return postRmspe / preRmspe;
    }

    /** Returns the weights by donor name, in donor order. */
    public Map<String, Double> weightsByDonor() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int j = 0; j < donors.size(); j++) {
            map.put(donors.get(j), weights[j]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Returns the weight of one donor, zero for a unit outside the pool. */
    public double weightOf(String donor) {
        int index = donors.indexOf(donor);
        return index < 0 ? 0 : weights[index];
    }
}
