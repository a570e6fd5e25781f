package org.causalworkbench.estimators.synth;

import java.util.List;

/**
 * Weights, effect and first-stage diagnostics of a proximal (instrumented) synthetic-control fit.
 *
 * <p>The synthetic outcome is {@code intercept + sum_j weights[j] * y_jt} over the observed kept
 * donors at every time, and the gap is observed minus synthetic. RMSPE and ATT are defined as in
 * {@link SyntheticControlResult}.
 *
 * @param treatedUnit the treated unit
 * @param interventionTime the first post-intervention time
 * @param method how the weights were estimated; {@link Method#PLAIN_FALLBACK} when the
 *     instruments could not identify them
 * @param keptDonors the donors whose outcomes build the synthetic control, in panel order
 * @param weights one weight per kept donor
 * @param intercept the constant added to the weighted donors, 0 without an intercept
 * @param times every panel time
 * @param observed the treated unit's outcome at each time
 * @param synthetic the synthetic outcome at each time
 * @param gap observed minus synthetic at each time
 * @param att the average gap after the intervention
 * @param preRmspe the pre-period root mean squared gap on the observed donors
 * @param postRmspe the post-period root mean squared gap
 * @param plainAtt the ATT of plain synthetic control on the same pool with the same intercept
 *     setting
 * @param firstStage instrument strength
 * @param warnings problems a user must see, such as too few instruments; empty when none
 * @param notes other messages, such as dropped instruments or the use of principal components
 */
public record ProximalSyntheticControlResult(String treatedUnit, double interventionTime,
        Method method, List<String> keptDonors, double[] weights, double intercept,
        double[] times, double[] observed, double[] synthetic, double[] gap, double att,
        double preRmspe, double postRmspe, double plainAtt, FirstStageDiagnostics firstStage,
        List<String> warnings, List<String> notes) {

    /** How the second stage estimated the weights. */
    public enum Method {
        /** Simplex-constrained weights fitted to the projected target on the projected donors. */
        CONSTRAINED_2SLS,
        /** Unconstrained two-stage least squares: weights may be negative or not sum to one. */
        UNCONSTRAINED_2SLS,
        /** Plain synthetic control, because the instruments could not identify the weights. */
        PLAIN_FALLBACK
    }

    /** Copies the arrays and lists so the record stays immutable. */
    public ProximalSyntheticControlResult {
        keptDonors = List.copyOf(keptDonors);
        weights = weights.clone();
        times = times.clone();
        observed = observed.clone();
        synthetic = synthetic.clone();
        gap = gap.clone();
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
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

    /** Returns the ATT minus the plain synthetic control's ATT. */
    public double attChange() {
        return att - plainAtt;
    }

    /** Returns the weight of one kept donor, zero for any other unit. */
    public double weightOf(String donor) {
        int index = keptDonors.indexOf(donor);
        return index < 0 ? 0 : weights[index];
    }
}
