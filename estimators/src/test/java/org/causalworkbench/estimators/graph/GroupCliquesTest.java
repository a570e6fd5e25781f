package org.causalworkbench.estimators.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;

class GroupCliquesTest {

    static CsvTable units(String text) {
        return CsvTable.read(new StringReader(text), "units.csv");
    }

    @Test
    void build_makesOneCliquePerHousehold() {
        CsvTable table = units("id,household\n1,h1\n2,h1\n3,h2\n4,h1\n5,h2\n6,h2\n7,h2\n");

        GroupCliques.Result result = GroupCliques.build(table, "id", "household");
        InterferenceGraph graph = result.graph();

        assertEquals(7, graph.unitCount());
        assertEquals(3 + 6, graph.edgeCount());
        assertTrue(graph.weight("1", "4").isPresent());
        assertTrue(graph.weight("3", "7").isPresent());
        assertFalse(graph.weight("1", "3").isPresent());
        assertEquals(3, graph.neighbours("5").size());
        assertEquals(List.of(), result.singletonMessages());
    }

    @Test
    void build_reportsSingleMemberGroup_withLine() {
        CsvTable table = units("id,household\n1,h1\n2,h1\n3,h9\n");

        GroupCliques.Result result = GroupCliques.build(table, "id", "household");

        assertEquals(1, result.singletonMessages().size());
        String message = result.singletonMessages().get(0);
        assertTrue(message.startsWith("units.csv, line 4"), message);
        assertTrue(message.contains("group 'h9' has a single member, unit '3'"), message);
        assertEquals(List.of(), result.graph().neighbours("3"));
    }

    @Test
    void build_rejectsEmptyGroupCell_withLine() {
        CsvTable table = units("id,household\n1,h1\n2,\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GroupCliques.build(table, "id", "household"));

        assertTrue(error.getMessage().startsWith("units.csv, line 3"), error.getMessage());
    }

    @Test
    void build_rejectsRepeatedUnitId_withLine() {
        CsvTable table = units("id,household\n1,h1\n1,h1\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> GroupCliques.build(table, "id", "household"));

        assertTrue(error.getMessage().startsWith("units.csv, line 3"), error.getMessage());
        assertTrue(error.getMessage().contains("repeats line 2"), error.getMessage());
    }
}
