package org.causalworkbench.estimators.graph;

import java.util.List;
import java.util.Optional;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Reads an interference graph from a CSV edge list with the columns {@code source},
 * {@code target} and an optional {@code weight}. Each row is one undirected edge.
 *
 * <p>Errors name the file and line: unknown node ids, self-loops, duplicate edges (in either
 * direction) and weights that are not positive decimal numbers. An empty weight cell means
 * weight 1.
 */
public final class EdgeListReader {

    private EdgeListReader() {
    }

    /**
     * Builds the graph from an edge-list table.
     *
     * @param edges the edge list
     * @param unitIds the node ids in unit-table row order
     * @return the graph
     * @throws DataFormatException naming the file and line of the first invalid edge
     */
    public static InterferenceGraph read(CsvTable edges, List<String> unitIds) {
        int sourceColumn = edges.requireColumn("source", "edge source");
        int targetColumn = edges.requireColumn("target", "edge target");
        Optional<Integer> weightColumn = edges.findColumn("weight");
        InterferenceGraph.Builder builder = InterferenceGraph.builder(unitIds);
        for (int row = 0; row < edges.rowCount(); row++) {
            String location = edges.sourceName() + ", line " + edges.lineNumber(row);
            Double weight = null;
            if (weightColumn.isPresent()) {
                weight = parseWeight(edges.cell(row, weightColumn.get()), location);
            }
            builder.addEdge(edges.cell(row, sourceColumn), edges.cell(row, targetColumn), weight,
                    location);
        }
        return builder.build();
    }

    /** Parses a weight cell, returning {@code null} for an empty cell. */
    static Double parseWeight(String text, String location) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return parseDecimal(text, location + ": weight");
    }

    /**
     * Parses a finite number in plain decimal notation, so Java-only forms such as
     * {@code 0x1p3} or {@code 1.5d} are rejected.
     *
     * @param text the cell text
     * @param subject the location and role that begin the message, such as
     *     {@code edges.csv, line 3: weight}
     */
    static double parseDecimal(String text, String subject) {
        Optional<Double> value = CellValues.parseNumber(text);
        if (value.isPresent()) {
            return value.get();
        }
        String shown = UnitIds.shown(text.strip());
        boolean special = shown.equalsIgnoreCase("NaN") || shown.matches("[+-]?Infinity");
        throw new DataFormatException(subject + " '" + shown + "' is not "
                + (special ? "a finite number" : "a number") + "; write a decimal number such as"
                + " 0.5.");
    }
}
