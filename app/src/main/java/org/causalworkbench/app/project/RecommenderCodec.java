package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.app.cli.CrlJson;
import org.causalworkbench.app.repr.RecommenderPreset;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;

/**
 * Stores the recommender panel's penalty sweep on the synthetic world: the preset, the
 * lambda list as typed and the seed, and the result in the {@code crl} command's JSON. The
 * world is generated from the seed, so the entry reads no data source.
 *
 * <p>A sweep on imported KuaiRand logs is not stored, because projects do not embed those
 * logs; {@link #entry} returns {@code null} for it, as for a panel without a preset.
 */
public final class RecommenderCodec {

    private RecommenderCodec() {
    }

    /**
     * Describes the sweep as a project entry, or returns {@code null} when the panel trains
     * on imported logs or on sizes of no preset.
     *
     * @param id the entry id
     * @param model the recommender panel's view model
     */
    public static AnalysisEntry entry(String id, RecommenderViewModel model) {
        RecommenderPreset preset = model.preset();
        if (preset == null || model.kuaiRandProperty().get() != null) {
            return null;
        }
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("preset", preset.name());
        c.put("lambdas", model.lambdasProperty().get());
        List<RecommenderEvaluation> result = model.resultProperty().get();
        // A list that does not parse cannot be run again, so the entry keeps the text as
        // typed and counts as not run. Opening it shows the text and an empty panel.
        c.put("ran", result != null && hasValidLambdas(model));
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("seed", model.seedProperty().get());
        // A stale result belongs to other settings, so opening the project runs the sweep anew.
        boolean current = result != null && !model.staleProperty().get();
        return new AnalysisEntry(id, AnalysisType.RECOMMENDER_SWEEP, List.of(), c, seeds,
                current ? result(model.trainingConfig().epochs(), model.seedProperty().get(),
                        result) : null, false);
    }

    /** Returns whether the panel's typed lambda list parses. */
    static boolean hasValidLambdas(RecommenderViewModel model) {
        try {
            model.parsedLambdas();
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    /**
     * Checks every stored setting without changing a panel. The lambda list must be text but
     * need not parse, because the panel saves it as typed; it must parse when the entry ran.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public static void validate(AnalysisEntry entry) {
        preset(entry);
        String lambdas = JsonValues.text(entry.configuration(), "lambdas");
        if (entry.ranWhenSaved()) {
            RecommenderViewModel.parseLambdas(lambdas);
        }
        JsonValues.labSeed(entry.seeds(), "seed");
    }

    /** Applies the stored preset, lambda list and seed to the recommender panel. */
    public static void apply(AnalysisEntry entry, RecommenderViewModel model) {
        validate(entry);
        model.applyPreset(preset(entry));
        model.lambdasProperty().set(JsonValues.text(entry.configuration(), "lambdas"));
        model.seedProperty().set(JsonValues.labSeed(entry.seeds(), "seed"));
    }

    /**
     * Runs the sweep again without a window, one lambda at a time as the panel does.
     *
     * @param entry the entry
     * @param progress receives progress
     * @param cancellation checked between training steps
     * @return one evaluation per lambda
     * @throws IllegalArgumentException if the stored lambda list is invalid
     */
    public static List<RecommenderEvaluation> run(AnalysisEntry entry, ProgressSink progress,
            CancellationToken cancellation) {
        RecommenderPreset preset = preset(entry);
        long seed = JsonValues.labSeed(entry.seeds(), "seed");
        List<Double> lambdas = RecommenderViewModel.parseLambdas(
                JsonValues.text(entry.configuration(), "lambdas"));
        var dataset = RecommenderGenerator.generate(preset.data(seed));
        return lambdas.stream().map(lambda -> LambdaSweep.run(dataset, preset.training(seed),
                List.of(lambda), progress, cancellation).get(0)).toList();
    }

    /** Returns the result JSON of a re-run of {@code entry}. */
    static ObjectNode result(AnalysisEntry entry, List<RecommenderEvaluation> sweep) {
        long seed = JsonValues.labSeed(entry.seeds(), "seed");
        return result(preset(entry).training(seed).epochs(), seed, sweep);
    }

    /** Returns the result JSON, as the {@code crl} command writes it. */
    public static ObjectNode result(int epochs, long seed, List<RecommenderEvaluation> result) {
        return JsonValues.canonical(CrlJson.syntheticJson(seed, epochs, result));
    }

    private static RecommenderPreset preset(AnalysisEntry entry) {
        String name = JsonValues.text(entry.configuration(), "preset");
        for (RecommenderPreset preset : RecommenderPreset.values()) {
            if (preset.name().equals(name)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("the recommender preset '" + name + "' is unknown;"
                + " expected one of " + Arrays.stream(RecommenderPreset.values())
                        .map(Enum::name).toList());
    }
}
