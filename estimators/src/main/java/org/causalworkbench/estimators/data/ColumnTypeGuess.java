package org.causalworkbench.estimators.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses a column's {@link ColumnType} from its non-missing cells, and proposes numeric
 * sentinel codes such as {@code 999} as that column's missing codes.
 *
 * <p>Rules, first match wins: no value is continuous; only flags (0/1, true/false, yes/no) is
 * binary; numbers are time when the header is a time word (year, period, date...) or every value
 * is a whole year from 1800 to 2100 and some repeat, a unit when the header is a unit word and
 * values repeat, and continuous otherwise; dates are time; text unique to each row is an
 * identifier, text under a unit word is a unit, and other text is categorical. Whole numbers
 * with few distinct values stay continuous, because a cut-off count that turns them categorical
 * surprises users. The user sets categorical by hand.
 *
 * <p>NOTE: a column of dates is typed time, but {@link PanelReader} reads only numeric times, so
 * such a column fails as the panel's time until it is rewritten as years or period numbers.
 */
final class ColumnTypeGuess {

    private static final Set<String> TIME_WORDS = Set.of("time", "year", "period", "date",
            "month", "quarter", "week", "t", "jahr", "annee", "año", "anno");
    private static final Set<String> UNIT_WORDS = Set.of("unit", "state", "country", "region",
            "regionname", "id", "name", "county", "city", "municipality", "group", "land");
    private static final List<Double> SENTINELS = List.of(99.0, 999.0, 9999.0, 99999.0, -9.0,
            -99.0, -999.0, -9999.0);
    /** How far above every other value a positive sentinel must lie to be proposed. */
    private static final double SENTINEL_GAP = 5;

    private final CsvTable raw;
    private final ImportSettings settings;

    ColumnTypeGuess(CsvTable raw, ImportSettings settings) {
        this.raw = raw;
        this.settings = settings;
    }

    /** Returns the guessed type of one column of the raw table. */
    ColumnType typeOf(int column) {
        String name = raw.columns().get(column);
        String word = name.toLowerCase(Locale.ROOT).strip();
        List<String> values = values(column);
        if (values.isEmpty()) {
            return ColumnType.CONTINUOUS;
        }
        if (values.stream().allMatch(v -> CellValues.parseFlag(v).isPresent())
                && values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().count() <= 2) {
            return ColumnType.BINARY;
        }
        boolean repeats = new HashSet<>(values).size() < values.size();
        if (values.stream().allMatch(v -> number(v).isPresent())) {
            if (TIME_WORDS.contains(word) || (repeats && allYears(values))) {
                return ColumnType.TIME;
            }
            return UNIT_WORDS.contains(word) && repeats ? ColumnType.UNIT : ColumnType.CONTINUOUS;
        }
        if (values.stream().allMatch(v -> TypeCheck.DATE.matcher(v).matches())) {
            return ColumnType.TIME;
        }
        if (UNIT_WORDS.contains(word) && repeats) {
            return ColumnType.UNIT;
        }
        return repeats ? ColumnType.CATEGORICAL : ColumnType.IDENTIFIER;
    }

    /**
     * Keeps at most one unit column: the first one named so, or else, when the table has a time
     * column, the first categorical column.
     */
    Map<String, ColumnType> withOneUnit(Map<String, ColumnType> types) {
        Map<String, ColumnType> out = new java.util.LinkedHashMap<>(types);
        boolean unitSeen = false;
        for (Map.Entry<String, ColumnType> entry : out.entrySet()) {
            if (entry.getValue() == ColumnType.UNIT) {
                if (unitSeen) {
                    entry.setValue(ColumnType.CATEGORICAL);
                }
                unitSeen = true;
            }
        }
        if (!unitSeen && out.containsValue(ColumnType.TIME)) {
            for (Map.Entry<String, ColumnType> entry : out.entrySet()) {
                if (entry.getValue() == ColumnType.CATEGORICAL) {
                    entry.setValue(ColumnType.UNIT);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Returns numeric sentinels in a column of numbers that lie far from every other value: a
     * positive one at least {@value #SENTINEL_GAP} times the largest other absolute value, a
     * negative one in a column whose other values are all non-negative.
     */
    List<String> sentinelCodes(int column) {
        List<String> values = values(column);
        List<String> found = new ArrayList<>();
        for (double sentinel : SENTINELS) {
            List<Double> others = new ArrayList<>();
            String spelled = null;
            for (String value : values) {
                Optional<Double> number = number(value);
                if (number.isEmpty()) {
                    return List.of();
                }
                if (number.get() == sentinel) {
                    spelled = value;
                } else {
                    others.add(number.get());
                }
            }
            if (spelled == null || others.size() < 2 || found.contains(spelled)) {
                continue;
            }
            boolean far = sentinel > 0
                    ? others.stream().allMatch(v -> Math.abs(v) * SENTINEL_GAP <= sentinel)
                    : others.stream().allMatch(v -> v >= 0);
            if (far) {
                found.add(spelled);
            }
        }
        return found;
    }

    private List<String> values(int column) {
        String name = raw.columns().get(column);
        List<String> values = new ArrayList<>();
        for (int row = 0; row < raw.rowCount(); row++) {
            String cell = raw.cell(row, column);
            if (!settings.isMissing(name, cell)) {
                values.add(cell.strip());
            }
        }
        return values;
    }

    private Optional<Double> number(String value) {
        String dotted = settings.decimalSeparator() == ',' ? value.replace(',', '.') : value;
        return CellValues.parseNumber(dotted);
    }

    private boolean allYears(List<String> values) {
        for (String value : values) {
            double year = number(value).orElse(Double.NaN);
            if (!(year == Math.rint(year) && year >= 1800 && year <= 2100)) {
                return false;
            }
        }
        return true;
    }
}
