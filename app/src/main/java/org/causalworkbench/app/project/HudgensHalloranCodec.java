package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.classical.EffectRow;
import org.causalworkbench.app.interference.classical.GroupStrategies;
import org.causalworkbench.app.interference.classical.HudgensHalloranReport;
import org.causalworkbench.app.interference.classical.HudgensHalloranViewModel.Source;
import org.causalworkbench.app.interference.classical.StrategyRow;
import org.causalworkbench.estimators.data.CsvTable;

/**
 * Stores the Hudgens-Halloran effects of the classical tab. The data are the interference
 * workspace's unit table and, when the strategies come from a loaded strategy table, that
 * table as CSV. The configuration contains the strategy source and column. The estimator
 * draws no random numbers, so there are no seeds.
 */
public final class HudgensHalloranCodec {

    private HudgensHalloranCodec() {
    }

    /**
     * Writes the strategy of every group as a CSV data source with a header, the group in the
     * first column and the strategy in the second, the layout the tab reads.
     */
    public static DataSource strategiesSource(String id, Map<String, String> strategyByGroup) {
        StringBuilder csv = new StringBuilder("group,strategy\n");
        strategyByGroup.forEach((group, strategy) -> csv.append(quote(group)).append(',')
                .append(quote(strategy)).append('\n'));
        return DataSource.embeddedText(id, "strategies.csv", "text/csv", csv.toString());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Describes the effects on screen as a project entry.
     *
     * @param id the entry id
     * @param unitsId the id of the unit table
     * @param strategiesId the id of the strategy table, or {@code null} for a strategy column
     * @param source where the strategies come from
     * @param column the strategy column, empty when none is chosen
     * @param report the report on screen
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String unitsId, String strategiesId,
            Source source, String column, HudgensHalloranReport report) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("strategySource", source.name());
        c.put("strategyColumn", column == null ? "" : column);
        List<String> data = strategiesId == null ? List.of(unitsId)
                : List.of(unitsId, strategiesId);
        return new AnalysisEntry(id, AnalysisType.HUDGENS_HALLORAN, data, c,
                JsonValues.MAPPER.createObjectNode(), result(report), false);
    }

    /** Returns the strategy source of an entry. */
    public static Source source(AnalysisEntry entry) {
        return JsonValues.enumValue(Source.class, entry.configuration(), "strategySource");
    }

    /** Returns the strategy column of an entry, empty when none was chosen. */
    public static String column(AnalysisEntry entry) {
        return JsonValues.text(entry.configuration(), "strategyColumn");
    }

    /**
     * Reads the strategy table of an entry.
     *
     * @throws ProjectFileException if the entry names no strategy table or its data are missing
     */
    public static CsvTable strategyTable(AnalysisEntry entry, ProjectDocument project) {
        if (entry.data().size() < 2) {
            throw new IllegalArgumentException("the strategy source is TABLE but the analysis"
                    + " lists no strategy table among its data");
        }
        DataSource source = ProjectData.require(entry, project, 1);
        return CsvTable.read(new StringReader(source.text()), source.name());
    }

    /**
     * Estimates the effects without a window, as the tab does.
     *
     * @param entry the entry
     * @param project the project holding the unit table
     * @return the report
     * @throws IllegalArgumentException if the strategies are invalid for the table
     */
    public static HudgensHalloranReport estimate(AnalysisEntry entry, ProjectDocument project) {
        InterferenceData table = InterferenceCodec.table(entry, project);
        Map<String, String> strategies = source(entry) == Source.TABLE
                ? GroupStrategies.fromTable(strategyTable(entry, project), table)
                : GroupStrategies.fromColumn(table, column(entry));
        return HudgensHalloranReport.compute(table, strategies);
    }

    /** Returns the result JSON: the effect and strategy tables and the notes. */
    public static ObjectNode result(HudgensHalloranReport report) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("signConvention", report.signConvention());
        ArrayNode effects = root.putArray("effects");
        for (EffectRow row : report.effects()) {
            ObjectNode item = effects.addObject();
            item.put("effect", row.effect());
            JsonValues.putDouble(item, "estimate", row.estimate());
            JsonValues.putDouble(item, "standardError", row.standardError());
            JsonValues.putDouble(item, "lower", row.lower());
            JsonValues.putDouble(item, "upper", row.upper());
            item.put("groups", row.groups());
            item.put("note", row.note());
        }
        ArrayNode strategies = root.putArray("strategies");
        for (StrategyRow row : report.strategies()) {
            ObjectNode item = strategies.addObject();
            item.put("strategy", row.strategy());
            item.put("groups", row.groups());
            item.put("units", row.units());
            JsonValues.putDouble(item, "treatedFraction", row.treatedFraction());
            JsonValues.putDouble(item, "untreatedMean", row.untreatedMean());
            JsonValues.putDouble(item, "treatedMean", row.treatedMean());
            JsonValues.putDouble(item, "outcomeMean", row.outcomeMean());
        }
        root.set("notes", JsonValues.strings(new ArrayList<>(report.notes())));
        return JsonValues.canonical(root);
    }
}
