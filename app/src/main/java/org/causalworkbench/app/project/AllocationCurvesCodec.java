package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.interference.classical.AllocationViewModel.Curves;
import org.causalworkbench.app.interference.classical.AllocationViewModel.Propensity;
import org.causalworkbench.app.interference.classical.AllocationViewModel.Settings;
import org.causalworkbench.estimators.interference.classical.AllocationGrid;
import org.causalworkbench.estimators.interference.classical.AllocationMeans;
import org.causalworkbench.estimators.interference.classical.EffectEstimate;

/**
 * Stores the allocation curves of the classical tab. The data are the interference workspace's
 * unit table. The configuration contains the propensity model, the grid and the reference
 * allocation of the TE and OE curves. The estimator draws no random numbers, so there are no
 * seeds. The result holds every effect of the grid, because the tab can show the TE and OE
 * curves of any reference allocation without estimating again.
 */
public final class AllocationCurvesCodec {

    private AllocationCurvesCodec() {
    }

    /**
     * Describes the curves as a project entry.
     *
     * @param id the entry id
     * @param unitsId the id of the unit table
     * @param settings the settings on screen
     * @param referenceIndex the grid index of the reference allocation alpha0
     * @param curves the curves on screen
     * @param stale whether the settings changed after the curves
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String unitsId, Settings settings,
            int referenceIndex, Curves curves, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("propensity", settings.propensity().name());
        JsonValues.putDouble(c, "knownProbability", settings.knownProbability());
        JsonValues.putDouble(c, "from", settings.from());
        JsonValues.putDouble(c, "to", settings.to());
        c.put("points", settings.points());
        c.put("referenceIndex", referenceIndex);
        return new AnalysisEntry(id, AnalysisType.ALLOCATION_CURVES, List.of(unitsId), c,
                JsonValues.MAPPER.createObjectNode(), result(curves), stale);
    }

    /** Reads the settings of an entry. */
    public static Settings settings(AnalysisEntry entry) {
        JsonNode c = entry.configuration();
        return new Settings(JsonValues.enumValue(Propensity.class, c, "propensity"),
                JsonValues.toDouble(c.get("knownProbability"), "knownProbability"),
                JsonValues.toDouble(c.get("from"), "from"),
                JsonValues.toDouble(c.get("to"), "to"), JsonValues.integer(c, "points"));
    }

    /** Reads the grid index of the reference allocation of an entry. */
    public static int referenceIndex(AnalysisEntry entry) {
        return JsonValues.integer(entry.configuration(), "referenceIndex");
    }

    /**
     * Estimates the curves without a window, as the tab does.
     *
     * @param entry the entry
     * @param project the project holding the unit table
     * @return the curves
     */
    public static Curves estimate(AnalysisEntry entry, ProjectDocument project) {
        return org.causalworkbench.app.interference.classical.AllocationViewModel.compute(
                InterferenceCodec.table(entry, project), settings(entry));
    }

    /** Returns the result JSON: the means and every effect over the grid, and the notes. */
    public static ObjectNode result(Curves curves) {
        AllocationGrid grid = curves.grid();
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.set("allocations", JsonValues.doubles(grid.allocations().stream()
                .mapToDouble(Double::doubleValue).toArray()));
        ArrayNode means = root.putArray("means");
        for (AllocationMeans m : grid.means()) {
            ObjectNode item = means.addObject();
            JsonValues.putDouble(item, "allocation", m.allocation());
            JsonValues.putDouble(item, "untreatedMean", m.untreatedMean());
            JsonValues.putDouble(item, "untreatedVariance", m.untreatedVariance());
            JsonValues.putDouble(item, "treatedMean", m.treatedMean());
            JsonValues.putDouble(item, "treatedVariance", m.treatedVariance());
            JsonValues.putDouble(item, "marginalMean", m.marginalMean());
            JsonValues.putDouble(item, "marginalVariance", m.marginalVariance());
            JsonValues.putDouble(item, "maxGroupWeight", m.maxGroupWeight());
        }
        root.set("direct", effects(List.of(grid.direct())));
        root.set("indirect", effects(grid.indirect()));
        root.set("total", effects(grid.total()));
        root.set("overall", effects(grid.overall()));
        root.set("notes", JsonValues.strings(curves.notes()));
        return JsonValues.canonical(root);
    }

    /** Writes rows of effects as a matrix of estimates and one of standard errors. */
    private static ObjectNode effects(List<List<EffectEstimate>> rows) {
        double[][] estimates = new double[rows.size()][];
        double[][] errors = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            estimates[r] = rows.get(r).stream().mapToDouble(EffectEstimate::estimate).toArray();
            errors[r] = rows.get(r).stream().mapToDouble(EffectEstimate::standardError)
                    .toArray();
        }
        ObjectNode node = JsonValues.MAPPER.createObjectNode();
        node.set("estimate", JsonValues.matrix(estimates));
        node.set("standardError", JsonValues.matrix(errors));
        return node;
    }
}
