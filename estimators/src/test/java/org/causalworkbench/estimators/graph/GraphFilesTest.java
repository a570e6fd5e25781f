package org.causalworkbench.estimators.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFilesTest {

    static final List<String> UNITS = List.of("u1", "u2", "u3", "u 4", "u5");

    @TempDir
    Path folder;

    static InterferenceGraph weightedSample() {
        CsvTable edges = CsvTable.read(new StringReader(
                "source,target,weight\nu1,u2,0.25\nu2,u3,3\nu 4,u1,1.5\n"), "edges.csv");
        return EdgeListReader.read(edges, UNITS);
    }

    static void assertSameGraph(InterferenceGraph expected, InterferenceGraph actual) {
        assertEquals(expected.unitIds(), actual.unitIds());
        assertEquals(expected.edgeCount(), actual.edgeCount());
        assertEquals(expected.isWeighted(), actual.isWeighted());
        for (String a : expected.unitIds()) {
            for (String b : expected.unitIds()) {
                assertEquals(expected.weight(a, b), actual.weight(a, b), a + " -- " + b);
            }
        }
    }

    void checkRoundTrip(String fileName, BiConsumer<InterferenceGraph, Path> writer,
            BiFunction<Path, List<String>, InterferenceGraph> reader) {
        InterferenceGraph original = weightedSample();
        Path file = folder.resolve(fileName);

        writer.accept(original, file);
        InterferenceGraph copy = reader.apply(file, UNITS);

        assertSameGraph(original, copy);
    }

    @Test
    void graphMl_roundTrip_keepsNodesEdgesAndWeights() {
        checkRoundTrip("g.graphml", GraphFiles::writeGraphMl, GraphFiles::readGraphMl);
    }

    @Test
    void dot_roundTrip_keepsNodesEdgesAndWeights() {
        checkRoundTrip("g.dot", GraphFiles::writeDot, GraphFiles::readDot);
    }

    @Test
    void writeDot_replacesExistingFile_andLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("g.dot");
        Files.writeString(file, "old content");

        GraphFiles.writeDot(weightedSample(), file);

        assertFalse(Files.readString(file).contains("old content"));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void readGraphMl_rejectsExternalEntity_andReadsNoFile() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = folder.resolve("xxe.graphml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE graphml [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<graph edgedefault=\"undirected\"><node id=\"&leak;\"/></graph>\n"
                + "</graphml>\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GraphFiles.readGraphMl(file, UNITS));

        assertTrue(error.getMessage().startsWith("xxe.graphml, line 2:"), error.getMessage());
        assertTrue(error.getMessage().contains("DOCTYPE declarations are not accepted"),
                error.getMessage());
        assertFalse(error.getMessage().contains("TOP-SECRET"), error.getMessage());
    }

    static String graphMl(String edges) {
        return "<?xml version=\"1.0\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                + "<graph edgedefault=\"undirected\">\n"
                + "<node id=\"u1\"/><node id=\"u2\"/><node id=\"u3\"/>\n"
                + edges
                + "</graph>\n</graphml>\n";
    }

    DataFormatException readGraphMlError(String edges) throws IOException {
        Path file = folder.resolve("bad.graphml");
        Files.writeString(file, graphMl(edges));
        return assertThrows(DataFormatException.class, () -> GraphFiles.readGraphMl(file, UNITS));
    }

    @Test
    void readGraphMl_rejectsSelfLoop_namingLine() throws IOException {
        DataFormatException error = readGraphMlError(
                "<edge source=\"u1\" target=\"u2\"/>\n<edge source=\"u3\" target=\"u3\"/>\n");

        assertTrue(error.getMessage().startsWith("bad.graphml, line 7:"), error.getMessage());
        assertTrue(error.getMessage().contains("self-loop"), error.getMessage());
    }

    @Test
    void readGraphMl_rejectsDuplicateEdge_namingLine() throws IOException {
        DataFormatException error = readGraphMlError(
                "<edge source=\"u1\" target=\"u2\"/>\n<edge source=\"u2\" target=\"u1\"/>\n");

        assertTrue(error.getMessage().startsWith("bad.graphml, line 7:"), error.getMessage());
        assertTrue(error.getMessage().contains("duplicate edge"), error.getMessage());
    }

    @Test
    void readGraphMl_rejectsNonNumericWeight_namingLine() throws IOException {
        DataFormatException error = readGraphMlError(
                "<edge source=\"u1\" target=\"u2\"><data key=\"w\">heavy</data></edge>\n");

        assertTrue(error.getMessage().startsWith("bad.graphml, line 6:"), error.getMessage());
        assertTrue(error.getMessage().contains("'heavy' is not a number"), error.getMessage());
    }

    @Test
    void readDot_rejectsUnknownNode() throws IOException {
        Path file = folder.resolve("bad.dot");
        Files.writeString(file, "graph G {\n  u1 -- u2;\n  u2 -- u9;\n}\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GraphFiles.readDot(file, UNITS));

        assertTrue(error.getMessage().startsWith("bad.dot"), error.getMessage());
        assertTrue(error.getMessage().contains("unknown node id 'u9'"), error.getMessage());
    }

    @Test
    void readDot_rejectsDuplicateEdge_namingEdgePosition() throws IOException {
        Path file = folder.resolve("dup.dot");
        Files.writeString(file, "graph G {\n  u1 -- u2;\n  u2 -- u3;\n  u2 -- u1;\n}\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GraphFiles.readDot(file, UNITS));

        assertTrue(error.getMessage().startsWith("dup.dot, edge 3:"), error.getMessage());
        assertTrue(error.getMessage().contains("duplicate edge"), error.getMessage());
    }

    @Test
    void readGml_usesLabelsAsUnitIds_andReadsWeights() throws IOException {
        Path file = folder.resolve("g.gml");
        Files.writeString(file, "graph [\n  directed 0\n"
                + "  node [ id 0 label \"u1\" ]\n  node [ id 1 label \"u2\" ]\n"
                + "  node [ id 2 label \"u3\" ]\n"
                + "  edge [ source 0 target 1 weight 0.75 ]\n  edge [ source 1 target 2 ]\n]\n");

        InterferenceGraph graph = GraphFiles.readGml(file, UNITS);

        assertEquals(2, graph.edgeCount());
        assertEquals(0.75, graph.weight("u1", "u2").getAsDouble());
        assertEquals(1.0, graph.weight("u3", "u2").getAsDouble());
    }

    @Test
    void readGml_rejectsSelfLoop_namingEdgePosition() throws IOException {
        Path file = folder.resolve("loop.gml");
        Files.writeString(file, "graph [\n  node [ id 0 label \"u1\" ]\n"
                + "  node [ id 1 label \"u2\" ]\n"
                + "  edge [ source 0 target 1 ]\n  edge [ source 1 target 1 ]\n]\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GraphFiles.readGml(file, UNITS));

        assertTrue(error.getMessage().startsWith("loop.gml, edge 2:"), error.getMessage());
        assertTrue(error.getMessage().contains("self-loop on unit 'u2'"), error.getMessage());
    }

    @Test
    void readers_rejectDirectedFiles() throws IOException {
        Path dot = folder.resolve("d.dot");
        Files.writeString(dot, "digraph G {\n  u1 -> u2;\n}\n");
        Path gml = folder.resolve("d.gml");
        Files.writeString(gml, "graph [\n  directed 1\n  node [ id 0 label \"u1\" ]\n]\n");
        Path graphMl = folder.resolve("d.graphml");
        Files.writeString(graphMl, graphMl("").replace("undirected", "directed"));

        DataFormatException dotError = assertThrows(DataFormatException.class,
                () -> GraphFiles.readDot(dot, UNITS));
        DataFormatException gmlError = assertThrows(DataFormatException.class,
                () -> GraphFiles.readGml(gml, UNITS));
        DataFormatException graphMlError = assertThrows(DataFormatException.class,
                () -> GraphFiles.readGraphMl(graphMl, UNITS));

        assertTrue(dotError.getMessage().startsWith("d.dot: the graph is directed"),
                dotError.getMessage());
        assertTrue(gmlError.getMessage().startsWith("d.gml: the graph is directed"),
                gmlError.getMessage());
        assertTrue(graphMlError.getMessage().startsWith("d.graphml, line 4: the graph is directed"),
                graphMlError.getMessage());
    }
}
