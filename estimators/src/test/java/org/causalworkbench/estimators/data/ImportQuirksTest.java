package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Files from other tools and systems that the importer must read or explain. */
class ImportQuirksTest {

    private static CsvTable table(String text) {
        return CsvTable.read(new StringReader(text), "quirk.csv");
    }

    @Test
    void lineNumber_countsLoneCarriageReturns() {
        CsvTable table = table("unit,time,y\rA,1,1\rA,2,2\rB,1,x\r");

        assertEquals(4, table.lineNumber(2));
    }

    @Test
    void read_withSemicolons_explainsDelimiter() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> table("unit;time;y\nA;1;1\n"));

        assertTrue(error.getMessage().contains("quirk.csv, line 1"), error.getMessage());
        assertTrue(error.getMessage().contains("';' as delimiter"), error.getMessage());
    }

    @Test
    void read_withTabs_explainsDelimiter() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> table("unit\ttime\ty\nA\t1\t1\n"));

        assertTrue(error.getMessage().contains("tab as delimiter"), error.getMessage());
    }

    @Test
    void build_treatsNegativeZeroAsZero() {
        Panel panel = PanelReader.build(table("unit,time,y\nA,-0,1\nA,1,2\nB,0,3\nB,1,4\n"),
                new PanelSpec("unit", "time", "y", null));

        assertEquals(2, panel.timeCount());
    }

    @Test
    void build_withOneColumnForTwoRoles_rejects() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PanelReader.build(table("unit,time,y\nA,1,1\n"),
                        new PanelSpec("unit", "time", "time", null)));

        assertTrue(error.getMessage().contains("both the time and the outcome"),
                error.getMessage());
    }
}
