package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.synth.robustness.SpilloverStudyViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess.NoiseLevel;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;
import org.causalworkbench.estimators.synth.simulate.StrategyBias;

/**
 * Stores the spillover simulation study of the synthetic-control workspace: the simulated
 * process, the screening rules, the replicate count and base seed, and the bias of each
 * strategy. The study draws its own panels, so the entry reads no data source.
 */
public final class SpilloverStudyCodec {

    private SpilloverStudyCodec() {
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
    public static AnalysisEntry entry(String id, SpilloverStudyViewModel model,
            SpilloverStudyResult result, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("donors", model.donorsProperty().get());
        JsonValues.putDouble(c, "invalidShare", model.invalidShareProperty().get());
        c.put("noise", model.noiseProperty().get().name());
        c.put("replicates", model.replicatesProperty().get());
        c.put("keepCount", model.keepCountProperty().get());
        JsonValues.putDouble(c, "intervalLevel", model.intervalLevelProperty().get());
        c.put("ran", result != null);
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("baseSeed", model.seedProperty().get());
        return new AnalysisEntry(id, AnalysisType.SPILLOVER_SIMULATION_STUDY, List.of(), c,
                seeds, result == null ? null : result(result), stale);
    }

    /** Applies the stored settings to the study's view model. */
    public static void apply(AnalysisEntry entry, SpilloverStudyViewModel model) {
        ObjectNode c = entry.configuration();
        model.donorsProperty().set(JsonValues.integer(c, "donors"));
        model.invalidShareProperty().set(JsonValues.toDouble(c.get("invalidShare"),
                "invalidShare"));
        model.noiseProperty().set(JsonValues.enumValue(NoiseLevel.class, c, "noise"));
        model.replicatesProperty().set(JsonValues.integer(c, "replicates"));
        model.keepCountProperty().set(JsonValues.integer(c, "keepCount"));
        model.intervalLevelProperty().set(JsonValues.toDouble(c.get("intervalLevel"),
                "intervalLevel"));
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
    public static SpilloverStudyResult run(AnalysisEntry entry, ProgressSink progress,
            CancellationToken cancellation) {
        ObjectNode c = entry.configuration();
        return SpilloverStudyViewModel.runner(JsonValues.integer(c, "donors"),
                JsonValues.toDouble(c.get("invalidShare"), "invalidShare"),
                JsonValues.enumValue(NoiseLevel.class, c, "noise"),
                JsonValues.integer(c, "replicates"),
                JsonValues.longValue(entry.seeds(), "baseSeed"),
                JsonValues.integer(c, "keepCount"),
                JsonValues.toDouble(c.get("intervalLevel"), "intervalLevel"))
                .run(progress, cancellation);
    }

    /** Returns the result JSON: each strategy's mean and SD of the ATT bias. */
    public static ObjectNode result(SpilloverStudyResult result) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("replicates", result.rows().size());
        ObjectNode strategies = root.putObject("strategies");
        for (StrategyBias bias : result.summaries()) {
            ObjectNode strategy = strategies.putObject(bias.strategy());
            JsonValues.putDouble(strategy, "meanBias", bias.mean());
            JsonValues.putDouble(strategy, "sdBias", bias.sd());
        }
        return JsonValues.canonical(root);
    }
}
