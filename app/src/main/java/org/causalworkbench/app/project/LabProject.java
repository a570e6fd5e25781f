package org.causalworkbench.app.project;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.app.repr.TreatmentsViewModel;

/**
 * Moves the recommender and structured-treatment panels of the Representation lab into a
 * project and back. Both generate their data from a seed, so their entries read no data
 * source, and opening a project runs each again when it had run at save time.
 */
final class LabProject {

    static final String RECOMMENDER_ID = "recommender-sweep";
    static final String TREATMENTS_ID = "structured-treatments";

    private final RecommenderViewModel recommender;
    private final TreatmentsViewModel treatments;
    private final PendingRuns pending;

    LabProject(RecommenderViewModel recommender, TreatmentsViewModel treatments,
            PendingRuns pending) {
        this.recommender = recommender;
        this.treatments = treatments;
        this.pending = pending;
    }

    /** Adds the entry of the recommender sweep, unless it trains on imported logs. */
    void captureRecommender(List<AnalysisEntry> analyses) {
        AnalysisEntry entry = RecommenderCodec.entry(RECOMMENDER_ID, recommender);
        if (entry != null) {
            analyses.add(entry);
        }
    }

    /** Returns sentences naming the panel work that a save leaves out, or an empty text. */
    String notSaved() {
        List<String> sentences = new ArrayList<>();
        if (recommender.kuaiRandProperty().get() != null) {
            sentences.add("The recommender sweep on imported KuaiRand logs is not saved,"
                    + " because projects do not store the logs.");
        } else if (recommender.resultProperty().get() != null
                && !RecommenderCodec.hasValidLambdas(recommender)) {
            sentences.add("The recommender sweep on screen is not saved, because the lambda"
                    + " list is invalid; its text is saved as typed.");
        }
        if (treatments.thresholdsProperty().get() != null) {
            sentences.add("The threshold sweep is not saved; press Thresholds again after"
                    + " opening the project.");
        }
        return String.join(" ", sentences);
    }

    /** Adds the entry of the structured-treatment lab. */
    void captureTreatments(List<AnalysisEntry> analyses) {
        AnalysisEntry entry = TreatmentsCodec.entry(TREATMENTS_ID, treatments);
        if (entry != null) {
            analyses.add(entry);
        }
    }

    /** Returns the result object on screen of a lab entry, or {@code null}. */
    Object shown(AnalysisType type) {
        return switch (type) {
            case RECOMMENDER_SWEEP -> recommender.resultProperty().get();
            case STRUCTURED_TREATMENTS -> treatments.resultProperty().get();
            default -> throw new IllegalArgumentException(type + " is not a lab analysis");
        };
    }

    /**
     * Applies a lab entry's settings to its panel, and runs it when it had run at save time or
     * drops its results when it had not. A job still running on the panel is cancelled first,
     * because its result would belong to other settings. The recommender panel drops an
     * imported KuaiRand subset, because the stored sweep ran on the synthetic world.
     *
     * @param entry the entry
     * @param run whether to run the panel after applying the settings
     */
    void restore(AnalysisEntry entry, boolean run) {
        switch (entry.type()) {
            case RECOMMENDER_SWEEP -> {
                RecommenderCodec.apply(entry, recommender);
                pending.afterStopping(recommender.runningProperty(), recommender::cancel, () -> {
                    recommender.useSynthetic();
                    if (run) {
                        recommender.run();
                    } else {
                        recommender.clear();
                    }
                });
            }
            case STRUCTURED_TREATMENTS -> {
                TreatmentsCodec.apply(entry, treatments);
                pending.afterStopping(treatments.runningProperty(), treatments::cancel,
                        run ? treatments::run : treatments::clear);
            }
            default -> throw new IllegalArgumentException(entry.type()
                    + " is not a lab analysis");
        }
    }
}
