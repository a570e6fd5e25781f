package org.causalworkbench.app.synth.robustness;

import java.util.List;
import org.causalworkbench.estimators.synth.simulate.DonorStrategy;

/** The donor strategies the teaching study compares, in column order. */
final class TeachingStrategies {

    /** Names of the donor screens this build does not compare yet. */
    static final List<String> MISSING = List.of("S1", "S2");

    private TeachingStrategies() {
    }

    /**
     * Returns every strategy: all donors and the oracle's valid donors.
     *
     * <p>TODO: add the S1 (top-n forecast error) and S2 (predictive-interval) screens here once
     * the simulation package offers them as {@link DonorStrategy} values, and empty
     * {@link #MISSING}.
     */
    static List<DonorStrategy> available() {
        return List.of(DonorStrategy.ALL, DonorStrategy.VALID);
    }
}
