package org.causalworkbench.app.analysis;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.PlaceboInference;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Runs a synthetic-control analysis: the fit, then the placebo study when requested. The window
 * and the command line both go through here, so they report the same numbers.
 */
public final class SynthAnalysis {

    private SynthAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param request the settings
     * @param progress receives progress of the placebo fits
     * @param cancellation checked before the fit and between placebo fits
     * @return the outcome
     * @throws org.causalworkbench.estimators.data.DataFormatException if the settings do not fit
     *     the data
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static SynthOutcome run(SynthRequest request, ProgressSink progress,
            CancellationToken cancellation) {
        SyntheticControlSetup setup = SyntheticControlSetup.of(request.panel(),
                request.treatedUnit(), request.interventionTime(), request.excludedDonors());
        cancellation.throwIfCancellationRequested();
        progress.message("Fitting the synthetic control for " + request.treatedUnit());
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(setup);
        PlaceboResult placebo = null;
        if (request.placebo()) {
            placebo = PlaceboInference.withDefaults()
                    .withTreatedInPlaceboPools(request.treatedInPlaceboPools())
                    .run(setup, progress, cancellation);
        } else {
            progress.progress(1, 1);
        }
        return new SynthOutcome(request, fit, placebo);
    }
}
