package org.causalworkbench.estimators.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds cells that contradict their column's declared type: text in a continuous column, a
 * value other than a flag in a binary one, text other than a number or date in a time column.
 */
final class TypeCheck {

    /** Dates as ISO {@code 2020-03} or {@code 2020-03-31}, or as {@code 31.03.2020}. */
    static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}(-\\d{1,2})?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}");

    private TypeCheck() {
    }

    /**
     * Describes the contradicting cells of one raw column in a sentence with the fix, or returns
     * empty when every non-missing cell fits the type.
     */
    static Optional<String> describe(CsvTable raw, ImportSettings settings, int column) {
        String name = raw.columns().get(column);
        Optional<ColumnType> type = settings.typeOf(name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int row = 0; row < raw.rowCount(); row++) {
            String cell = raw.cell(row, column);
            if (settings.isMissing(name, cell) || fits(cell.strip(), type.get(), settings)) {
                continue;
            }
            count++;
            if (bad.size() < ImportSummary.LISTED) {
                bad.add("'" + cell + "' on line " + raw.lineNumber(row));
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        String word = type.get().name().toLowerCase(java.util.Locale.ROOT);
        String more = count > bad.size() ? " and " + (count - bad.size()) + " more" : "";
        return Optional.of(raw.sourceName() + ", column '" + name + "': " + count + " cells do not"
                + " fit the type " + word + " (" + String.join(", ", bad) + more + "). Declare"
                + " them a missing code or change the column's type.");
    }

    private static boolean fits(String cell, ColumnType type, ImportSettings settings) {
        String dotted = settings.decimalSeparator() == ',' ? cell.replace(',', '.') : cell;
        return switch (type) {
            case CONTINUOUS -> CellValues.parseNumber(dotted).isPresent();
            case BINARY -> CellValues.parseFlag(cell).isPresent();
            case TIME -> CellValues.parseNumber(dotted).isPresent() || DATE.matcher(cell).matches();
            case CATEGORICAL, IDENTIFIER, UNIT -> true;
        };
    }
}
