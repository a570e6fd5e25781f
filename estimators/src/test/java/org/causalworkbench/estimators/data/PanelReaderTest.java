package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that long tables become balanced panels and that invalid panels are rejected. */
class PanelReaderTest {

    private static final PanelSpec SPEC = new PanelSpec("unit", "time", "y", "treated");
    private static final PanelSpec NO_FLAG = new PanelSpec("unit", "time", "y", null);

    private static Panel build(String text, String name, PanelSpec spec) {
        return PanelReader.build(CsvTable.read(new StringReader(text), name), spec);
    }

    private static void assertContains(String expectedPart, String message) {
        assertTrue(message.contains(expectedPart),
                "expected '" + expectedPart + "' in the message: " + message);
    }

    @Test
    void build_sortsTimesAndKeepsUnitOrder() {
        Panel panel = build("unit,time,y\n"
                + "B,2,4\nB,1,3\nA,2,2\nA,1,1\n", "order.csv", NO_FLAG);

        assertEquals(List.of("B", "A"), panel.units());
        assertArrayEquals(new double[] {1, 2}, panel.times());
        assertEquals(3, panel.outcome(0, 0));
        assertEquals(2, panel.outcome(1, 1));
        assertEquals(5, panel.line(1, 0));
    }

    @Test
    void build_readsQuotedTreatmentColumnWithSpaces() {
        PanelSpec spec = new PanelSpec("state", "year", "cigsale", "Proposition 99");
        Panel panel = build("state,year,cigsale,\"Proposition 99\"\n"
                + "California,1988,90.1,False\nCalifornia,1989,82.4,True\n"
                + "Utah,1988,62.0,False\nUtah,1989,60.1,False\n", "smoking.csv", spec);

        assertFalse(panel.treated(0, 0), "California 1988");
        assertTrue(panel.treated(0, 1), "California 1989");
        assertFalse(panel.treated(1, 1), "Utah 1989");
    }

    static Stream<Arguments> flagSpellings() {
        return Stream.of(
                Arguments.of("True", "False"),
                Arguments.of("true", "false"),
                Arguments.of("TRUE", "FALSE"),
                Arguments.of("1", "0"),
                Arguments.of("yes", "no"),
                Arguments.of("Yes", "No"));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("flagSpellings")
    void build_readsFlagSpelling(String yes, String no) {
        Panel panel = build("unit,time,y,treated\n"
                + "A,1,1," + no + "\nA,2,2," + yes + "\n", "flags.csv", SPEC);

        assertFalse(panel.treated(0, 0), no);
        assertTrue(panel.treated(0, 1), yes);
    }

    @Test
    void build_readsEmptyAndNaOutcomesAsMissing() {
        Panel panel = build("unit,time,y\nA,1,\nA,2,NA\nA,3,\"\"\nA,4,7.5\n", "gaps.csv",
                NO_FLAG);

        assertTrue(Double.isNaN(panel.outcome(0, 0)), "empty cell");
        assertTrue(Double.isNaN(panel.outcome(0, 1)), "NA");
        assertTrue(Double.isNaN(panel.outcome(0, 2)), "empty quoted cell");
        assertEquals(7.5, panel.outcome(0, 3));
    }

    @Test
    void build_acceptsCrlfBomAndTrailingDelimiter() {
        Panel panel = build("\uFEFFunit,time,y,treated,\r\nA,1,1.5,False,\r\nA,2,2.5,True,\r\n",
                "windows.csv", SPEC);

        assertEquals(List.of("A"), panel.units());
        assertEquals(2.5, panel.outcome(0, 1));
        assertTrue(panel.treated(0, 1));
        assertEquals(3, panel.line(0, 1));
    }

    @Test
    void build_rejectsDuplicateUnitTime() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\nB,1,2\nA,2,3\nA,1,4\n", "dup.csv", NO_FLAG));

        assertContains("dup.csv", error.getMessage());
        assertContains("lines 2 and 5", error.getMessage());
        assertContains("'A'", error.getMessage());
    }

