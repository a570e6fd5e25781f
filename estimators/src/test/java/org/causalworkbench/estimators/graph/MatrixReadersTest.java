package org.causalworkbench.estimators.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatrixReadersTest {

    static final List<String> UNITS = List.of("a", "b", "c");

    static CsvTable table(String text) {
        return CsvTable.read(new StringReader(text), "matrix.csv");
    }

    @Test
    void adjacency_readsUnweightedEdges() {
        InterferenceGraph graph = AdjacencyMatrixReader.read(
                table("id,a,b,c\na,0,1,0\nb,1,0,1\nc,0,1,0\n"), UNITS);

        assertEquals(2, graph.edgeCount());
        assertFalse(graph.isWeighted());
        assertTrue(graph.weight("a", "b").isPresent());
        assertFalse(graph.weight("a", "c").isPresent());
    }

    @Test
    void adjacency_readsWeights_andLeavesMissingUnitIsolated() {
        InterferenceGraph graph = AdjacencyMatrixReader.read(
                table("id,a,b\na,0,2.5\nb,2.5,0\n"), UNITS);

        assertTrue(graph.isWeighted());
        assertEquals(2.5, graph.weight("a", "b").getAsDouble());
        assertEquals(List.of(), graph.neighbours("c"));
    }

    static Stream<Arguments> invalidAdjacency() {
        return Stream.of(
                Arguments.of("id,a,b\na,0,1\nb,0,0\n", "line 3", "symmetric"),
                Arguments.of("id,a,b\na,1,0\nb,0,0\n", "line 2", "self-loop"),
                Arguments.of("id,a,b\na,0,x\nb,x,0\n", "line 2", "'x' is not a number"),
                Arguments.of("id,a,z\na,0,1\nz,1,0\n", "line 3", "unknown node id 'z'"),
                Arguments.of("id,a,b\nb,0,1\na,1,0\n", "line 2", "differs from column 2"));
    }

    @ParameterizedTest
    @MethodSource("invalidAdjacency")
    void adjacency_rejectsInvalidCell_namingLine(String csv, String line, String problem) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AdjacencyMatrixReader.read(table(csv), UNITS));

        assertTrue(error.getMessage().startsWith("matrix.csv, " + line), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void distance_reordersToUnitRows() {
        DistanceMatrix distances = DistanceMatrix.read(
                table("id,c,a,b\nc,0,4,5\na,4,0,3\nb,5,3,0\n"), UNITS);

        assertEquals(3.0, distances.distance(0, 1));
        assertEquals(4.0, distances.distance(2, 0));
        assertEquals(5.0, distances.distance(1, 2));
        assertEquals(0.0, distances.distance(1, 1));
    }

    static Stream<Arguments> invalidDistances() {
        return Stream.of(
                Arguments.of("id,a,b,c\na,0,0,1\nb,0,0,1\nc,1,1,0\n", "line 2", "not positive"),
                Arguments.of("id,a,b,c\na,2,1,1\nb,1,0,1\nc,1,1,0\n", "line 2", "diagonal"),
                Arguments.of("id,a,b\na,0,1\nb,1,0\n", "", "unit 'c' is missing"));
    }

    @ParameterizedTest
    @MethodSource("invalidDistances")
    void distance_rejectsInvalidMatrix(String csv, String line, String problem) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> DistanceMatrix.read(table(csv), UNITS));

        String prefix = line.isEmpty() ? "matrix.csv" : "matrix.csv, " + line;
        assertTrue(error.getMessage().startsWith(prefix), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
