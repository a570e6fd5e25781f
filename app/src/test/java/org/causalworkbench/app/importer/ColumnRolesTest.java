package org.causalworkbench.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnRolesTest {

    static Stream<Arguments> sharedPanels() {
        return Stream.of(
                Arguments.of("smoking_data.csv", "state", "year", "cigsale", "Proposition 99"),
                Arguments.of("german_reunification.csv", "country", "year", "gdp",
                        "Reunification"),
                Arguments.of("basque_data.csv", "regionname", "year", "gdpcap", null),
                Arguments.of("P99data.csv", "state", "year", "cigsale", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedPanels")
    void guess_findsRolesOfSharedPanels(String file, String unit, String time, String outcome,
            String treatment) {
        PanelSpec spec = ColumnRoles.guess(CsvTable.read(SharedDatasets.require(file)));

        assertEquals(unit, spec.unitColumn());
        assertEquals(time, spec.timeColumn());
        assertEquals(outcome, spec.outcomeColumn());
        assertEquals(treatment, spec.treatmentColumn());
    }

    @Test
    void guess_withUnfamiliarNames_usesColumnTypes() {
        CsvTable table = CsvTable.read(new StringReader(
                "site,wave,flag,score\nA,1,no,2.5\nA,2,yes,3.5\nB,1,no,1.25\nB,2,no,4\n"),
                "unfamiliar.csv");

        PanelSpec spec = ColumnRoles.guess(table);

        assertEquals("site", spec.unitColumn());
        assertEquals("wave", spec.timeColumn());
        assertEquals("flag", spec.treatmentColumn());
        assertEquals("score", spec.outcomeColumn());
    }

    @Test
    void guess_withNumericZeroOneColumn_doesNotCallItTreatment() {
        CsvTable table = CsvTable.read(new StringReader(
                "unit,time,count\nA,1,0\nA,2,1\nB,1,1\nB,2,0\n"), "counts.csv");

        PanelSpec spec = ColumnRoles.guess(table);

        assertNull(spec.treatmentColumn());
        assertEquals("count", spec.outcomeColumn());
    }
}