    @Test
    void build_rejectsUnbalancedPanel() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\nA,2,2\nA,3,3\nB,1,4\nB,2,5\nC,1,6\n",
                        "unbalanced.csv", NO_FLAG));

        assertContains("unbalanced.csv", error.getMessage());
        assertContains("3 unit-time cells", error.getMessage());
        assertContains("'B' at 3", error.getMessage());
        assertContains("'C' at 2", error.getMessage());
        assertContains("'C' at 3", error.getMessage());
    }

    @Test
    void build_rejectsNonNumericOutcome() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\nA,2,\"1,5\"\n", "comma.csv", NO_FLAG));

        assertContains("comma.csv", error.getMessage());
        assertContains("line 3", error.getMessage());
        assertContains("column 'y'", error.getMessage());
        assertContains("'1,5'", error.getMessage());
    }

    @Test
    void build_rejectsNonNumericTime() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\nA,two,2\n", "time.csv", NO_FLAG));

        assertContains("time.csv", error.getMessage());
        assertContains("line 3", error.getMessage());
        assertContains("column 'time'", error.getMessage());
        assertContains("'two'", error.getMessage());
    }

    @Test
    void build_rejectsUnknownColumn() {
        PanelSpec spec = new PanelSpec("unit", "year", "y", null);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\n", "columns.csv", spec));

        assertContains("columns.csv", error.getMessage());
        assertContains("'year'", error.getMessage());
        assertContains("'unit', 'time', 'y'", error.getMessage());
    }

    @Test
    void build_rejectsInvalidTreatmentFlag() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y,treated\nA,1,1,False\nA,2,2,maybe\n", "flag.csv",
                        SPEC));

        assertContains("flag.csv", error.getMessage());
        assertContains("line 3", error.getMessage());
        assertContains("column 'treated'", error.getMessage());
        assertContains("'maybe'", error.getMessage());
    }

    @Test
    void build_rejectsEmptyUnitName() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\nA,1,1\n,2,2\n", "unit.csv", NO_FLAG));

        assertContains("unit.csv", error.getMessage());
        assertContains("line 3", error.getMessage());
        assertContains("column 'unit'", error.getMessage());
    }

    @Test
    void build_namesLine_afterQuotedLineBreak() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> build("unit,time,y\n\"A\nwith note\",1,1\nB,1,x\n", "multiline.csv",
                        NO_FLAG));

        assertContains("multiline.csv", error.getMessage());
        assertContains("line 4", error.getMessage());
    }

    @Test
    void read_buildsPanelFromFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("panel on disk.csv");
        Files.writeString(file, "unit,time,y,treated\r\nA,2000,1.5,False\r\nA,2001,2.5,True\r\n"
                + "B,2000,3.5,False\r\nB,2001,4.5,False\r\n", StandardCharsets.UTF_8);

        Panel panel = PanelReader.read(file, SPEC);

        assertEquals("panel on disk.csv", panel.sourceName());
        assertEquals(List.of("A", "B"), panel.units());
        assertArrayEquals(new double[] {2000, 2001}, panel.times());
        assertEquals(4.5, panel.outcome(1, 1));
        assertTrue(panel.treated(0, 1));
    }

    @Test
    void read_rejectsMissingFile_namingPath(@TempDir Path folder) {
        Path missing = folder.resolve("absent.csv");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PanelReader.read(missing, SPEC));

        assertContains(missing.toString(), error.getMessage());
        assertContains("not found", error.getMessage());
    }

    @Test
    void read_rejectsNonUtf8File(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, "unit,time,y\nZ\u00fcrich,1,1\n".getBytes(StandardCharsets.ISO_8859_1));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PanelReader.read(file, SPEC));

        assertContains("latin1.csv", error.getMessage());
        assertContains("UTF-8", error.getMessage());
    }
}
