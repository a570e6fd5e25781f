package org.causalworkbench.app.interference.classical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;

/**
 * Finds the allocation strategy of each group, either from a covariate column of the unit
 * table, whose value must be the same for every member of a group, or from a separate table
 * with one row per group.
 */
public final class GroupStrategies {

    /** Covariate values are joined with this separator in {@link InterferenceData}. */
    private static final String COVARIATE_SEPARATOR = ", ";

    /** How many group labels an error message lists before it stops. */
    private static final int LISTED = 5;

    private GroupStrategies() {
    }

    /**
     * Reads the strategy of each group from one covariate column.
     *
     * @param data the unit table, with the strategy imported as a covariate
     * @param column the covariate column that contains the strategy
     * @return the strategy per group label, in order of first appearance
     * @throws IllegalArgumentException if the column is not a covariate, or the value differs
     *     within a group
     */
    public static Map<String, String> fromColumn(InterferenceData data, String column) {
        int index = data.covariateNames().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("The strategy column '" + column + "' is not a"
                    + " covariate of " + data.name() + " (covariates: " + data.covariateNames()
                    + "). Import the table again with the strategy column ticked as a"
                    + " covariate, or load a strategy table.");
        }
        int columns = data.covariateNames().size();
        Map<String, String> strategies = new LinkedHashMap<>();
        Map<String, String> firstUnit = new LinkedHashMap<>();
        for (int unit = 0; unit < data.size(); unit++) {
            String[] values = data.covariateOf(unit).split(COVARIATE_SEPARATOR, -1);
            if (values.length != columns) {
                throw new IllegalArgumentException("The covariates of unit "
                        + data.ids().get(unit) + " cannot be split into the " + columns
                        + " columns " + data.covariateNames() + " because a value contains '"
                        + COVARIATE_SEPARATOR + "'. Load a strategy table instead.");
            }
            String group = data.groups().get(unit);
            String strategy = values[index];
            String previous = strategies.putIfAbsent(group, strategy);
            firstUnit.putIfAbsent(group, data.ids().get(unit));
            if (previous != null && !previous.equals(strategy)) {
                throw new IllegalArgumentException("Group '" + group + "' has strategy '"
                        + previous + "' for unit " + firstUnit.get(group) + " but '" + strategy
                        + "' for unit " + data.ids().get(unit) + ". A strategy is assigned to"
                        + " a whole group, so choose the column that is constant within"
                        + " groups.");
            }
        }
        return strategies;
    }

    /**
     * Reads a strategy table: a CSV file with a header, the group label in the first column and
     * the strategy in the second.
     *
     * @param table the strategy table
     * @param data the unit table whose groups the strategies belong to
     * @return the strategy per group label, in order of first appearance in the unit table
     * @throws IllegalArgumentException naming the line of a problem: fewer than 2 columns, a
     *     missing value, a group listed twice, a group that is not in the unit table, or a
     *     group of the unit table without a row
     */
    public static Map<String, String> fromTable(CsvTable table, InterferenceData data) {
        if (table.columns().size() < 2) {
            throw new IllegalArgumentException(table.sourceName() + " has "
                    + table.columns().size() + " column(s); a strategy table needs the group"
                    + " label in the first column and the strategy in the second.");
        }
        Set<String> known = new LinkedHashSet<>(data.groups());
        Map<String, String> listed = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String group = table.cell(row, 0).strip();
            String strategy = table.cell(row, 1).strip();
            if (CellValues.isMissing(group) || CellValues.isMissing(strategy)) {
                throw new IllegalArgumentException(table.location(row, 0) + ": the group or"
                        + " the strategy is missing; give both on every row.");
            }
            if (!known.contains(group)) {
                throw new IllegalArgumentException(table.location(row, 0) + ": group '" + group
                        + "' is not in " + data.name() + "; check the spelling or remove the"
                        + " row.");
            }
            if (listed.put(group, strategy) != null) {
                throw new IllegalArgumentException(table.location(row, 0) + ": group '" + group
                        + "' is listed twice; give each group one row.");
            }
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> strategies = new LinkedHashMap<>();
        for (String group : known) {
            String strategy = listed.get(group);
            if (strategy == null) {
                missing.add(group);
            } else {
                strategies.put(group, strategy);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(table.sourceName() + " has no strategy for "
                    + missing.size() + " group(s) of " + data.name() + ": " + list(missing)
                    + ". Add a row for each group.");
        }
        return strategies;
    }

    /** Lists the first few labels, and how many more there are. */
    static String list(List<?> labels) {
        if (labels.size() <= LISTED) {
            return String.join(", ", labels.stream().map(String::valueOf).toList());
        }
        return String.join(", ", labels.subList(0, LISTED).stream().map(String::valueOf)
                .toList()) + " and " + (labels.size() - LISTED) + " more";
    }
}
