package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.causalworkbench.app.obsexp.SimulationStudyViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.simulate.GapModelType;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateResult;

/**
 * Stores the observational-plus-experimental simulation study: its design, trial size,
 * replicate count and base seed, and the summary table per gap model. The study draws its own
 * data, so the entry reads no data source.
 */
public final class SimulationStudyCodec {

    private SimulationStudyCodec() {
    }

    /**
     * Describes the study as a project entry.
     *
     * @param id the entry id
     * @param model the study's view model, for its settings
     * @param result the study on screen, or {@code null} when none ran
     * @param stale whether the settings changed after it
     * @return the entry
     */
    public static AnalysisEntry entry(String id, SimulationStudyViewModel model,
            ReplicateResult result, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("design", model.designProperty().get().name());
        c.put("trialRows", model.trialRowsProperty().get());
        c.put("replicates", model.replicatesProperty().get());
        c.put("ran", result != null);
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("baseSeed", model.seedProperty().get());
        return new AnalysisEntry(id, AnalysisType.OBS_EXP_SIMULATION_STUDY, List.of(), c, seeds,
                result == null ? null : result(result), stale);
    }

    /** Applies the stored settings to the study's view model. */
    public static void apply(AnalysisEntry entry, SimulationStudyViewModel model) {
        ObjectNode c = entry.configuration();
        model.designProperty().set(JsonValues.enumValue(SimulationStudyViewModel.Design.class,
                c, "design"));
        model.trialRowsProperty().set(JsonValues.integer(c, "trialRows"));
        model.replicatesProperty().set(JsonValues.integer(c, "replicates"));
        model.seedProperty().set(Math.toIntExact(JsonValues.longValue(entry.seeds(),
                "baseSeed")));
    }

    /**
     * Runs the study again without a window, through the runner the study tab builds.
     *
     * @param entry the entry
     * @param progress receives progress per replicate
     * @param cancellation checked between replicates
     * @return the study
     */
    public static ReplicateResult run(AnalysisEntry entry, ProgressSink progress,
            CancellationToken cancellation) {
        ObjectNode c = entry.configuration();
        return SimulationStudyViewModel.runner(
                JsonValues.enumValue(SimulationStudyViewModel.Design.class, c, "design"),
                JsonValues.integer(c, "trialRows"), JsonValues.integer(c, "replicates"),
                JsonValues.longValue(entry.seeds(), "baseSeed")).run(progress, cancellation);
    }

    /** Returns the result JSON: coverage, width and error per gap model, in and out of support. */
    public static ObjectNode result(ReplicateResult result) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("design", result.design());
        root.put("replicates", result.replicates());
        ObjectNode models = root.putObject("models");
        for (Map.Entry<GapModelType, ReplicateResult.ModelSummary> entry
                : result.summaries().entrySet()) {
            ObjectNode model = models.putObject(entry.getKey().name());
            summary(model.putObject("inSupport"), entry.getValue().inSupport());
            summary(model.putObject("outOfSupport"), entry.getValue().outOfSupport());
        }
        return JsonValues.canonical(root);
    }

    private static void summary(ObjectNode node, ReplicateResult.MetricSummary metrics) {
        JsonValues.putDouble(node, "coverage", metrics.coverage().mean());
        JsonValues.putDouble(node, "coverageSd", metrics.coverage().sd());
        JsonValues.putDouble(node, "width", metrics.width().mean());
        JsonValues.putDouble(node, "meanSquaredError", metrics.meanSquaredError().mean());
    }
}
