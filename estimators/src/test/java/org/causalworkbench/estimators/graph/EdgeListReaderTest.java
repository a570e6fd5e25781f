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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EdgeListReaderTest {

    static final List<String> UNITS = List.of("a", "b", "c", "d");

    static CsvTable table(String text) {
        return CsvTable.read(new StringReader(text), "edges.csv");
    }

    @Test
    void read_buildsWeightedGraph_withLookupBothWays() {
        InterferenceGraph graph = EdgeListReader.read(
                table("source,target,weight\na,b,0.5\nc,b,2\n"), UNITS);

        assertEquals(4, graph.unitCount());
        assertEquals(2, graph.edgeCount());
        assertTrue(graph.isWeighted());
        assertEquals(0.5, graph.weight("b", "a").getAsDouble());
        assertEquals(2.0, graph.weight("b", "c").getAsDouble());
        assertFalse(graph.weight("a", "d").isPresent());
        assertEquals(2, graph.rowOf("c").getAsInt());
        assertEquals("c", graph.unitId(2));
        assertFalse(graph.rowOf("z").isPresent());
        assertEquals(List.of(), graph.neighbours("d"));
        assertEquals(List.of("d"), graph.isolatedUnits());
    }

    @Test
    void builder_rejectsEdgeAfterBuild() {
        InterferenceGraph.Builder builder = InterferenceGraph.builder(UNITS);
        builder.addEdge("a", "b", null, "test");
        InterferenceGraph graph = builder.build();

        assertThrows(IllegalStateException.class, () -> builder.addEdge("c", "d", null, "test"));
        assertEquals(1, graph.edgeCount());
    }

    @Test
    void builder_rejectsRepeatedUnitId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InterferenceGraph.builder(List.of("a", "b", "a")));

        assertTrue(error.getMessage().contains("rows 1 and 3"), error.getMessage());
    }

    @Test
    void read_givesWeightOne_whenNoWeightColumn() {
        InterferenceGraph graph = EdgeListReader.read(table("source,target\na,b\n"), UNITS);

        assertFalse(graph.isWeighted());
        assertEquals(1.0, graph.weight("a", "b").getAsDouble());
    }

    static Stream<Arguments> invalidEdgeLists() {
        return Stream.of(
                Arguments.of("source,target\na,b\na,z\n", "line 3", "unknown node id 'z'"),
                Arguments.of("source,target\na,b\nc,c\n", "line 3", "self-loop on unit 'c'"),
                Arguments.of("source,target\na,b\nb,a\n", "line 3", "duplicate edge"),
                Arguments.of("source,target,weight\na,b,1\nb,c,heavy\n", "line 3",
                        "weight 'heavy' is not a number"),
                Arguments.of("source,target,weight\na,b,NaN\n", "line 2", "not a finite number"));
    }

    @ParameterizedTest
    @MethodSource("invalidEdgeLists")
    void read_rejectsInvalidEdge_namingFileAndLine(String csv, String line, String problem) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> EdgeListReader.read(table(csv), UNITS));

        assertTrue(error.getMessage().startsWith("edges.csv, " + line + ":"), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void read_rejectsMissingTargetColumn() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> EdgeListReader.read(table("source,to\na,b\n"), UNITS));

        assertTrue(error.getMessage().contains("'target'"), error.getMessage());
    }
}
