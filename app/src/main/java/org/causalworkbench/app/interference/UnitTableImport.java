package org.causalworkbench.app.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.NumericColumns;
import org.causalworkbench.estimators.graph.GroupCliques;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.graph.UnitIds;

/**
 * Builds a workspace dataset from a unit table whose group column, such as a household id,
 * defines the interaction structure: the members of each group form a clique.
 */
public final class UnitTableImport {

    private UnitTableImport() {
    }

    /**
     * Column roles of a unit table.
     *
     * @param id the unit id column
     * @param treatment the 0/1 treatment column
     * @param outcome the numeric outcome column
     * @param covariates the discrete covariate columns, possibly none
     * @param group the group column
     */
    public record Roles(String id, String treatment, String outcome, List<String> covariates,
            String group) {

        /** Copies the covariate list. */
        public Roles {
            covariates = List.copyOf(covariates);
        }
    }

    /**
     * Reads the chosen columns and builds the cliques.
     *
     * @param table the CSV table
     * @param roles the column roles
     * @param note a short text shown beside the results, empty for none
     * @param trueEffect the true TACE of simulated data, {@code NaN} when unknown
     * @return the dataset
     * @throws DataFormatException naming the file, line or column of the problem, or when a
     *     column is chosen for two roles
     */
    public static InterferenceData build(CsvTable table, Roles roles, String note,
            double trueEffect) {
        List<String> chosen = new ArrayList<>(List.of(roles.id(), roles.treatment(),
                roles.outcome(), roles.group()));
        chosen.addAll(roles.covariates());
        if (chosen.stream().distinct().count() < chosen.size()) {
            throw new DataFormatException(table.sourceName() + ": a column is chosen for two"
                    + " roles; id, treatment, outcome, group and covariates need distinct"
                    + " columns.");
        }
        List<String> ids = UnitIds.read(table, roles.id());
        int[] treatment = NumericColumns.binary(table, roles.treatment(), "treatment");
        double[] outcome = NumericColumns.vector(table, roles.outcome(), "outcome");
        List<List<String>> covariateValues = covariateValues(table, roles.covariates());
        List<String> covariates = roles.covariates().isEmpty() ? null
                : covariateValues.stream().map(values -> String.join(", ", values)).toList();
        InterferenceGraph graph = GroupCliques.build(table, roles.id(), roles.group()).graph();
        int groupColumn = table.requireColumn(roles.group(), "group");
        List<String> groups = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            groups.add(table.cell(row, groupColumn));
        }
        return new InterferenceData(table.sourceName(), ids, treatment, outcome,
                roles.covariates(), covariates, groups, neighbours(graph), note, trueEffect,
                covariateValues);
    }

    /** Returns, per unit row, the rows of its neighbours in the graph. */
    static int[][] neighbours(InterferenceGraph graph) {
        int[][] result = new int[graph.unitCount()][];
        for (int row = 0; row < graph.unitCount(); row++) {
            List<String> adjacent = graph.neighbours(graph.unitId(row));
            result[row] = new int[adjacent.size()];
            for (int k = 0; k < adjacent.size(); k++) {
                OptionalInt neighbour = graph.rowOf(adjacent.get(k));
                result[row][k] = neighbour.orElseThrow();
            }
        }
        return result;
    }

    /**
     * Reads each unit's covariate values, which the caller joins into one label so that equal
     * combinations share a propensity cell. An empty or missing cell is rejected, because it
     * would form a cell of its own.
     */
    private static List<List<String>> covariateValues(CsvTable table, List<String> columns) {
        if (columns.isEmpty()) {
            return List.of();
        }
        int[] indices = new int[columns.size()];
        for (int j = 0; j < indices.length; j++) {
            indices[j] = table.requireColumn(columns.get(j), "covariate");
        }
        List<List<String>> rows = new ArrayList<>(table.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> values = new ArrayList<>(indices.length);
            for (int j = 0; j < indices.length; j++) {
                String value = table.cell(row, indices[j]).strip();
                if (CellValues.isMissing(value)) {
                    throw new DataFormatException(table.location(row, indices[j]) + ": the"
                            + " covariate value is missing; remove the row or give it a value.");
                }
                values.add(value);
            }
            rows.add(values);
        }
        return rows;
    }
}
