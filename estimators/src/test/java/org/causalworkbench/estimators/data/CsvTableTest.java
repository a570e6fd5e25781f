package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks CSV parsing: accepted dialect variations, line numbers and rejected input. */
class CsvTableTest {

    private static CsvTable read(String text, String name) {
        return CsvTable.read(new StringReader(text), name);
    }

    private static void assertContains(String expectedPart, String message) {
        assertTrue(message.contains(expectedPart),
                "expected '" + expectedPart + "' in the message: " + message);
    }

    @Test
    void read_keepsQuotedColumnNamesWithSpaces() {
        CsvTable table = read("state,year,cigsale,\"Proposition 99\"\n"
                + "California,1989,90.1,True\n", "smoking.csv");

        assertEquals(List.of("state", "year", "cigsale", "Proposition 99"), table.columns());
        assertEquals(3, table.findColumn("Proposition 99").orElseThrow());
    }

    @Test
    void read_keepsColumnNamesWithDots() {
        CsvTable table = read("region,year,sec.agriculture\nA,1,2\n", "basque.csv");

        assertEquals(2, table.findColumn("sec.agriculture").orElseThrow());
    }

    @Test
    void read_acceptsCrlfLineEndings() {
        CsvTable table = read("unit,time,y\r\nA,1,2.5\r\nB,1,3.5\r\n", "crlf.csv");

        assertEquals(List.of("unit", "time", "y"), table.columns());
        assertEquals(List.of("B", "1", "3.5"), table.row(1));
        assertEquals(3, table.lineNumber(1));
    }

    @Test
    void read_skipsByteOrderMark() {
        CsvTable table = read("\uFEFFunit,time,y\nA,1,2\n", "bom.csv");

        assertEquals("unit", table.columns().get(0));
        assertEquals(0, table.findColumn("unit").orElseThrow());
    }

    @Test
    void read_ignoresTrailingDelimiterOnEveryLine() {
        CsvTable table = read("unit,time,y,\nA,1,2,\nB,1,3,\n", "trailing.csv");

        assertEquals(List.of("unit", "time", "y"), table.columns());
        assertEquals(List.of("A", "1", "2"), table.row(0));
        assertEquals(List.of("B", "1", "3"), table.row(1));
    }

    @Test
    void read_trimsCells() {
        CsvTable table = read("unit , time\n  A ,  1  \n", "spaces.csv");

        assertEquals(List.of("unit", "time"), table.columns());
        assertEquals("A", table.cell(0, 0));
        assertEquals("1", table.cell(0, 1));
    }

    @Test
    void lineNumber_countsLineBreakInsideQuotedCell() {
        CsvTable table = read("unit,time,note\n"
                + "A,1,\"first line\nsecond line\"\n"
                + "B,1,plain\n", "notes.csv");

        assertEquals("first line\nsecond line", table.cell(0, 2));
        assertEquals(2, table.lineNumber(0));
        assertEquals(4, table.lineNumber(1));
    }

    @Test
    void lineNumber_countsSkippedEmptyLines() {
        CsvTable table = read("unit,time\r\n"
                + "\r\n"
                + "A,1\r\n"
                + "\r\n\r\n\r\n"
                + "B,1\r\n", "blank-lines.csv");

        assertEquals(2, table.rowCount());
        assertEquals(3, table.lineNumber(0));
        assertEquals(7, table.lineNumber(1));
    }

    @Test
    void read_rejectsRaggedRow_afterEmptyLine() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("unit,time,y\nA,1,2\n\nB,1\n", "blank-then-ragged.csv"));

        assertContains("blank-then-ragged.csv", error.getMessage());
        assertContains("line 4", error.getMessage());
    }

    @Test
    void location_namesFileLineAndColumn() {
        CsvTable table = read("unit,time,y\nA,1,2\nB,1,3\n", "panel.csv");

        assertEquals("panel.csv, line 3, column 'y'", table.location(1, 2));
    }

    @Test
    void read_rejectsRaggedRow() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("unit,time,y\nA,1,2\nB,1\nC,1,4\n", "ragged.csv"));

        assertContains("ragged.csv", error.getMessage());
        assertContains("line 3", error.getMessage());
        assertContains("2 cells", error.getMessage());
    }

    @Test
    void read_rejectsDuplicateColumnName() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("unit,time,gdp,gdp\nA,1,2,3\n", "twice.csv"));

        assertContains("twice.csv", error.getMessage());
        assertContains("line 1", error.getMessage());
        assertContains("'gdp'", error.getMessage());
    }

    @Test
    void read_rejectsUnnamedColumn() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("unit,,y\nA,1,2\n", "unnamed.csv"));

        assertContains("unnamed.csv", error.getMessage());
        assertContains("line 1", error.getMessage());
        assertContains("column 2", error.getMessage());
    }

    @Test
    void read_rejectsHeaderWithoutRows() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("unit,time,y\n", "header-only.csv"));

        assertContains("header-only.csv", error.getMessage());
        assertContains("no data rows", error.getMessage());
    }

    @Test
    void read_rejectsEmptyText() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> read("\uFEFF \n", "empty.csv"));

        assertContains("empty.csv", error.getMessage());
    }

    @Test
    void requireColumn_rejectsUnknownName() {
        CsvTable table = read("unit,time,y\nA,1,2\n", "panel.csv");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> table.requireColumn("outcome", "outcome"));

        assertContains("panel.csv", error.getMessage());
        assertContains("'outcome'", error.getMessage());
        assertContains("'unit', 'time', 'y'", error.getMessage());
    }
}
