package org.causalworkbench.estimators.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rejects graph files that would otherwise give a silent wrong graph, and accepts BOMs. */
class GraphFileChecksTest {

    static final List<String> UNITS = List.of("a", "b", "c");

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static BiFunction<Path, List<String>, InterferenceGraph> reader(String name) {
        if (name.endsWith(".gml")) {
            return GraphFiles::readGml;
        }
        return name.endsWith(".dot") ? GraphFiles::readDot : GraphFiles::readGraphMl;
    }

    private DataFormatException rejected(String name, String text) throws IOException {
        Path file = write(name, text);
        return assertThrows(DataFormatException.class, () -> reader(name).apply(file, UNITS));
    }

    @Test
    void emptyGml_hasNoEdges() throws IOException {
        assertTrue(rejected("e.gml", "").getMessage().contains("has no edges"));
    }

    @Test
    void commentOnlyGml_hasNoEdges() throws IOException {
        assertTrue(rejected("c.gml", "# nothing here\n").getMessage().contains("has no edges"));
    }

    @Test
    void emptyDot_hasNoEdges() throws IOException {
        assertTrue(rejected("e.dot", "graph G {}\n").getMessage().contains("has no edges"));
    }

    @Test
    void gmlRepeatedNodeId_namesId() throws IOException {
        String message = rejected("d.gml", "graph [\n node [ id 1 label \"a\" ]\n"
                + " node [ id 1 label \"b\" ]\n node [ id 3 label \"c\" ]\n"
                + " edge [ source 1 target 3 ]\n]\n").getMessage();
        assertTrue(message.startsWith("d.gml: node id 1 appears twice"), message);
    }

    @Test
    void dotDigraphAfterBraceComment_isDirected() throws IOException {
        String message = rejected("c.dot", "/* { */ digraph G { a -> b; }\n").getMessage();
        assertTrue(message.contains("directed"), message);
    }

    @Test
    void dotArrowInUndirectedGraph_isRejected() throws IOException {
        String message = rejected("a.dot", "graph G { a -> b; }\n").getMessage();
        assertTrue(message.contains("->"), message);
    }

    @Test
    void dotArrowInsideQuotedLabel_isAccepted() throws IOException {
        Path file = write("q.dot", "graph G { a -- b [label=\"x -> y\"]; }\n");
        assertEquals(1, GraphFiles.readDot(file, UNITS).edgeCount());
    }

    @Test
    void gmlLabelDirected1_isNotDirected() throws IOException {
        Path file = write("l.gml", "graph [\n node [ id 1 label \"a\" ]\n"
                + " node [ id 2 label \"directed 1\" ]\n node [ id 3 label \"b\" ]\n"
                + " edge [ source 1 target 3 ]\n]\n");
        List<String> units = List.of("a", "b", "directed 1");
        assertEquals(1, GraphFiles.readGml(file, units).edgeCount());
    }

    @Test
    void gmlDirected1Key_isRejected() throws IOException {
        String message = rejected("k.gml", "graph [\n directed 1\n node [ id 1 label \"a\" ]\n"
                + " node [ id 2 label \"b\" ]\n edge [ source 1 target 2 ]\n]\n").getMessage();
        assertTrue(message.contains("directed"), message);
    }

    @Test
    void graphMlEdgeToUnknownNode_namesLineAndId() throws IOException {
        String message = rejected("u.graphml", "<?xml version=\"1.0\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n"
                + "<edge source=\"a\" target=\"zz\"/>\n</graph>\n</graphml>\n").getMessage();
        assertTrue(message.contains("line 6"), message);
        assertTrue(message.contains("'zz'"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"b.graphml", "b.dot", "b.gml"})
    void byteOrderMark_isSkipped(String name) throws IOException {
        String body = switch (name) {
            case "b.graphml" -> "<?xml version=\"1.0\"?>\n"
                    + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                    + "<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n"
                    + "<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n";
            case "b.dot" -> "graph G { a -- b; }\n";
            default -> "graph [\n node [ id 1 label \"a\" ]\n node [ id 2 label \"b\" ]\n"
                    + " edge [ source 1 target 2 ]\n]\n";
        };
        Path file = write(name, "\uFEFF" + body);
        assertEquals(1, reader(name).apply(file, UNITS).edgeCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "0x1p3", "1.5d"})
    void edgeListWeight_invalid_namesLine(String weight) {
        CsvTable edges = CsvTable.read(new StringReader("source,target,weight\na,b,1\nb,c,"
                + weight + "\n"), "edges.csv");
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> EdgeListReader.read(edges, UNITS));
        assertTrue(error.getMessage().contains("line 3"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2", "0x1p3", "1.5d"})
    void adjacencyCell_invalid_namesLineAndColumn(String cell) {
        CsvTable matrix = CsvTable.read(new StringReader("id,a,b,c\na,0," + cell + ",0\nb,"
                + cell + ",0,1\nc,0,1,0\n"), "adj.csv");
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AdjacencyMatrixReader.read(matrix, UNITS));
        assertTrue(error.getMessage().contains("line 2, column 'b'"), error.getMessage());
    }

    @Test
    void distanceMatrix_blankCorner_isAccepted() {
        CsvTable matrix = CsvTable.read(new StringReader(",a,b,c\na,0,1,2\nb,1,0,3\nc,2,3,0\n"),
                "dist.csv");
        assertEquals(3.0, DistanceMatrix.read(matrix, UNITS).distance(1, 2), 0.0);
    }

    @Test
    void longUnknownId_isTruncated() {
        String id = "x".repeat(200_000);
        CsvTable edges = CsvTable.read(new StringReader("source,target\na," + id + "\n"),
                "edges.csv");
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> EdgeListReader.read(edges, UNITS));
        assertTrue(error.getMessage().length() < 300, error.getMessage());
        assertTrue(error.getMessage().contains("…"), error.getMessage());
    }
}
