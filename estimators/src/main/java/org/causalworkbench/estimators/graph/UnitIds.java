package org.causalworkbench.estimators.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/** Reads the node ids of an interference graph from the id column of a unit table. */
public final class UnitIds {

    /** Maximum length, in characters, of an id quoted in a message. */
    public static final int SHOWN_LENGTH = 60;

    private UnitIds() {
    }

    /**
     * Reads the ids in row order.
     *
     * @param units the unit table
     * @param idColumn the name of the id column
     * @return the ids, one per row
     * @throws DataFormatException if the column is missing or an id is empty or repeated; the
     *     message names the file and line
     */
    public static List<String> read(CsvTable units, String idColumn) {
        int column = units.requireColumn(idColumn, "unit id");
        List<String> ids = new ArrayList<>(units.rowCount());
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < units.rowCount(); row++) {
            String id = units.cell(row, column);
            if (id.isEmpty()) {
                throw new DataFormatException(units.location(row, column)
                        + ": the unit id is empty; every unit needs an id.");
            }
            Integer previous = firstRow.putIfAbsent(id, row);
            if (previous != null) {
                throw new DataFormatException(units.location(row, column) + ": unit id '"
                        + shown(id) + "' repeats line " + units.lineNumber(previous)
                        + "; ids must be unique.");
            }
            ids.add(id);
        }
        return ids;
    }

    /**
     * Shortens an id for a message, because an id can be any length.
     *
     * @param id the id
     * @return the id, or its first {@link #SHOWN_LENGTH} characters, an ellipsis and its length
     */
    public static String shown(String id) {
        if (id.length() <= SHOWN_LENGTH) {
            return id;
        }
        return id.substring(0, SHOWN_LENGTH) + "… (" + id.length() + " characters)";
    }
}
