package org.causalworkbench.app.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.PanelSpec;

/**
 * Guesses which column of a long table plays which panel role, for the import dialog's first
 * proposal. The user can always change the guess.
 *
 * <p>Names come first (for example {@code state}, {@code year}). Failing that, the first text
 * column is the unit and the first whole-number column the time. A column of flags is the
 * treatment, and the outcome is the first other numeric column that varies within units (a
 * column constant within every unit is taken for a unit code).
 */
public final class ColumnRoles {

    private static final Set<String> UNIT_NAMES = Set.of("unit", "state", "country", "region",
            "regionname", "id", "name", "county", "city", "municipality", "group");
    private static final Set<String> TIME_NAMES = Set.of("time", "year", "period", "date",
            "month", "quarter", "week", "t");
    private static final List<String> TREATMENT_WORDS = List.of("treat", "policy",
            "intervention", "proposition", "reunification", "post");
    /** Rows inspected per column when guessing types. */
    private static final int SAMPLE_ROWS = 200;

    private ColumnRoles() {
    }

    /**
     * Guesses the roles.
     *
     * @param table the table
     * @return a guess; the outcome and time may equal other roles when the table is too narrow
     */
    public static PanelSpec guess(CsvTable table) {
        List<String> columns = table.columns();
        String unit = byName(columns, UNIT_NAMES)
                .orElseGet(() -> firstMatching(table, ColumnRoles::isText).orElse(columns.get(0)));
        String time = byName(columns, TIME_NAMES)
                .filter(c -> !c.equals(unit))
                .orElseGet(() -> firstMatching(table, ColumnRoles::isWholeNumbers)
                        .filter(c -> !c.equals(unit)).orElse(columns.get(Math.min(1,
                                columns.size() - 1))));
        String treatment = null;
        for (String column : columns) {
            int index = columns.indexOf(column);
            String lower = column.toLowerCase(Locale.ROOT);
            boolean named = TREATMENT_WORDS.stream().anyMatch(lower::contains);
            boolean textFlags = !isNumbers(table, index);
            if (!column.equals(unit) && !column.equals(time) && (named || textFlags)
                    && allFlags(table, index)) {
                treatment = column;
                break;
            }
        }
        String outcome = null;
        int unitIndex = columns.indexOf(unit);
        for (String column : columns) {
            if (column.equals(unit) || column.equals(time) || column.equals(treatment)) {
                continue;
            }
            int index = columns.indexOf(column);
            if (isNumbers(table, index) && !constantWithinUnits(table, index, unitIndex)) {
                outcome = column;
                break;
            }
        }
        if (outcome == null) {
            outcome = columns.get(columns.size() - 1);
        }
        return new PanelSpec(unit, time, outcome, treatment);
    }

    /**
     * Guesses the roles from the declared column types first: the first unit column is the unit,
     * the first time column the time, the first binary column the treatment, and the first
     * continuous column left the outcome. A role with no column of its type falls back to
     * {@link #guess(CsvTable)}.
     *
     * @param table the table after the import settings, without ignored columns
     * @param settings the settings holding the column types
     * @return a guess; roles may coincide when the table is too narrow
     */
    public static PanelSpec guess(CsvTable table, ImportSettings settings) {
        PanelSpec byContent = guess(table);
        String unit = firstOfType(table, settings, ColumnType.UNIT, List.of())
                .orElse(byContent.unitColumn());
        String time = firstOfType(table, settings, ColumnType.TIME, List.of(unit))
                .orElse(byContent.timeColumn());
        String treatment = firstOfType(table, settings, ColumnType.BINARY, List.of(unit, time))
                .orElse(byContent.treatmentColumn());
        // An unnamed column is rarely the outcome, and the wizard reads an empty role as unset.
        List<String> taken = new java.util.ArrayList<>(List.of(unit, time, ""));
        if (treatment != null) {
            taken.add(treatment);
        }
        String outcome = taken.contains(byContent.outcomeColumn())
                || settings.typeOf(byContent.outcomeColumn()).orElse(ColumnType.CONTINUOUS)
                        != ColumnType.CONTINUOUS
                ? firstOfType(table, settings, ColumnType.CONTINUOUS, taken)
                        .orElse(byContent.outcomeColumn())
                : byContent.outcomeColumn();
        return new PanelSpec(unit, time, outcome, treatment);
    }

    private static Optional<String> firstOfType(CsvTable table, ImportSettings settings,
            ColumnType type, List<String> taken) {
        return table.columns().stream()
                .filter(column -> !taken.contains(column))
                .filter(column -> settings.typeOf(column).orElse(null) == type)
                .findFirst();
    }

    private static Optional<String> byName(List<String> columns, Set<String> names) {
        return columns.stream()
                .filter(c -> names.contains(c.toLowerCase(Locale.ROOT).strip()))
                .findFirst();
    }

    private interface ColumnTest {
        boolean test(CsvTable table, int column);
    }

    private static Optional<String> firstMatching(CsvTable table, ColumnTest test) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (test.test(table, i)) {
                return Optional.of(table.columns().get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isText(CsvTable table, int column) {
        return !isNumbers(table, column);
    }

    private static boolean isNumbers(CsvTable table, int column) {
        boolean any = false;
        for (int row = 0; row < Math.min(SAMPLE_ROWS, table.rowCount()); row++) {
            String cell = table.cell(row, column);
            if (CellValues.isMissing(cell)) {
                continue;
            }
            if (CellValues.parseNumber(cell).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isWholeNumbers(CsvTable table, int column) {
        if (!isNumbers(table, column)) {
            return false;
        }
        for (int row = 0; row < Math.min(SAMPLE_ROWS, table.rowCount()); row++) {
            String cell = table.cell(row, column);
            Optional<Double> value = CellValues.parseNumber(cell);
            if (value.isPresent() && value.get() != Math.rint(value.get())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether a column never changes within a unit, the mark of a unit code such as
     * {@code regionno} rather than an outcome.
     */
    private static boolean constantWithinUnits(CsvTable table, int column, int unitColumn) {
        java.util.Map<String, String> firstValue = new java.util.HashMap<>();
        for (int row = 0; row < Math.min(SAMPLE_ROWS, table.rowCount()); row++) {
            String previous = firstValue.putIfAbsent(table.cell(row, unitColumn),
                    table.cell(row, column));
            if (previous != null && !previous.equals(table.cell(row, column))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFlags(CsvTable table, int column) {
        for (int row = 0; row < table.rowCount(); row++) {
            if (CellValues.parseFlag(table.cell(row, column)).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
