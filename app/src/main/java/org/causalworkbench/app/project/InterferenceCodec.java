package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.interference.EstimateRow;
import org.causalworkbench.app.interference.InflationGraph;
import org.causalworkbench.app.interference.InteractionStructure;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceOutcome;
import org.causalworkbench.app.interference.InterferenceRequest;
import org.causalworkbench.app.interference.PropensityModel;
import org.causalworkbench.app.interference.SignatureChoice;
import org.causalworkbench.app.interference.SignatureComponent;
import org.causalworkbench.app.interference.StructureSource;
import org.causalworkbench.app.interference.UncertaintyChoice;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.VarianceInflation;

/**
 * Stores an interference analysis. The data are the unit table with its group neighbour lists
 * (JSON), the interaction graph when the run used one (a JSON edge list, so the graph survives
 * as drawn) and the distance matrix of the inverse-distance signature (CSV). The configuration
 * contains the signature, propensity, trimming and bootstrap settings. The seeds contain the
 * bootstrap seed, and the result contains the rows of the estimates table.
 */
public final class InterferenceCodec {

    /** The data ids an interference entry uses, by role. */
    public record DataIds(String units, String graph, String distances) {
    }

    private InterferenceCodec() {
    }

    /** Writes a unit table as a JSON data source. */
    public static DataSource unitsSource(String id, InterferenceData table) {
        ObjectNode node = JsonValues.MAPPER.createObjectNode();
        node.put("name", table.name());
        node.set("ids", JsonValues.strings(table.ids()));
        ArrayNode treatment = node.putArray("treatment");
        for (int t : table.treatment()) {
            treatment.add(t);
        }
        node.set("outcome", JsonValues.doubles(table.outcome()));
        node.set("covariateNames", JsonValues.strings(table.covariateNames()));
        if (table.covariates() != null) {
            node.set("covariates", JsonValues.strings(table.covariates()));
        }
        ArrayNode values = node.putArray("covariateValues");
        table.covariateValues().forEach(row -> values.add(JsonValues.strings(row)));
        node.set("groups", JsonValues.strings(table.groups()));
        node.set("neighbours", neighbours(table.neighbours()));
        node.put("note", table.note());
        JsonValues.putDouble(node, "trueEffect", table.trueEffect());
        return DataSource.embedded(id, fileName(table.name()) + ".json", "application/json",
                JsonValues.bytes(node));
    }

