package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.synth.robustness.DebiasOutcome;
import org.causalworkbench.app.synth.robustness.DebiasViewModel;
import org.causalworkbench.app.synth.robustness.InstrumentSource;
import org.causalworkbench.app.synth.robustness.SynthSettings;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.ProximalSyntheticControl;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;

/**
 * Stores the debiased (proximal) synthetic control of the Debias tab: a copy of the
 * synthetic-control entry's settings, the instrument source and the estimator options, and
 * the instrumented fit beside the plain one.
 */
public final class DebiasCodec {

    private DebiasCodec() {
    }

    /**
     * Describes the debiased fit as a project entry.
     *
     * @param id the entry id
     * @param fit the synthetic-control entry whose panel and pool it uses
     * @param model the Debias tab's view model, for its options
     * @param outcome the fit on screen, or {@code null} when none ran
     * @param stale whether the settings changed after it
     * @return the entry
     */
    public static AnalysisEntry entry(String id, AnalysisEntry fit, DebiasViewModel model,
            DebiasOutcome outcome, boolean stale) {
        ObjectNode c = fit.configuration().deepCopy();
        ObjectNode options = c.putObject("debias");
        options.put("source", model.sourceProperty().get().name());
        options.put("intercept", model.interceptProperty().get());
        options.put("unconstrained", model.unconstrainedProperty().get());
        options.put("componentCount", model.componentCountProperty().get());
        c.put("ran", outcome != null);
        return new AnalysisEntry(id, AnalysisType.DEBIASED_SYNTHETIC_CONTROL, fit.data(), c,
                JsonValues.MAPPER.createObjectNode(), outcome == null ? null : result(outcome),
                stale);
    }

    /** Applies the stored options to the Debias tab. */
    public static void apply(AnalysisEntry entry, DebiasViewModel model) {
        JsonNode options = JsonValues.object(entry.configuration(), "debias");
        model.sourceProperty().set(JsonValues.enumValue(InstrumentSource.class, options,
                "source"));
        model.interceptProperty().set(JsonValues.bool(options, "intercept"));
        model.unconstrainedProperty().set(JsonValues.bool(options, "unconstrained"));
        model.componentCountProperty().set(JsonValues.integer(options, "componentCount"));
    }

    /**
     * Fits again without a window, through the code the Debias tab runs.
     *
     * @param entry the entry
     * @param project the project holding the panel
     * @param progress receives progress
     * @param cancellation checked between the fits
     * @return the outcome
     */
    public static DebiasOutcome fit(AnalysisEntry entry, ProjectDocument project,
            ProgressSink progress, CancellationToken cancellation) {
        SynthRequest request = SynthControlCodec.request(entry, project);
        JsonNode options = JsonValues.object(entry.configuration(), "debias");
        boolean intercept = JsonValues.bool(options, "intercept");
        ProximalSyntheticControl estimator = ProximalSyntheticControl.withDefaults()
                .withIntercept(intercept)
                .withUnconstrained(JsonValues.bool(options, "unconstrained"))
                .withComponentCount(JsonValues.integer(options, "componentCount"));
        return DebiasViewModel.compute(new SynthSettings(request.panel(), request.treatedUnit(),
                request.interventionTime(), request.excludedDonors()),
                JsonValues.enumValue(InstrumentSource.class, options, "source"), estimator,
                intercept, progress, cancellation);
    }

    /** Returns the result JSON: the instrumented fit and the plain fit's ATT. */
    public static ObjectNode result(DebiasOutcome outcome) {
        ProximalSyntheticControlResult fit = outcome.proximal();
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        JsonValues.putDouble(root, "att", fit.att());
        JsonValues.putDouble(root, "plainAtt", fit.plainAtt());
        JsonValues.putDouble(root, "plainFitAtt", outcome.plain().att());
        ObjectNode weights = root.putObject("weights");
        double[] values = fit.weights();
        for (int j = 0; j < values.length; j++) {
            JsonValues.putDouble(weights, fit.keptDonors().get(j), values[j]);
        }
        root.put("instruments", fit.firstStage().instruments().size());
        root.put("method", fit.method().name());
        JsonValues.putDouble(root, "intercept", fit.intercept());
        JsonValues.putDouble(root, "preRmspe", fit.preRmspe());
        root.set("warnings", JsonValues.strings(fit.warnings()));
        root.set("notes", JsonValues.strings(fit.notes()));
        return JsonValues.canonical(root);
    }
}
