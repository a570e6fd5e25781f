package org.causalworkbench.estimators.data;

import java.util.List;

/**
 * Reads complete numeric and binary columns from a table, for estimators that take a plain
 * design matrix rather than a panel.
 *
 * <p>Every cell must hold a value: a missing cell is rejected with the file, line and column,
 * because these estimators have no rule for missing covariates.
 */
public final class NumericColumns {

    private NumericColumns() {
    }

    /**
     * Reads columns into a row-major matrix.
     *
     * @param table the table
     * @param names the columns, in the order of the matrix columns
     * @param role what the columns are for, for messages, for example "covariate"
     * @return one row per table row
     * @throws DataFormatException naming the file, line and column of a missing or non-numeric
     *     cell, or a column that does not exist
     */
    public static double[][] matrix(CsvTable table, List<String> names, String role) {
        if (names.isEmpty()) {
            throw new DataFormatException(table.sourceName() + ": no " + role + " column given;"
                    + " name at least one.");
        }
        int[] indices = new int[names.size()];
        for (int j = 0; j < names.size(); j++) {
            indices[j] = table.requireColumn(names.get(j), role);
        }
        double[][] values = new double[table.rowCount()][names.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            for (int j = 0; j < indices.length; j++) {
                values[row][j] = number(table, row, indices[j]);
            }
        }
        return values;
    }

    /**
     * Reads one numeric column.
     *
     * @param table the table
     * @param name the column
     * @param role what the column is for, for messages
     * @return one value per row
     */
    public static double[] vector(CsvTable table, String name, String role) {
        int index = table.requireColumn(name, role);
        double[] values = new double[table.rowCount()];
        for (int row = 0; row < table.rowCount(); row++) {
            values[row] = number(table, row, index);
        }
        return values;
    }

    /**
     * Reads a binary column written as 0/1 or as any of the {@value CellValues#FLAG_SPELLINGS}.
     *
     * @param table the table
     * @param name the column
     * @param role what the column is for, for messages, for example "treatment"
     * @return 1 or 0 per row
     * @throws DataFormatException naming the file, line and column of a value that is not binary
     */
    public static int[] binary(CsvTable table, String name, String role) {
        int index = table.requireColumn(name, role);
        int[] values = new int[table.rowCount()];
        for (int row = 0; row < table.rowCount(); row++) {
            String raw = table.cell(row, index);
            java.util.Optional<Boolean> flag = CellValues.parseFlag(raw);
            if (flag.isEmpty()) {
                throw new DataFormatException(table.location(row, index) + ": '" + raw
                        + "' is not binary; the " + role + " column must hold 0/1 or "
                        + CellValues.FLAG_SPELLINGS + ".");
            }
            values[row] = flag.get() ? 1 : 0;
        }
        return values;
    }

    private static double number(CsvTable table, int row, int column) {
        String raw = table.cell(row, column);
        if (CellValues.isMissing(raw)) {
            throw new DataFormatException(table.location(row, column) + ": the value is missing;"
                    + " this analysis needs every cell filled, so remove the row or impute it.");
        }
        return CellValues.parseNumber(raw).orElseThrow(() -> new DataFormatException(
                table.location(row, column) + ": '" + raw + "' is not a finite number; write it"
                        + " with a dot as decimal separator."));
    }
}
