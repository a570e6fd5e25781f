package org.causalworkbench.app.synth.robustness;

import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlResult;

/**
 * The debiased fit of one run beside the plain fit on the same donor pool.
 *
 * @param settings the workspace settings the run used
 * @param source where the instruments came from
 * @param intercept whether both stages fitted an intercept
 * @param proximal the instrumented fit; its {@code plainAtt} uses the same intercept setting
 * @param plain the outcome-only synthetic control without intercept on the same pool, whose
 *     weights the panel shows as the plain weights
 */
public record DebiasOutcome(SynthSettings settings, InstrumentSource source, boolean intercept,
        ProximalSyntheticControlResult proximal, SyntheticControlResult plain) {

    /** Returns whether the fit fell back to plain synthetic control for lack of instruments. */
    public boolean fellBack() {
        return proximal.method() == ProximalSyntheticControlResult.Method.PLAIN_FALLBACK;
    }
}
