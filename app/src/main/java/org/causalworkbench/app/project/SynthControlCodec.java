package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.cli.SynthJson;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.ImportReader;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;

/**
 * Stores a synthetic-control analysis: the long-format CSV as read, the import settings it was
 * read with (encoding, delimiter, missing codes, types), the column roles that made it a panel, the treated unit, the intervention time, the excluded donors (the donor pool) and
 * the placebo options. The result is the JSON of the {@code synth} command, so the report, the
 * command line and the project file share one layout.
 */
public final class SynthControlCodec {

    private SynthControlCodec() {
    }

    /**
     * Describes an analysis as a project entry.
     *
     * @param id the entry id
     * @param dataId the id of the CSV data source
     * @param request the settings
     * @param outcome the result on screen, or {@code null}
     * @param stale whether the settings changed after the result
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String dataId, SynthRequest request,
            SynthOutcome outcome, boolean stale) {
        return entry(id, dataId, null, "", request, outcome, stale);
    }

    /**
     * Describes an analysis whose CSV was read with the import wizard's settings.
     *
     * @param id the entry id
     * @param dataId the id of the CSV data source
     * @param settings the settings the CSV was read with, or {@code null} for the plain reader
     * @param note the note shown beside the results, such as a simulated panel's true effect
     * @param request the settings
     * @param outcome the result on screen, or {@code null}
     * @param stale whether the settings changed after the result
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String dataId, ImportSettings settings,
            String note, SynthRequest request, SynthOutcome outcome, boolean stale) {
        ObjectNode configuration = JsonValues.MAPPER.createObjectNode();
        if (settings != null) {
            configuration.set("import", ImportSettingsJson.toJson(settings));
        }
        PanelSpec spec = request.panel().spec();
        ObjectNode columns = configuration.putObject("columns");
        columns.put("unit", spec.unitColumn());
        columns.put("time", spec.timeColumn());
        columns.put("outcome", spec.outcomeColumn());
        if (spec.treatmentColumn() == null) {
            columns.putNull("treatment");
        } else {
            columns.put("treatment", spec.treatmentColumn());
        }
        configuration.put("treatedUnit", request.treatedUnit());
        JsonValues.putDouble(configuration, "interventionTime", request.interventionTime());
        configuration.set("excludedDonors", JsonValues.strings(request.excludedDonors()));
        configuration.put("placebo", request.placebo());
        configuration.put("treatedInPlaceboPools", request.treatedInPlaceboPools());
        configuration.put("note", note == null ? "" : note);
        return new AnalysisEntry(id, AnalysisType.SYNTHETIC_CONTROL, List.of(dataId),
                configuration, JsonValues.MAPPER.createObjectNode(),
                outcome == null ? null : result(outcome), stale);
    }

    /**
     * Reads the panel of an entry with its stored column roles.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the panel
     * @throws ProjectFileException if the data is not at hand
     * @throws org.causalworkbench.estimators.data.DataFormatException if the data no longer
     *     fit the roles
     */
    public static Panel panel(AnalysisEntry entry, ProjectDocument project) {
        return PanelReader.build(table(entry, project), spec(entry.configuration()));
    }

    /**
     * Reads the table of an entry's CSV with its stored import settings, as the import did.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the table
     */
    public static CsvTable table(AnalysisEntry entry, ProjectDocument project) {
        DataSource source = ProjectData.require(entry, project, 0);
        JsonNode settings = entry.configuration().get("import");
        return settings == null
                ? CsvTable.read(new StringReader(source.text()), source.name())
                : ImportReader.read(source.bytes(), source.name(),
                        ImportSettingsJson.fromJson(settings));
    }

    /** Returns the stored column roles. */
    public static PanelSpec spec(ObjectNode configuration) {
        JsonNode columns = configuration.get("columns");
        if (columns == null || !columns.isObject()) {
            throw new IllegalArgumentException("the synthetic-control configuration lacks its"
                    + " 'columns'");
        }
        JsonNode treatment = columns.get("treatment");
        return new PanelSpec(JsonValues.text(columns, "unit"), JsonValues.text(columns, "time"),
                JsonValues.text(columns, "outcome"),
                treatment == null || treatment.isNull() ? null : treatment.asText());
    }

    /**
     * Rebuilds the request of an entry.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the request
     */
    public static SynthRequest request(AnalysisEntry entry, ProjectDocument project) {
        ObjectNode c = entry.configuration();
        return new SynthRequest(panel(entry, project), JsonValues.text(c, "treatedUnit"),
                JsonValues.toDouble(c.get("interventionTime"), "interventionTime"),
                JsonValues.toStrings(c.get("excludedDonors"), "excludedDonors"),
                JsonValues.bool(c, "placebo"), JsonValues.bool(c, "treatedInPlaceboPools"));
    }

    /** Returns the result JSON of an outcome. */
    public static ObjectNode result(SynthOutcome outcome) {
        return JsonValues.canonical(SynthJson.toJson(outcome));
    }
}
