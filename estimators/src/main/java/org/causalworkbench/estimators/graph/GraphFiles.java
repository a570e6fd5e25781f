package org.causalworkbench.estimators.graph;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gml.GmlImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * Reads interference graphs from GraphML, DOT and GML, and writes GraphML and DOT, through
 * JGraphT's {@code jgrapht-io}.
 *
 * <p>Import first reads the file into a multigraph that keeps self-loops and repeated edges, then
 * passes each edge through {@link InterferenceGraph.Builder}, so the checks and messages match
 * the CSV edge list. Edge weights come from an edge attribute named {@code weight}.
 *
 * <p>GraphML is first parsed by a SAX parser that rejects any DOCTYPE declaration, so no external
 * entity or DTD is loaded. That pass also records the line of each {@code <edge>} element.
 *
 * <p>Export writes to a temporary file in the target folder and moves it over the target with an
 * atomic move, so a failed write leaves any earlier file intact.
 *
 * <p><strong>Limitations.</strong> Messages for DOT and GML edges give the edge's position in
 * the file (first edge is 1), not its line, because those importers report no line numbers.
 * Directed files are rejected: a DOT {@code digraph}, GML with {@code directed 1}, or GraphML with
 * {@code edgedefault="directed"} or a {@code directed="true"} edge. A DOT {@code graph} that
 * uses {@code ->} is rejected too. Both checks skip comments and quoted strings. A file without
 * edges is rejected, because it almost always means a wrong or truncated file.
 */
public final class GraphFiles {

    private static final String WEIGHT = "weight";

    private GraphFiles() {
    }

    /**
     * Reads a GraphML file whose node ids are unit ids.
     *
     * @param path the file
     * @param unitIds the node ids in unit-table row order
     * @return the graph
     * @throws DataFormatException naming the file, and the line where known, of the problem
     */
    public static InterferenceGraph readGraphMl(Path path, List<String> unitIds) {
        String text = readText(path);
        String name = fileName(path);
        List<Integer> edgeLines = SafeXml.edgeLines(text, name);
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        return importWith(importer, text, name, unitIds, Map.of(),
                index -> index < edgeLines.size()
                        ? name + ", line " + edgeLines.get(index)
                        : name + ", edge " + (index + 1));
    }

    /**
     * Reads a DOT file whose node ids are unit ids.
     *
     * @param path the file
     * @param unitIds the node ids in unit-table row order
     * @return the graph
     * @throws DataFormatException naming the file, and the edge position, of the problem
     */
    public static InterferenceGraph readDot(Path path, List<String> unitIds) {
        String text = readText(path);
        String name = fileName(path);
        GraphText.rejectDirectedDot(text, name);
        DOTImporter<String, DefaultWeightedEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        return importWith(importer, text, name, unitIds, Map.of(),
                index -> name + ", edge " + (index + 1));
    }

    /**
     * Reads a GML file. GML node ids are integers, so a node's {@code label} is taken as its unit
     * id, and a node without a label uses its integer id. A repeated node id is rejected when
     * both nodes carry a label.
     *
     * <p>NOTE: a repeated id where at most one node has a label is merged silently, because
     * the check compares the labels that the importer reports for each id.
     *
     * @param path the file
     * @param unitIds the node ids in unit-table row order
     * @return the graph
     * @throws DataFormatException naming the file, and the edge position, of the problem
     */
    public static InterferenceGraph readGml(Path path, List<String> unitIds) {
        String text = readText(path);
        String name = fileName(path);
        GraphText.rejectDirectedGml(text, name);
        GmlImporter<String, DefaultWeightedEdge> importer = new GmlImporter<>();
        importer.setVertexFactory(String::valueOf);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((nodeAndKey, attribute) -> {
            if ("label".equals(nodeAndKey.getSecond())) {
                String previous = labels.put(nodeAndKey.getFirst(), attribute.getValue());
                if (previous != null) {
                    throw new DataFormatException(name + ": node id " + nodeAndKey.getFirst()
                            + " appears twice, labelled '" + UnitIds.shown(previous) + "' and '"
                            + UnitIds.shown(attribute.getValue()) + "'; give every node its own"
                            + " id.");
                }
            }
        });
        return importWith(importer, text, name, unitIds, labels,
                index -> name + ", edge " + (index + 1));
    }

