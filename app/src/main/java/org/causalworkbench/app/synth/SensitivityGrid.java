package org.causalworkbench.app.synth;

import org.causalworkbench.estimators.synth.spillover.EffectSurface;

/** The grid of the sensitivity contour: spillover sizes Γ and suspect weight shares π. */
final class SensitivityGrid {

    /** Grid points along Γ. */
    static final int SIZES = 61;
    /** Grid points along π. */
    static final int SHARES = 41;

    private SensitivityGrid() {
    }

    /**
     * Evaluates the adjusted effect over Γ from 0 to three times the larger of |τ̂| and the
     * pre-period RMSPE, so the zero contour (Γπ = |τ̂|) reaches down to π = 1/3, and over π from
     * 0 to 1.
     */
    static EffectSurface surface(SensitivityOutcome outcome, int sign) {
        double att = outcome.sensitivity().fit().att();
        double scale = Math.max(Math.abs(att), outcome.preRmspe());
        double top = 3 * (scale > 0 && Double.isFinite(scale) ? scale : 1);
        double[] sizes = new double[SIZES];
        for (int i = 0; i < SIZES; i++) {
            sizes[i] = top * i / (SIZES - 1);
        }
        double[] shares = new double[SHARES];
        for (int k = 0; k < SHARES; k++) {
            shares[k] = (double) k / (SHARES - 1);
        }
        return outcome.sensitivity().effectSurface(sizes, shares, sign);
    }
}
