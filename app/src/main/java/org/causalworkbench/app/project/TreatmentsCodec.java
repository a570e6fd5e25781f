package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.app.cli.ContrastiveJson;
import org.causalworkbench.app.repr.TreatmentsPreset;
import org.causalworkbench.app.repr.TreatmentsViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;

/**
 * Stores the structured-treatment panel's lab run: the preset and the seed, and the result in
 * the {@code contrastive} command's JSON. The toy is generated from the seed, so the entry
 * reads no data source. The threshold sweep is not stored.
 */
public final class TreatmentsCodec {

    private TreatmentsCodec() {
    }

    /**
     * Describes the run as a project entry, or returns {@code null} when the panel's lab has
     * sizes of no preset.
     *
     * @param id the entry id
     * @param model the structured-treatment panel's view model
     */
    public static AnalysisEntry entry(String id, TreatmentsViewModel model) {
        TreatmentsPreset preset = model.preset();
        if (preset == null) {
            return null;
        }
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("preset", preset.name());
        LabResult result = model.resultProperty().get();
        c.put("ran", result != null);
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("seed", model.seedProperty().get());
        // A stale result belongs to other settings, so opening the project runs the lab anew.
        boolean current = result != null && !model.staleProperty().get();
        return new AnalysisEntry(id, AnalysisType.STRUCTURED_TREATMENTS, List.of(), c, seeds,
                current ? result(model.lab(), model.seedProperty().get(), result) : null, false);
    }

    /**
     * Checks every stored setting without changing a panel.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public static void validate(AnalysisEntry entry) {
        preset(entry);
        JsonValues.labSeed(entry.seeds(), "seed");
        entry.ranWhenSaved();
    }

    /** Applies the stored preset and seed to the structured-treatment panel. */
    public static void apply(AnalysisEntry entry, TreatmentsViewModel model) {
        validate(entry);
        model.applyPreset(preset(entry));
        model.seedProperty().set(JsonValues.labSeed(entry.seeds(), "seed"));
    }

    /**
     * Runs the lab again without a window.
     *
     * @param entry the entry
     * @param progress receives progress
     * @param cancellation checked between training steps
     * @return the result
     */
    public static LabResult run(AnalysisEntry entry, ProgressSink progress,
            CancellationToken cancellation) {
        return preset(entry).lab().run(JsonValues.labSeed(entry.seeds(), "seed"), progress,
                cancellation);
    }

    /** Returns the result JSON of a re-run of {@code entry}. */
    static ObjectNode result(AnalysisEntry entry, LabResult result) {
        return result(preset(entry).lab(), JsonValues.labSeed(entry.seeds(), "seed"), result);
    }

    /** Returns the result JSON, as the {@code contrastive} command writes it. */
    public static ObjectNode result(StructuredTreatmentLab lab, long seed, LabResult result) {
        return JsonValues.canonical(ContrastiveJson.toJson(seed, lab.contrastive().loss(),
                result));
    }

    private static TreatmentsPreset preset(AnalysisEntry entry) {
        String name = JsonValues.text(entry.configuration(), "preset");
        return Arrays.stream(TreatmentsPreset.values())
                .filter(preset -> preset.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the structured-treatment"
                        + " preset '" + name + "' is unknown; expected one of "
                        + Arrays.stream(TreatmentsPreset.values()).map(Enum::name).toList()));
    }
}
