package org.causalworkbench.estimators.graph;

import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Pairwise distances between units, indexed by unit-table row, for distance-weighted
 * interference signatures such as inverse-squared distance.
 *
 * <p>The CSV layout matches {@link AdjacencyMatrixReader}, and the matrix must list every unit.
 * Distances are symmetric, the diagonal is 0, and every other distance is positive, because an
 * inverse power of a zero distance is undefined. Units are whatever the file uses.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class DistanceMatrix {

    private final List<String> unitIds;
    private final double[][] distances;

    private DistanceMatrix(List<String> unitIds, double[][] distances) {
        this.unitIds = unitIds;
        this.distances = distances;
    }

    /**
     * Reads and checks a distance matrix.
     *
     * @param matrix the CSV table of the matrix
     * @param unitIds the node ids in unit-table row order
     * @return the distances, reordered to unit-table rows
     * @throws DataFormatException naming the file, line and column of the first invalid cell, or
     *     the first unit missing from the matrix
     */
    public static DistanceMatrix read(CsvTable matrix, List<String> unitIds) {
        MatrixCsv parsed = MatrixCsv.read(matrix, unitIds);
        for (String id : unitIds) {
            if (!parsed.ids.contains(id)) {
                throw new DataFormatException(matrix.sourceName() + ": unit '"
                        + UnitIds.shown(id) + "' is missing from the distance matrix; add a row"
                        + " and a column for it.");
            }
        }
        int size = unitIds.size();
        double[][] distances = new double[size][size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                double value = parsed.values[row][column];
                boolean diagonal = row == column;
                if (diagonal && value != 0.0) {
                    throw new DataFormatException(matrix.location(row, column + 1) + ": distance"
                            + " of unit '" + UnitIds.shown(parsed.ids.get(row)) + "' to itself is "
                            + value + "; the diagonal must be 0.");
                }
                if (!diagonal && value <= 0.0) {
                    throw new DataFormatException(matrix.location(row, column + 1) + ": distance "
                            + value + " is not positive; distinct units need a distance above 0.");
                }
                int unitRow = unitIds.indexOf(parsed.ids.get(row));
                int unitColumn = unitIds.indexOf(parsed.ids.get(column));
                distances[unitRow][unitColumn] = value;
            }
        }
        return new DistanceMatrix(List.copyOf(unitIds), distances);
    }

    /** Returns the node ids in unit-table row order. */
    public List<String> unitIds() {
        return unitIds;
    }

    /** Returns the distance between two units, given by unit-table row. */
    public double distance(int firstRow, int secondRow) {
        return distances[firstRow][secondRow];
    }
}
