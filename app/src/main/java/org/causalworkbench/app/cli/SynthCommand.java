package org.causalworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.PredictorSyntheticControl;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.ProximalSyntheticControl;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.SpilloverSensitivity;

/**
 * Runs the {@code synth} command: the optional donor screen, the fit on the kept donors, and
 * the optional sensitivity analysis, proximal fit and placebo study.
 *
 * <p>The excluded donors that {@code --sensitivity} bounds and {@code --debias} uses as
 * instruments are the donors the screen dropped when {@code --screen} is given, and the
 * {@code --exclude} units otherwise. Units excluded by hand stay out of the pool either way.
 */
final class SynthCommand {

    private SynthCommand() {
    }

    /**
     * Runs the analysis.
     *
     * @param arguments the parsed options
     * @return everything the JSON reports
     * @throws IllegalArgumentException if a setting does not fit the data
     */
    static SynthReport run(SynthArguments arguments) {
        PanelSpec spec = new PanelSpec(arguments.unitColumn(), arguments.timeColumn(),
                arguments.outcomeColumn(), null);
        CsvTable table = CsvTable.read(arguments.data());
        Panel panel = PanelReader.build(table, spec);
        SyntheticControlSetup pool = SyntheticControlSetup.of(panel, arguments.treatedUnit(),
                arguments.interventionTime(), arguments.excludedDonors());

        SynthReport.Screen screen = null;
        List<String> excludedForAnalysis = arguments.excludedDonors();
        List<String> excluded = arguments.excludedDonors();
        if (arguments.screen() != null) {
            screen = screen(arguments.screen(), pool);
            excludedForAnalysis = screen.dropped();
            List<String> all = new ArrayList<>(arguments.excludedDonors());
            all.addAll(screen.dropped());
            excluded = all;
        }
        SynthRequest request = new SynthRequest(panel, arguments.treatedUnit(),
                arguments.interventionTime(), excluded, arguments.placebo(),
                arguments.treatedInPlaceboPools());
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, arguments.treatedUnit(),
                arguments.interventionTime(), excluded);

        SynthOutcome outcome;
        PredictorSyntheticControlResult predictorFit = null;
        if (arguments.predictors() != null) {
            double lastPre = panel.time(setup.preCount() - 1);
            PredictorSyntheticControl estimator = PredictorSyntheticControl.of(
                    PredictorArguments.parse(arguments.predictors(), panel.time(0), lastPre))
                    .withSeed(arguments.seed());
            predictorFit = estimator.fit(setup, table);
            outcome = new SynthOutcome(request, predictorFit.fit(), null);
        } else {
            outcome = SynthAnalysis.run(request, ProgressSink.NONE, CancellationToken.NEVER);
        }

        SynthReport.Sensitivity sensitivity = null;
        if (arguments.sensitivity() != null) {
            sensitivity = sensitivity(setup, outcome, excludedForAnalysis,
                    arguments.sensitivity());
        }
        ProximalSyntheticControlResult debiased = null;
        if (arguments.debias()) {
            debiased = ProximalSyntheticControl.withDefaults().fit(setup, excludedForAnalysis);
        }
        return new SynthReport(outcome, screen, sensitivity, debiased, predictorFit,
                arguments.seed());
    }

    private static SynthReport.Screen screen(ScreenArguments arguments, SyntheticControlSetup pool) {
        DonorScreenResult result = arguments.toScreen().screen(pool, ProgressSink.NONE,
                CancellationToken.NEVER);
        List<String> kept = arguments.keep() > 0 ? result.keptByTopN()
                : result.keptByInterval();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("the screen flagged all " + pool.donors().size()
                    + " donors, so rule S2 keeps none; widen --interval (for example 0.99) or"
                    + " keep the best-predicted donors with --keep N");
        }
        List<String> dropped = new ArrayList<>(pool.donors());
        dropped.removeAll(kept);
        return new SynthReport.Screen(result, arguments.rule(), kept, dropped);
    }

    private static SynthReport.Sensitivity sensitivity(SyntheticControlSetup setup,
            SynthOutcome outcome, List<String> excluded, double gamma) {
        SpilloverSensitivity analysis = SpilloverSensitivity.of(setup, outcome.fit(),
                new LinkedHashSet<>(excluded));
        Map<String, Double> perDonor = analysis.breakEvenByDonor();
        return new SynthReport.Sensitivity(gamma, analysis.breakEven(), perDonor,
                analysis.falsePositiveBound(), analysis.falseNegativeBound(gamma),
                analysis.whatIf(SyntheticControl.withDefaults(), ProgressSink.NONE,
                        CancellationToken.NEVER));
    }
}
