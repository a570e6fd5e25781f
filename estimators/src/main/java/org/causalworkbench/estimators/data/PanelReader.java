package org.causalworkbench.estimators.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds a balanced {@link Panel} from a long table with one row per unit and time.
 *
 * <p>Rejected, each with a message naming the file, line or column: a role naming a column that
 * does not exist, an empty unit name, a time or outcome that is not a number, a treatment flag
 * not written as {@value CellValues#FLAG_SPELLINGS}, two rows for the same unit and time, and a
 * panel in which some unit has no row at some time (the message lists the missing cells).
 *
 * <p>An outcome cell that is empty or {@code NA} is kept as a missing value; a missing time,
 * unit or treatment flag is rejected because the row could not be placed.
 */
public final class PanelReader {

    /** How many missing cells an unbalanced-panel message lists before summarising. */
    private static final int MAX_LISTED_CELLS = 10;

    private PanelReader() {
    }

    /**
     * Reads a CSV file and builds the panel.
     *
     * @param path the file
     * @param spec the column roles
     * @return the panel
     * @throws DataFormatException if the file or the panel is invalid
     */
    public static Panel read(Path path, PanelSpec spec) {
        return build(CsvTable.read(path), spec);
    }

    /**
     * Builds the panel from a table already read.
     *
     * @param table the long table
     * @param spec the column roles
     * @return the panel
     * @throws DataFormatException if the panel is invalid
     */
    public static Panel build(CsvTable table, PanelSpec spec) {
        checkDistinctRoles(table, spec);
        int unitColumn = table.requireColumn(spec.unitColumn(), "unit");
        int timeColumn = table.requireColumn(spec.timeColumn(), "time");
        int outcomeColumn = table.requireColumn(spec.outcomeColumn(), "outcome");
        Optional<Integer> treatmentColumn = spec.treatment()
                .map(name -> table.requireColumn(name, "treatment flag"));

        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        TreeSet<Double> timeSet = new TreeSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            unitIndex.putIfAbsent(unitName(table, row, unitColumn), unitIndex.size());
            timeSet.add(time(table, row, timeColumn));
        }
        double[] times = timeSet.stream().mapToDouble(Double::doubleValue).toArray();
        Map<Double, Integer> timeIndex = new HashMap<>();
        for (int i = 0; i < times.length; i++) {
            timeIndex.put(times[i], i);
        }

        int unitCount = unitIndex.size();
        double[][] outcomes = new double[unitCount][times.length];
        long[][] lines = new long[unitCount][times.length];
        int[][] rowOf = new int[unitCount][times.length];
        boolean[][] treatment = treatmentColumn.isPresent()
                ? new boolean[unitCount][times.length] : null;
        for (int[] unitRows : rowOf) {
            java.util.Arrays.fill(unitRows, -1);
        }

        for (int row = 0; row < table.rowCount(); row++) {
            String unit = unitName(table, row, unitColumn);
            int u = unitIndex.get(unit);
            int t = timeIndex.get(time(table, row, timeColumn));
            if (rowOf[u][t] >= 0) {
                throw new DataFormatException(table.sourceName() + ": lines "
                        + table.lineNumber(rowOf[u][t]) + " and " + table.lineNumber(row)
                        + " both hold unit '" + unit + "' at " + spec.timeColumn() + " "
                        + Panel.formatTime(times[t]) + "; keep one row per unit and time.");
            }
            rowOf[u][t] = row;
            lines[u][t] = table.lineNumber(row);
            outcomes[u][t] = outcome(table, row, outcomeColumn);
            if (treatment != null) {
                treatment[u][t] = flag(table, row, treatmentColumn.get());
            }
        }

        checkBalanced(table, spec, new ArrayList<>(unitIndex.keySet()), times, rowOf);
        return new Panel(table.sourceName(), spec, new ArrayList<>(unitIndex.keySet()), unitIndex,
                times, outcomes, lines, treatment);
    }

    private static void checkDistinctRoles(CsvTable table, PanelSpec spec) {
        java.util.List<String> roles = new java.util.ArrayList<>(java.util.List.of(
                spec.unitColumn(), spec.timeColumn(), spec.outcomeColumn()));
        spec.treatment().ifPresent(roles::add);
        java.util.List<String> names = java.util.List.of("unit", "time", "outcome", "treatment");
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                if (roles.get(i).equals(roles.get(j))) {
                    throw new DataFormatException(table.sourceName() + ": column '"
                            + roles.get(i) + "' is chosen as both the " + names.get(i) + " and"
                            + " the " + names.get(j) + "; each role needs its own column.");
                }
            }
        }
    }

    private static String unitName(CsvTable table, int row, int column) {
        String unit = table.cell(row, column);
        if (CellValues.isMissing(unit)) {
            throw new DataFormatException(table.location(row, column)
                    + ": the unit name is missing ('" + unit + "'); every row needs a unit.");
        }
        return unit;
    }

    private static double time(CsvTable table, int row, int column) {
        String raw = table.cell(row, column);
        if (CellValues.isMissing(raw)) {
            throw new DataFormatException(table.location(row, column)
                    + ": the time is missing; every row needs a time.");
        }
        double time = CellValues.parseNumber(raw).orElseThrow(() -> new DataFormatException(
                table.location(row, column) + ": '" + raw + "' is not a finite number; the"
                        + " time column must hold numbers such as years or period indices."));
        // Adding zero turns -0.0 into 0.0, which would otherwise count as a separate time.
        return time + 0.0;
    }

    private static double outcome(CsvTable table, int row, int column) {
        String raw = table.cell(row, column);
        if (CellValues.isMissing(raw)) {
            return Double.NaN;
        }
        return CellValues.parseNumber(raw).orElseThrow(() -> new DataFormatException(
                table.location(row, column) + ": '" + raw + "' is not a finite number; write the"
                        + " outcome with a dot as decimal separator, or leave the cell empty"
                        + " (or NA) if it is missing."));
    }

    private static boolean flag(CsvTable table, int row, int column) {
        String raw = table.cell(row, column);
        return CellValues.parseFlag(raw).orElseThrow(() -> new DataFormatException(
                table.location(row, column) + ": '" + raw + "' is not a treatment flag; write "
                        + CellValues.FLAG_SPELLINGS + "."));
    }

    private static void checkBalanced(CsvTable table, PanelSpec spec, List<String> units,
            double[] times, int[][] rowOf) {
        List<String> missing = new ArrayList<>();
        int missingCount = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int t = 0; t < times.length; t++) {
                if (rowOf[u][t] < 0) {
                    missingCount++;
                    if (missing.size() < MAX_LISTED_CELLS) {
                        missing.add("'" + units.get(u) + "' at " + Panel.formatTime(times[t]));
                    }
                }
            }
        }
        if (missingCount > 0) {
            String more = missingCount > missing.size()
                    ? " and " + (missingCount - missing.size()) + " more" : "";
            throw new DataFormatException(table.sourceName() + ": the panel is unbalanced: "
                    + missingCount + " unit-time cells have no row (" + String.join(", ", missing)
                    + more + "). Add a row for each, with an empty " + spec.outcomeColumn()
                    + " cell if the value is unknown.");
        }
    }
}
