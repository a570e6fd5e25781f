package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericColumnsTest {

    private static final CsvTable TABLE = CsvTable.read(new StringReader(
            "x1,x2,t,y,flag\n0.5,1,1,2.5,True\n-1,2e-1,0,3,false\n"), "trial.csv");

    @Test
    void matrix_readsColumnsInGivenOrder() {
        double[][] x = NumericColumns.matrix(TABLE, List.of("x2", "x1"), "covariate");

        assertArrayEquals(new double[] {1, 0.5}, x[0]);
        assertArrayEquals(new double[] {0.2, -1}, x[1]);
    }

    @Test
    void binary_readsZeroOneAndFlags() {
        assertArrayEquals(new int[] {1, 0}, NumericColumns.binary(TABLE, "t", "treatment"));
        assertArrayEquals(new int[] {1, 0}, NumericColumns.binary(TABLE, "flag", "treatment"));
    }

    @Test
    void binary_withOtherValue_namesLineAndColumn() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> NumericColumns.binary(TABLE, "y", "treatment"));

        assertTrue(error.getMessage().contains("trial.csv, line 2, column 'y'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("'2.5' is not binary"), error.getMessage());
    }

    @Test
    void vector_withMissingCell_namesLineAndColumn() {
        CsvTable table = CsvTable.read(new StringReader("y\n1\nNA\n"), "gaps.csv");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> NumericColumns.vector(table, "y", "outcome"));

        assertTrue(error.getMessage().contains("gaps.csv, line 3, column 'y'"),
                error.getMessage());
    }

    @Test
    void matrix_withoutColumns_rejects() {
        assertThrows(DataFormatException.class,
                () -> NumericColumns.matrix(TABLE, List.of(), "covariate"));
    }
}