    /**
     * Writes a graph as GraphML, with a {@code weight} edge attribute when the graph is weighted.
     *
     * @param graph the graph
     * @param target the file to create or replace
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void writeGraphMl(InterferenceGraph graph, Path target) {
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setExportEdgeWeights(graph.isWeighted());
        writeAtomically(target, writer -> exporter.exportGraph(graph.asGraph(), writer));
    }

    /**
     * Writes a graph as an undirected DOT graph, with a {@code weight} attribute on each edge
     * when the graph is weighted. Node ids are quoted, so any unit id is valid.
     *
     * @param graph the graph
     * @param target the file to create or replace
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void writeDot(InterferenceGraph graph, Path target) {
        DOTExporter<String, DefaultWeightedEdge> exporter = new DOTExporter<>(GraphFiles::quote);
        if (graph.isWeighted()) {
            Graph<String, DefaultWeightedEdge> view = graph.asGraph();
            exporter.setEdgeAttributeProvider(edge -> Map.of(WEIGHT,
                    DefaultAttribute.createAttribute(view.getEdgeWeight(edge))));
        }
        GraphExporter<String, DefaultWeightedEdge> generic = exporter;
        writeAtomically(target, writer -> generic.exportGraph(graph.asGraph(), writer));
    }

    /** Names where an edge was read, given its zero-based position in the file. */
    private interface EdgeLocator {
        String locate(int index);
    }

    private static <I extends BaseEventDrivenImporter<String, DefaultWeightedEdge>
            & GraphImporter<String, DefaultWeightedEdge>> InterferenceGraph importWith(
            I importer, String text, String name, List<String> unitIds,
            Map<String, String> labels, EdgeLocator locator) {
        Graph<String, DefaultWeightedEdge> raw =
                new WeightedPseudograph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, String> weightText = new HashMap<>();
        importer.addEdgeAttributeConsumer((edgeAndKey, attribute) -> {
            if (WEIGHT.equals(edgeAndKey.getSecond())) {
                weightText.put(edgeAndKey.getFirst(), attribute.getValue());
            }
        });
        try {
            importer.importGraph(raw, new StringReader(text));
        } catch (ImportException invalid) {
            // The importer wraps the exceptions of the attribute consumers.
            if (invalid.getCause() instanceof DataFormatException ownCheck) {
                throw ownCheck;
            }
            throw new DataFormatException(name + ": not a valid graph file ("
                    + invalid.getMessage() + "); check the format and the file extension.",
                    invalid);
        }

        if (raw.edgeSet().isEmpty()) {
            throw new DataFormatException(name + ": the graph has no edges; check the file, or"
                    + " use --groups when units interact only within groups.");
        }
        InterferenceGraph.Builder builder = InterferenceGraph.builder(unitIds);
        for (String rawNode : raw.vertexSet()) {
            String node = labels.getOrDefault(rawNode, rawNode);
            if (!unitIds.contains(node)) {
                throw new DataFormatException(name + ": unknown node id '"
                        + UnitIds.shown(node) + "', which is not in the unit"
                        + " table; check the id column or the file.");
            }
        }
        List<DefaultWeightedEdge> edges = new ArrayList<>(raw.edgeSet());
        for (int index = 0; index < edges.size(); index++) {
            DefaultWeightedEdge edge = edges.get(index);
            String location = locator.locate(index);
            Double weight = EdgeListReader.parseWeight(weightText.get(edge), location);
            String source = raw.getEdgeSource(edge);
            String target = raw.getEdgeTarget(edge);
            builder.addEdge(labels.getOrDefault(source, source),
                    labels.getOrDefault(target, target), weight, location);
        }
        return builder.build();
    }

    private static String readText(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException io) {
            throw new DataFormatException(path + ": cannot read the file (" + io.getMessage()
                    + "); check the path and that it is UTF-8 text.", io);
        }
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static String quote(String id) {
        return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Exports into memory, then replaces the target atomically. */
    private static void writeAtomically(Path target, Consumer<Writer> content) {
        StringWriter text = new StringWriter();
        content.accept(text);
        try {
            AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(target + ": cannot write the graph file ("
                    + io.getMessage() + ").", io);
        }
    }
}
