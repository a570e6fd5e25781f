package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;

class UnitTableImportTest {

    private static CsvTable table(String text) {
        return CsvTable.read(new StringReader(text), "units.csv");
    }

    @Test
    void build_groupsBecomeCliques() {
        InterferenceData data = UnitTableImport.build(table("""
                id,hh,t,y,age
                a,1,1,2.5,3
                b,1,0,1.0,3
                c,2,1,4.0,1
                d,2,0,3.0,2
                e,2,1,5.0,1
                """), new UnitTableImport.Roles("id", "t", "y", List.of("age"), "hh"), "",
                Double.NaN);

        assertEquals(5, data.size());
        assertArrayEquals(new int[] {1}, data.neighbours()[0]);
        int[] ofC = data.neighbours()[2];
        Arrays.sort(ofC);
        assertArrayEquals(new int[] {3, 4}, ofC);
        assertEquals(List.of("3", "3", "1", "2", "1"), data.covariates());
    }

    @Test
    void build_columnTwice_isRejected() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> UnitTableImport.build(table("id,hh,t,y\na,1,1,2\nb,1,0,1\n"),
                        new UnitTableImport.Roles("id", "t", "y", List.of("t"), "hh"), "",
                        Double.NaN));

        assertTrue(error.getMessage().contains("two roles"), error.getMessage());
    }

    @Test
    void build_missingCovariate_namesLine() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> UnitTableImport.build(table("id,hh,t,y,x\na,1,1,2,0\nb,1,0,1,NA\n"),
                        new UnitTableImport.Roles("id", "t", "y", List.of("x"), "hh"), "",
                        Double.NaN));

        assertTrue(error.getMessage().contains("line 3"), error.getMessage());
    }
}