    private static String fileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "units" : cleaned;
    }

    private static ArrayNode neighbours(int[][] lists) {
        ArrayNode array = JsonValues.MAPPER.createArrayNode();
        for (int[] list : lists) {
            ArrayNode row = array.addArray();
            for (int j : list) {
                row.add(j);
            }
        }
        return array;
    }

    /** Writes a graph as a JSON edge list. */
    public static DataSource graphSource(String id, InterferenceGraph graph) {
        ObjectNode node = JsonValues.MAPPER.createObjectNode();
        node.set("units", JsonValues.strings(graph.unitIds()));
        ArrayNode edges = node.putArray("edges");
        List<String> ids = graph.unitIds();
        for (String first : ids) {
            for (String second : graph.neighbours(first)) {
                if (graph.rowOf(first).getAsInt() < graph.rowOf(second).getAsInt()) {
                    ArrayNode edge = edges.addArray().add(first).add(second);
                    if (graph.isWeighted()) {
                        JsonValues.addDouble(edge, graph.weight(first, second).orElse(1.0));
                    }
                }
            }
        }
        return DataSource.embedded(id, "graph.json", "application/json", JsonValues.bytes(node));
    }

    /** Writes a distance matrix as CSV with unit ids as header and first column. */
    public static DataSource distancesSource(String id, DistanceMatrix matrix) {
        StringBuilder csv = new StringBuilder("unit");
        List<String> ids = matrix.unitIds();
        ids.forEach(u -> csv.append(',').append(quote(u)));
        csv.append('\n');
        for (int i = 0; i < ids.size(); i++) {
            csv.append(quote(ids.get(i)));
            for (int j = 0; j < ids.size(); j++) {
                csv.append(',').append(matrix.distance(i, j));
            }
            csv.append('\n');
        }
        return DataSource.embeddedText(id, "distances.csv", "text/csv", csv.toString());
    }

    private static String quote(String id) {
        return "\"" + id.replace("\"", "\"\"") + "\"";
    }

    /**
     * Describes an analysis as a project entry.
     *
     * @param id the entry id
     * @param ids the data ids; graph and distances may be {@code null} when not used
     * @param table the unit table as loaded, with its group neighbour lists
     * @param source the structure source of the run
     * @param request the settings
     * @param outcome the result on screen, or {@code null}
     * @param stale whether the settings changed after the result
     * @return the entry
     */
    public static AnalysisEntry entry(String id, DataIds ids, InterferenceData table,
            StructureSource source, InterferenceRequest request, InterferenceOutcome outcome,
            boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        c.put("structure", source.name());
        SignatureChoice s = request.signature();
        ObjectNode signature = c.putObject("signature");
        signature.set("components", JsonValues.strings(
                s.components().stream().map(Enum::name).toList()));
        JsonValues.putDouble(signature, "distancePower", s.distancePower());
        signature.put("ownTreatmentReduction", s.ownTreatmentReduction() == null ? null
                : fraction(s.ownTreatmentReduction()));
        signature.put("isolatedUnitPolicy", s.isolatedUnitPolicy().name());
        signature.put("propensityModel", s.propensityModel().name());
        signature.put("bins", s.bins());
        JsonValues.putDouble(c, "trimming", request.trimming());
        ObjectNode uncertainty = c.putObject("uncertainty");
        uncertainty.put("replicates", request.uncertainty().replicates());
        uncertainty.put("inflation", request.uncertainty().inflation().name());
        uncertainty.put("inflationGraph", request.uncertainty().inflationGraph().name());
        c.put("defaultLevel", fraction(request.defaultLevel()));
        c.put("assumeAdditivity", request.assumeAdditivity());
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("bootstrap", request.uncertainty().seed());
        List<String> data = new ArrayList<>();
        data.add(ids.units());
        data.add(ids.graph() == null ? "" : ids.graph());
        data.add(ids.distances() == null ? "" : ids.distances());
        while (!data.isEmpty() && data.get(data.size() - 1).isEmpty()) {
            data.remove(data.size() - 1);
        }
        return new AnalysisEntry(id, AnalysisType.INTERFERENCE, data, c, seeds,
                outcome == null ? null : result(outcome), stale);
    }

    private static String fraction(ExactFraction value) {
        return value.numerator() + "/" + value.denominator();
    }

    private static ExactFraction parseFraction(String text, String what) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException(what + " must be written n/d, found '" + text
                    + "'");
        }
        return new ExactFraction(Long.parseLong(parts[0].strip()),
                Long.parseLong(parts[1].strip()));
    }

    /** Reads the unit table as loaded, with its group neighbour lists. */
    public static InterferenceData table(AnalysisEntry entry, ProjectDocument project) {
        DataSource source = ProjectData.require(entry, project, 0);
        ObjectNode n = JsonValues.object(source.name(), source.entryName(), source.bytes());
        JsonNode treatmentNode = n.get("treatment");
        int[] treatment = new int[treatmentNode.size()];
        for (int i = 0; i < treatment.length; i++) {
            treatment[i] = JsonValues.integer(treatmentNode, i);
        }
        JsonNode neighbourNode = n.get("neighbours");
        int[][] neighbours = new int[neighbourNode.size()][];
        for (int i = 0; i < neighbours.length; i++) {
            JsonNode row = neighbourNode.get(i);
            neighbours[i] = new int[row.size()];
            for (int j = 0; j < row.size(); j++) {
                neighbours[i][j] = JsonValues.integer(row, j);
            }
        }
        List<List<String>> values = new ArrayList<>();
        for (JsonNode row : n.withArray("covariateValues")) {
            values.add(JsonValues.toStrings(row, "covariateValues"));
        }
        JsonNode labels = n.get("covariates");
        return new InterferenceData(JsonValues.text(n, "name"),
                JsonValues.toStrings(n.get("ids"), "ids"), treatment,
                JsonValues.toDoubles(n.get("outcome"), "outcome"),
                JsonValues.toStrings(n.get("covariateNames"), "covariateNames"),
                labels == null ? null : JsonValues.toStrings(labels, "covariates"),
                JsonValues.toStrings(n.get("groups"), "groups"), neighbours,
                JsonValues.text(n, "note"), JsonValues.toDouble(n.get("trueEffect"), "trueEffect"),
                values);
    }

    /** Reads the graph of an entry, or {@code null} when it has none. */
    public static InterferenceGraph graph(AnalysisEntry entry, ProjectDocument project) {
        if (entry.data().size() < 2 || entry.data().get(1).isEmpty()) {
            return null;
        }
        DataSource source = ProjectData.require(entry, project, 1);
        ObjectNode n = JsonValues.object(source.name(), source.entryName(), source.bytes());
        InterferenceGraph.Builder builder = InterferenceGraph.builder(
                JsonValues.toStrings(n.get("units"), "units"));
        int index = 0;
        for (JsonNode edge : n.withArray("edges")) {
            index++;
            Double weight = edge.size() > 2 ? JsonValues.toDouble(edge.get(2), "weight") : null;
            builder.addEdge(edge.get(0).asText(), edge.get(1).asText(), weight,
                    String.format(Locale.ROOT, "%s, edge %d", source.name(), index));
        }
        return builder.build();
    }

    /** Reads the distance matrix of an entry, or {@code null} when it has none. */
    public static DistanceMatrix distances(AnalysisEntry entry, ProjectDocument project,
            List<String> unitIds) {
        if (entry.data().size() < 3 || entry.data().get(2).isEmpty()) {
            return null;
        }
        DataSource source = ProjectData.require(entry, project, 2);
        return DistanceMatrix.read(CsvTable.read(new StringReader(source.text()), source.name()),
                unitIds);
    }

    /** Returns the structure source of an entry. */
    public static StructureSource structureSource(AnalysisEntry entry) {
        return JsonValues.enumValue(StructureSource.class, entry.configuration(), "structure");
    }

    /** Reads the signature settings of an entry. */
    public static SignatureChoice signature(AnalysisEntry entry) {
        JsonNode s = JsonValues.object(entry.configuration(), "signature");
        List<SignatureComponent> components = JsonValues.toStrings(s.get("components"),
                "components").stream().map(name -> JsonValues.enumValue(SignatureComponent.class,
                        JsonValues.MAPPER.createObjectNode().put("component", name),
                        "component")).toList();
        JsonNode reduction = s.get("ownTreatmentReduction");
        return new SignatureChoice(components,
                JsonValues.toDouble(s.get("distancePower"), "distancePower"),
                reduction == null || reduction.isNull() ? null
                        : parseFraction(reduction.asText(), "ownTreatmentReduction"),
                JsonValues.enumValue(IsolatedUnitPolicy.class, s, "isolatedUnitPolicy"),
                JsonValues.enumValue(PropensityModel.class, s, "propensityModel"),
                JsonValues.integer(s, "bins"));
    }

    /** Reads the bootstrap settings of an entry, seed included. */
    public static UncertaintyChoice uncertainty(AnalysisEntry entry) {
        JsonNode u = JsonValues.object(entry.configuration(), "uncertainty");
        return new UncertaintyChoice(JsonValues.integer(u, "replicates"),
                JsonValues.longValue(entry.seeds(), "bootstrap"),
                JsonValues.enumValue(VarianceInflation.class, u, "inflation"),
                JsonValues.enumValue(InflationGraph.class, u, "inflationGraph"));
    }

    /** Reads the default interference level of an entry. */
    public static ExactFraction defaultLevel(AnalysisEntry entry) {
        return parseFraction(JsonValues.text(entry.configuration(), "defaultLevel"),
                "defaultLevel");
    }

    /**
     * Rebuilds the request of an entry, with the neighbour lists of the stored structure.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the request
     */
    public static InterferenceRequest request(AnalysisEntry entry, ProjectDocument project) {
        InterferenceData table = table(entry, project);
        StructureSource source = structureSource(entry);
        InterferenceGraph graph = graph(entry, project);
        InterferenceData analysed = source == StructureSource.GRAPH && graph != null
                ? InteractionStructure.withGraph(table, graph) : table;
        DistanceMatrix distances = source == StructureSource.DISTANCE_MATRIX
                ? distances(entry, project, table.ids()) : null;
        ObjectNode c = entry.configuration();
        return new InterferenceRequest(analysed, signature(entry),
                JsonValues.toDouble(c.get("trimming"), "trimming"), uncertainty(entry),
                defaultLevel(entry), distances, JsonValues.bool(c, "assumeAdditivity"));
    }

    /** Returns the result JSON of an outcome: the estimates table, notes and dependence. */
    public static ObjectNode result(InterferenceOutcome outcome) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("estimator", "tace");
        root.put("signature", outcome.request().signature().describe());
        ArrayNode rows = root.putArray("estimates");
        for (EstimateRow row : outcome.rows()) {
            ObjectNode r = rows.addObject();
            r.put("label", row.label());
            r.put("adjustment", row.adjustment());
            JsonValues.putDouble(r, "horvitzThompson", row.horvitzThompson());
            JsonValues.putDouble(r, "hajek", row.hajek());
            r.put("unitsKept", row.unitsKept());
            r.put("units", row.units());
            row.interval().ifPresent(interval -> {
                JsonValues.putDouble(r, "lower", interval.lower());
                JsonValues.putDouble(r, "upper", interval.upper());
                r.put("intervalMethod", interval.method());
            });
            r.set("flags", JsonValues.strings(row.flags()));
        }
        root.set("notes", JsonValues.strings(outcome.notes()));
        DependencyInflation dependence = outcome.uncertainty().dependence();
        if (dependence != null) {
            ObjectNode d = root.putObject("dependence");
            JsonValues.putDouble(d, "average", dependence.average());
            JsonValues.putDouble(d, "spectralRadius", dependence.spectralRadius());
            JsonValues.putDouble(d, "max", dependence.maximum());
        }
        if (outcome.checks() != null) {
            ObjectNode checks = root.putObject("checks");
            checks.put("notIdentifiable", outcome.checks().notIdentifiable());
            checks.put("additivity", outcome.checks().describeAdditivity());
            checks.put("riskRatio", outcome.checks().describeRiskRatio());
        }
        return JsonValues.canonical(root);
    }
}
