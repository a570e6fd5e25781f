package org.causalworkbench.app.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.AverageGapFalsification;
import org.causalworkbench.estimators.obsexp.BandFalsification;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.causalworkbench.estimators.obsexp.GapIntervals;
import org.causalworkbench.estimators.obsexp.GapModel;
import org.causalworkbench.estimators.obsexp.GapPrediction;
import org.causalworkbench.estimators.obsexp.KernelMomentFalsification;
import org.causalworkbench.estimators.obsexp.PseudoOutcomes;
import org.causalworkbench.estimators.obsexp.TrialData;
import org.causalworkbench.estimators.obsexp.UniformBound;

/**
 * Runs an observational-meets-experimental analysis: the falsification tests on the trial, then
 * the gap model and its intervals. The window and the command line both go through here.
 */
public final class ObsExpAnalysis {

    private ObsExpAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param request the settings
     * @param progress receives progress of the bootstrap and the hyperparameter search
     * @param cancellation checked between units of work
     * @return the outcome
     */
    public static ObsExpOutcome run(ObsExpRequest request, ProgressSink progress,
            CancellationToken cancellation) {
        Map<String, FalsificationResult> tests = falsify(request, progress, cancellation);
        cancellation.throwIfCancellationRequested();
        progress.message("Fitting the gap model");
        GapIntervals method = GapIntervals.withDefaults().withSeed(request.seed());
        if (request.hyperparameters() != null) {
            method = method.withHyperparameters(request.hyperparameters());
        }
        GapModel model = method.fit(request.trial(), request.omegaAtTrial(), progress,
                cancellation);
        List<GapPrediction> evaluation = model.predict(request.evaluationPoints(),
                request.omegaAtEvaluation());
        double multiplier = Double.NaN;
        List<GapPrediction> uniform = List.of();
        if (!Double.isNaN(request.uniformBoundDelta())) {
            double[][] x = request.trial().covariates();
            int binary = UniformBound.countBinary(x);
            multiplier = UniformBound.multiplier(x[0].length - binary, binary,
                    UniformBound.DEFAULT_GRID, request.uniformBoundDelta());
            uniform = model.predict(request.evaluationPoints(), request.omegaAtEvaluation(),
                    multiplier);
        }
        return new ObsExpOutcome(request, model, evaluation, tests, multiplier, uniform);
    }

    /** Runs the requested tests on the residual R = score - omega, with a zero hypothesised gap. */
    private static Map<String, FalsificationResult> falsify(ObsExpRequest request,
            ProgressSink progress, CancellationToken cancellation) {
        TrialData trial = request.trial();
        double[] score = request.aipw()
                ? PseudoOutcomes.withDefaults().withSeed(request.seed()).aipw(
                        trial.covariates(), trial.treatment(), trial.outcome(),
                        trial.propensity()).scores()
                : PseudoOutcomes.ipw(trial.outcome(), trial.treatment(), trial.propensity());
        double[] residuals = PseudoOutcomes.adjustedTargets(score, request.omegaAtTrial());
        Map<String, FalsificationResult> results = new LinkedHashMap<>();
        for (String test : request.tests()) {
            cancellation.throwIfCancellationRequested();
            switch (test) {
                case "f1" -> results.put(test, AverageGapFalsification.withDefaults()
                        .withAlpha(request.alpha()).test(residuals));
                case "f2" -> results.put(test, KernelMomentFalsification.withDefaults()
                        .withAlpha(request.alpha()).withSeed(request.seed())
                        .test(trial.covariates(), residuals, progress, cancellation));
                case "f3" -> results.put(test, band(request, residuals));
                default -> throw new IllegalArgumentException("unknown test '" + test + "'");
            }
        }
        return results;
    }

    private static FalsificationResult band(ObsExpRequest request, double[] residuals) {
        double[][] x = request.trial().covariates();
        double[] binning = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            binning[i] = x[i][request.binCovariate()];
        }
        double[] lower = new double[x.length];
        double[] upper = new double[x.length];
        Arrays.fill(lower, request.band()[0]);
        Arrays.fill(upper, request.band()[1]);
        return BandFalsification.withDefaults().withAlpha(request.alpha())
                .withBins(request.bins()).test(residuals, binning, lower, upper);
    }
}
