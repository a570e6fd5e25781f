package org.causalworkbench.estimators.graph;

import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Reads an interference graph from a symmetric adjacency matrix in CSV. The first column and the
 * header after its first cell list unit ids in the same order. A cell of 0 means no edge, and
 * a positive decimal number is the weight of the edge, so a negative cell is rejected. Units missing from the matrix are isolated.
 *
 * <p>The graph counts as weighted when any edge weight differs from 1. A non-zero diagonal cell
 * is rejected as a self-loop.
 */
public final class AdjacencyMatrixReader {

    private AdjacencyMatrixReader() {
    }

    /**
     * Builds the graph from the matrix.
     *
     * @param matrix the CSV table of the matrix
     * @param unitIds the node ids in unit-table row order
     * @return the graph
     * @throws DataFormatException naming the file, line and column of the first invalid cell
     */
    public static InterferenceGraph read(CsvTable matrix, List<String> unitIds) {
        MatrixCsv parsed = MatrixCsv.read(matrix, unitIds);
        boolean weighted = false;
        for (double[] row : parsed.values) {
            for (double value : row) {
                weighted |= value != 0.0 && value != 1.0;
            }
        }
        InterferenceGraph.Builder builder = InterferenceGraph.builder(unitIds);
        int size = parsed.ids.size();
        for (int row = 0; row < size; row++) {
            for (int column = row; column < size; column++) {
                double value = parsed.values[row][column];
                if (value == 0.0) {
                    continue;
                }
                if (value < 0.0) {
                    throw new DataFormatException(matrix.location(row, column + 1) + ": weight "
                            + value + " is negative; write 0 for no edge or a positive weight.");
                }
                builder.addEdge(parsed.ids.get(row), parsed.ids.get(column),
                        weighted ? value : null, matrix.location(row, column + 1));
            }
        }
        return builder.build();
    }
}
