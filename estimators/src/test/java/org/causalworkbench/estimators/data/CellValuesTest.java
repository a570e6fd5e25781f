package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "-3, -3", "+0.25, 0.25", ".5, 0.5", "1e-3, 0.001", "7., 7",
            "2E+2, 200"})
    void parseNumber_readsDecimalNotation(String text, double expected) {
        assertEquals(Optional.of(expected), CellValues.parseNumber(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5f", "0x1p3", "1,5", "NaN", "Infinity", "1e999", "abc", "", "1d"})
    void parseNumber_rejectsOtherSpellings(String text) {
        assertEquals(Optional.empty(), CellValues.parseNumber(text));
    }

    @Test
    void panel_rejectsNaAsUnitName() {
        CsvTable table = CsvTable.read(new StringReader("unit,time,y\nNA,1,1\nB,1,2\n"),
                "units.csv");

        DataFormatException error = org.junit.jupiter.api.Assertions.assertThrows(
                DataFormatException.class,
                () -> PanelReader.build(table, new PanelSpec("unit", "time", "y", null)));

        assertTrue(error.getMessage().contains("units.csv, line 2, column 'unit'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("unit name is missing"), error.getMessage());
    }
}
