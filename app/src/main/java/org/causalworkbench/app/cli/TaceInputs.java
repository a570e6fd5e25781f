package org.causalworkbench.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.UnitIds;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;

/**
 * Reads and checks the {@code tace} options that describe the units: covariate cells, the
 * default level and the handling of units without neighbours.
 */
final class TaceInputs {

    /** Unit ids listed in a message before the rest are only counted. */
    static final int IDS_IN_MESSAGE = 5;

    static final String ISOLATED_HELP = "  --isolated POLICY    units without neighbours in a"
            + " fraction signature: reject (default), zero (signature 0) or missing (left out)";

    private TaceInputs() {
    }

    /** Returns the policy of {@code --isolated}: reject (default), zero or missing. */
    static IsolatedUnitPolicy isolatedPolicy(Options options) {
        String name = options.get("--isolated").orElse("reject");
        return switch (name) {
            case "reject" -> IsolatedUnitPolicy.REJECT;
            case "zero" -> IsolatedUnitPolicy.ZERO;
            case "missing" -> IsolatedUnitPolicy.MISSING;
            default -> throw new IllegalArgumentException("--isolated '" + name + "' is not one"
                    + " of reject, zero, missing");
        };
    }

    /** Returns the rows of units without neighbours. */
    static List<Integer> isolatedRows(int[][] neighbours) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < neighbours.length; row++) {
            if (neighbours[row].length == 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Names where the neighbours come from, such as {@code --graph edges.csv}. */
    static String neighbourSource(Options options) {
        if (options.get("--groups").isPresent()) {
            return "group column '" + options.get("--groups").get() + "'";
        }
        String graph = options.get("--graph").orElse("");
        java.nio.file.Path name = java.nio.file.Path.of(graph).getFileName();
        return "--graph " + (name == null ? graph : name);
    }

    /**
     * Rejects units without neighbours for a fraction signature under the default policy,
     * naming the first few unit ids and the option that accepts them.
     */
    static void rejectIsolated(String kind, IsolatedUnitPolicy policy, List<Integer> rows,
            List<String> ids, String source) {
        boolean fraction = kind.equals("group-fraction") || kind.equals("neighbour-fraction");
        if (!fraction || policy != IsolatedUnitPolicy.REJECT || rows.isEmpty()) {
            return;
        }
        String what = rows.size() == 1 ? "1 unit has" : rows.size() + " units have";
        throw new IllegalArgumentException(what + " no neighbours in " + source + " ("
                + idList(rows, ids) + "), so the " + kind + " signature is 0/0 there; add"
                + " their edges or groups, remove the units, or give --isolated zero"
                + " (signature 0) or --isolated missing (leave them out)");
    }

    /** Returns the JSON warning for units without neighbours, or {@code null} when none. */
    static String isolatedWarning(String kind, IsolatedUnitPolicy policy, List<Integer> rows,
            int units, String source) {
        if (rows.isEmpty()) {
            return null;
        }
        String treatment = switch (kind) {
            case "count" -> "their count of treated neighbours is 0";
            case "inverse-distance" -> "their signature comes from --distances, but the"
                    + " dependence factors treat them as independent";
            default -> policy == IsolatedUnitPolicy.ZERO ? "their signature is set to 0"
                    : "they are left out of the signature-adjusted estimate";
        };
        return rows.size() + " of " + units + " units have no neighbours in " + source + ", so "
                + treatment + "; check that the graph covers the whole unit table.";
    }

    /** Lists the first few ids of the rows, then how many more there are. */
    static String idList(List<Integer> rows, List<String> ids) {
        StringJoiner list = new StringJoiner(", ");
        for (int k = 0; k < Math.min(rows.size(), IDS_IN_MESSAGE); k++) {
            list.add("'" + UnitIds.shown(ids.get(rows.get(k))) + "'");
        }
        String shown = list.toString();
        return rows.size() > IDS_IN_MESSAGE
                ? shown + " and " + (rows.size() - IDS_IN_MESSAGE) + " more" : shown;
    }

    /**
     * Returns each unit's covariate values as one cell key. An empty or {@code NA} cell is
     * rejected, because a missing value would otherwise form a cell of its own.
     */
    static List<List<String>> covariateCells(CsvTable units, String option) {
        List<String> columns = Options.list(option);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("--covariates '" + option + "' names no column;"
                    + " give column names separated by commas, or drop --covariates");
        }
        int[] indices = columns.stream().mapToInt(c -> units.requireColumn(c, "covariate"))
                .toArray();
        List<List<String>> cells = new ArrayList<>(units.rowCount());
        for (int row = 0; row < units.rowCount(); row++) {
            List<String> cell = new ArrayList<>(indices.length);
            for (int index : indices) {
                String value = units.cell(row, index);
                if (CellValues.isMissing(value)) {
                    throw new IllegalArgumentException(units.location(row, index) + ": the"
                            + " covariate value is missing; fill it in or drop the unit, because"
                            + " covariate cells need every value");
                }
                cell.add(value);
            }
            cells.add(List.copyOf(cell));
        }
        return cells;
    }

    /** Parses {@code --default-level} as a whole number or a fraction such as 1/2. */
    static ExactFraction defaultLevel(Options options) {
        String text = options.get("--default-level").orElse("0").strip();
        long numerator;
        long denominator;
        try {
            int slash = text.indexOf('/');
            numerator = Long.parseLong(slash < 0 ? text : text.substring(0, slash).strip());
            denominator = slash < 0 ? 1 : Long.parseLong(text.substring(slash + 1).strip());
        } catch (NumberFormatException notFraction) {
            throw new IllegalArgumentException("--default-level '" + text + "' is not a whole"
                    + " number or fraction; give for example 0, 1 or 1/2", notFraction);
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE || denominator == 0) {
            throw new IllegalArgumentException("--default-level '" + text + "' is out of range;"
                    + " give a whole number or a fraction with a non-zero denominator, with"
                    + " parts between -" + Long.MAX_VALUE + " and " + Long.MAX_VALUE);
        }
        return new ExactFraction(numerator, denominator);
    }
}
