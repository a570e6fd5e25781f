package org.causalworkbench.estimators.graph;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * A square matrix read from CSV: the first column contains unit ids, the header names the same ids
 * in the same order after its first cell, and every other cell is a number.
 */
final class MatrixCsv {

    final CsvTable table;
    final List<String> ids;
    final double[][] values;

    private MatrixCsv(CsvTable table, List<String> ids, double[][] values) {
        this.table = table;
        this.ids = ids;
        this.values = values;
    }

    static MatrixCsv read(CsvTable table, List<String> unitIds) {
        List<String> header = table.columns();
        int size = header.size() - 1;
        if (table.rowCount() != size) {
            throw new DataFormatException(table.sourceName() + ": the matrix has " + size
                    + " id columns but " + table.rowCount() + " rows; it must be square.");
        }
        List<String> ids = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            String id = table.cell(row, 0);
            if (!id.equals(header.get(row + 1))) {
                throw new DataFormatException(table.location(row, 0) + ": row id '"
                        + UnitIds.shown(id) + "' differs from column " + (row + 2)
                        + " of the header, '" + UnitIds.shown(header.get(row + 1))
                        + "'; rows and columns must list the same ids in the same order.");
            }
            if (!unitIds.contains(id)) {
                throw new DataFormatException(table.location(row, 0) + ": unknown node id '"
                        + UnitIds.shown(id) + "', which is not in the unit"
                        + " table; check the id column or the matrix.");
            }
            if (ids.contains(id)) {
                throw new DataFormatException(table.location(row, 0) + ": unit id '"
                        + UnitIds.shown(id) + "' appears twice in the matrix; list each unit"
                        + " once.");
            }
            ids.add(id);
        }

        double[][] values = new double[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                values[row][column] = parse(table, row, column + 1);
            }
        }
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < row; column++) {
                if (values[row][column] != values[column][row]) {
                    throw new DataFormatException(table.location(row, column + 1) + ": value "
                            + values[row][column] + " differs from " + values[column][row]
                            + " on line " + table.lineNumber(column) + "; the matrix must be"
                            + " symmetric because edges are undirected.");
                }
            }
        }
        return new MatrixCsv(table, List.copyOf(ids), values);
    }

    private static double parse(CsvTable table, int row, int column) {
        return EdgeListReader.parseDecimal(table.cell(row, column),
                table.location(row, column) + ":");
    }
}
