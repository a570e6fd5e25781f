package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.ScreenSettings;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;

/**
 * Stores the donor pool and its spillover screen: every donor's include, trusted and reason
 * decision, the screen settings, the treated unit and intervention time it screens for, and
 * the per-donor scores. It reads the synthetic-control analysis' panel.
 */
public final class DonorScreenCodec {

    /** One donor's decisions in the pool editor. */
    public record Decision(String unit, boolean included, boolean trusted, String reason) {
    }

    private DonorScreenCodec() {
    }

    /** Returns the decisions of the donors on screen. */
    public static List<Decision> decisions(List<DonorChoice> donors) {
        List<Decision> decisions = new ArrayList<>();
        for (DonorChoice donor : donors) {
            decisions.add(new Decision(donor.unit(), donor.isIncluded(),
                    donor.trustedProperty().get(), donor.reasonProperty().get() == null ? ""
                            : donor.reasonProperty().get()));
        }
        return decisions;
    }

    /**
     * Describes the pool and its screen as a project entry.
     *
     * @param id the entry id
     * @param dataId the id of the panel's data source
     * @param panelConfiguration the synthetic-control entry's configuration, whose column
     *     roles and import settings read the panel
     * @param treatedUnit the treated unit the screen is for
     * @param interventionTime its intervention time
     * @param decisions every donor's decisions
     * @param settings the screen settings
     * @param result the screen on screen, or {@code null} when none ran
     * @param stale whether the settings or the pool changed after the screen
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String dataId, ObjectNode panelConfiguration,
            String treatedUnit, double interventionTime, List<Decision> decisions,
            ScreenSettings settings, DonorScreenResult result, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.set("columns", panelConfiguration.get("columns").deepCopy());
        if (panelConfiguration.has("import")) {
            c.set("import", panelConfiguration.get("import").deepCopy());
        }
        c.put("treatedUnit", treatedUnit);
        JsonValues.putDouble(c, "interventionTime", interventionTime);
        ArrayNode pool = c.putArray("pool");
        for (Decision decision : decisions) {
            pool.addObject().put("unit", decision.unit()).put("included", decision.included())
                    .put("trusted", decision.trusted()).put("reason", decision.reason());
        }
        ObjectNode screen = c.putObject("screen");
        screen.put("keepCount", settings.keepCount());
        JsonValues.putDouble(screen, "level", settings.level());
        screen.put("window", settings.window());
        screen.put("anchor", settings.anchor().name());
        JsonValues.putDouble(screen, "penalty", settings.penalty());
        c.put("ran", result != null);
        return new AnalysisEntry(id, AnalysisType.DONOR_SCREEN, List.of(dataId), c,
                JsonValues.MAPPER.createObjectNode(), result == null ? null : result(result),
                stale);
    }

    /** Reads the donor decisions of an entry. */
    public static List<Decision> decisions(AnalysisEntry entry) {
        List<Decision> decisions = new ArrayList<>();
        for (JsonNode item : entry.configuration().withArray("pool")) {
            decisions.add(new Decision(JsonValues.text(item, "unit"),
                    JsonValues.bool(item, "included"), JsonValues.bool(item, "trusted"),
                    JsonValues.text(item, "reason")));
        }
        return decisions;
    }

    /** Reads the screen settings of an entry. */
    public static ScreenSettings settings(AnalysisEntry entry) {
        JsonNode s = JsonValues.object(entry.configuration(), "screen");
        return new ScreenSettings(JsonValues.integer(s, "keepCount"),
                JsonValues.toDouble(s.get("level"), "level"), JsonValues.integer(s, "window"),
                JsonValues.enumValue(AnchorMode.class, s, "anchor"),
                JsonValues.toDouble(s.get("penalty"), "penalty"));
    }

    /**
     * Screens the donors without a window, as the screen panel does: excluded donors are not
     * screened and trusted ones anchor the anchored mode.
     *
     * @param entry the entry
     * @param project the project holding the panel
     * @param progress receives progress
     * @param cancellation checked by the screen
     * @return the screen
     */
    public static DonorScreenResult screen(AnalysisEntry entry, ProjectDocument project,
            ProgressSink progress, CancellationToken cancellation) {
        Panel panel = SynthControlCodec.panel(entry, project);
        List<String> excluded = new ArrayList<>();
        List<String> trusted = new ArrayList<>();
        for (Decision decision : decisions(entry)) {
            if (!decision.included()) {
                excluded.add(decision.unit());
            } else if (decision.trusted()) {
                trusted.add(decision.unit());
            }
        }
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel,
                JsonValues.text(entry.configuration(), "treatedUnit"),
                JsonValues.toDouble(entry.configuration().get("interventionTime"),
                        "interventionTime"), excluded);
        return settings(entry).toScreen(setup.donors().size(), trusted).screen(setup, progress,
                cancellation);
    }

    /** Returns the result JSON of a screen: settings as used and one row per donor. */
    public static ObjectNode result(DonorScreenResult result) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("anchor", result.anchor().name());
        JsonValues.putDouble(root, "level", result.level());
        root.put("window", result.window());
        JsonValues.putDouble(root, "penalty", result.penalty());
        ArrayNode scores = root.putArray("donors");
        for (DonorScore score : result.scores()) {
            ObjectNode row = scores.addObject();
            row.put("donor", score.donor());
            row.put("rank", score.rank());
            JsonValues.putDouble(row, "error", score.error());
            JsonValues.putDouble(row, "zScore", score.zScore());
            JsonValues.putDouble(row, "lower", score.lower());
            JsonValues.putDouble(row, "upper", score.upper());
            row.put("flagged", score.flagged());
            row.put("keptByTopN", score.keptByTopN());
            row.put("keptByInterval", score.keptByInterval());
        }
        root.set("notes", JsonValues.strings(result.notes()));
        return JsonValues.canonical(root);
    }
}
