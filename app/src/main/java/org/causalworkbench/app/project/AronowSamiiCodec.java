package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.interference.classical.AronowSamiiReport;
import org.causalworkbench.app.interference.classical.ContrastRow;
import org.causalworkbench.app.interference.classical.DesignChoice;
import org.causalworkbench.app.interference.classical.ExposureRow;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Stores the Aronow-Samii exposure estimates of the classical tab. The data are the interference
 * workspace's unit table, whose neighbour lists define the exposures. The configuration
 * contains the design, and the seeds contain the seed of the Monte Carlo draws of the exposure
 * probabilities.
 */
public final class AronowSamiiCodec {

    private AronowSamiiCodec() {
    }

    /**
     * Describes the estimates as a project entry.
     *
     * @param id the entry id
     * @param unitsId the id of the unit table
     * @param choice the design on screen
     * @param report the report on screen
     * @param stale whether the design changed after the report
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String unitsId, DesignChoice choice,
            AronowSamiiReport report, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("design", choice.kind().name());
        JsonValues.putDouble(c, "probability", choice.probability());
        c.put("treated", choice.treated());
        c.put("exact", choice.exact());
        c.put("draws", choice.draws());
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("draws", choice.seed());
        return new AnalysisEntry(id, AnalysisType.ARONOW_SAMII, List.of(unitsId), c, seeds,
                result(report), stale);
    }

    /** Reads the design of an entry, seed included. */
    public static DesignChoice design(AnalysisEntry entry) {
        JsonNode c = entry.configuration();
        return new DesignChoice(JsonValues.enumValue(DesignChoice.Kind.class, c, "design"),
                JsonValues.toDouble(c.get("probability"), "probability"),
                JsonValues.integer(c, "treated"), JsonValues.bool(c, "exact"),
                JsonValues.integer(c, "draws"), JsonValues.longValue(entry.seeds(), "draws"));
    }

    /**
     * Computes the exposure probabilities and estimates without a window, as the tab does.
     *
     * @param entry the entry
     * @param project the project holding the unit table
     * @param progress receives progress of the probability computation
     * @param cancellation checked after every assignment
     * @return the report
     */
    public static AronowSamiiReport estimate(AnalysisEntry entry, ProjectDocument project,
            ProgressSink progress, CancellationToken cancellation) {
        return AronowSamiiReport.compute(InterferenceCodec.table(entry, project), design(entry),
                progress, cancellation);
    }

    /** Returns the result JSON: the exposure and contrast tables and the warnings. */
    public static ObjectNode result(AronowSamiiReport report) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("design", report.design());
        ArrayNode exposures = root.putArray("exposures");
        for (ExposureRow row : report.exposures()) {
            ObjectNode item = exposures.addObject();
            item.put("condition", row.condition());
            item.put("meaning", row.meaning());
            item.put("unitsObserved", row.unitsObserved());
            JsonValues.putDouble(item, "minProbability", row.minProbability());
            JsonValues.putDouble(item, "maxProbability", row.maxProbability());
            JsonValues.putDouble(item, "horvitzThompson", row.horvitzThompson());
            JsonValues.putDouble(item, "horvitzThompsonError", row.horvitzThompsonError());
            JsonValues.putDouble(item, "hajek", row.hajek());
            JsonValues.putDouble(item, "hajekError", row.hajekError());
            item.put("undefinedReason", row.undefinedReason());
        }
        ArrayNode contrasts = root.putArray("contrasts");
        for (ContrastRow row : report.contrasts()) {
            ObjectNode item = contrasts.addObject();
            item.put("contrast", row.contrast());
            JsonValues.putDouble(item, "horvitzThompson", row.horvitzThompson());
            JsonValues.putDouble(item, "horvitzThompsonError", row.horvitzThompsonError());
            JsonValues.putDouble(item, "hajek", row.hajek());
            JsonValues.putDouble(item, "hajekError", row.hajekError());
            item.put("undefinedReason", row.undefinedReason());
        }
        root.set("warnings", JsonValues.strings(report.warnings()));
        return JsonValues.canonical(root);
    }
}
