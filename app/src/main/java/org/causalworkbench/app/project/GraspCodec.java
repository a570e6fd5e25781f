package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.cli.GraspJson;
import org.causalworkbench.app.repr.GraspViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspExperiment;
import org.causalworkbench.estimators.repr.grasp.GraspResult;

/**
 * Stores the GRASP experiment of the Representation lab: the correlation, task complexity,
 * adapter rank and seed the panel sets, and the result in the {@code grasp} command's JSON.
 * The experiment draws its own prompts, so the entry reads no data source.
 */
public final class GraspCodec {

    private GraspCodec() {
    }

    /**
     * Describes the experiment as a project entry.
     *
     * @param id the entry id
     * @param model the GRASP panel's view model
     * @return the entry
     */
    public static AnalysisEntry entry(String id, GraspViewModel model) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        JsonValues.putDouble(c, "correlation", model.correlationProperty().get());
        c.put("complexity", model.complexityProperty().get());
        c.put("rank", model.rankProperty().get());
        GraspResult result = model.resultProperty().get();
        c.put("ran", result != null);
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("seed", model.seedProperty().get());
        return new AnalysisEntry(id, AnalysisType.GRASP_EXPERIMENT, List.of(), c, seeds,
                result == null ? null : result(model.resultConfigurationProperty().get(),
                        result), result != null && model.staleProperty().get());
    }

    /** Applies the stored settings to the GRASP panel. */
    public static void apply(AnalysisEntry entry, GraspViewModel model) {
        ObjectNode c = entry.configuration();
        model.correlationProperty().set(JsonValues.toDouble(c.get("correlation"),
                "correlation"));
        model.complexityProperty().set(JsonValues.integer(c, "complexity"));
        model.rankProperty().set(JsonValues.integer(c, "rank"));
        model.seedProperty().set(JsonValues.labSeed(entry.seeds(), "seed"));
    }

    /** Returns the configuration of an entry, on the window's defaults. */
    public static GraspConfiguration configuration(AnalysisEntry entry) {
        ObjectNode c = entry.configuration();
        return GraspConfiguration.withDefaults()
                .withCorrelation(JsonValues.toDouble(c.get("correlation"), "correlation"))
                .withComplexity(JsonValues.integer(c, "complexity"))
                .withRank(JsonValues.integer(c, "rank"))
                .withSeed(JsonValues.labSeed(entry.seeds(), "seed"));
    }

    /**
     * Runs the experiment again without a window.
     *
     * @param entry the entry
     * @param progress receives progress
     * @param cancellation checked between training steps
     * @return the result
     */
    public static GraspResult run(AnalysisEntry entry, ProgressSink progress,
            CancellationToken cancellation) {
        return GraspExperiment.run(configuration(entry), progress, cancellation);
    }

    /** Returns the result JSON, as the {@code grasp} command writes it. */
    public static ObjectNode result(GraspConfiguration configuration, GraspResult result) {
        return JsonValues.canonical(GraspJson.toJson(configuration, result));
    }
}
