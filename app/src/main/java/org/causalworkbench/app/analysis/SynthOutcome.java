package org.causalworkbench.app.analysis;

import java.util.Optional;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.SyntheticControlResult;

/**
 * The fit of one analysis and, when requested, its placebo study.
 *
 * @param request the settings the analysis ran with
 * @param fit the treated unit's synthetic control
 * @param placebo the placebo study, or {@code null} when not requested
 */
public record SynthOutcome(SynthRequest request, SyntheticControlResult fit,
        PlaceboResult placebo) {

    /** Returns the placebo study, when the analysis ran one. */
    public Optional<PlaceboResult> placeboResult() {
        return Optional.ofNullable(placebo);
    }
}
