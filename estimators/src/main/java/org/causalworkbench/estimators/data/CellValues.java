package org.causalworkbench.estimators.data;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses single CSV cells: missing-value codes, numbers and boolean flags.
 */
public final class CellValues {

    /** Codes read as a missing value, besides the empty cell. */
    public static final Set<String> MISSING_CODES = Set.of("NA");

    /** Plain decimal notation with an optional exponent, so "12.5f" or "0x1p3" are rejected. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Set<String> TRUE_SPELLINGS = Set.of("true", "1", "yes");
    private static final Set<String> FALSE_SPELLINGS = Set.of("false", "0", "no");

    /** The accepted flag spellings, for error messages. */
    public static final String FLAG_SPELLINGS = "True/False, true/false, 1/0 or yes/no";

    private CellValues() {
    }

    /**
     * Returns whether a cell is a missing value: empty, blank or one of {@link #MISSING_CODES}.
     *
     * @param raw the cell text, possibly {@code null}
     * @return {@code true} for a missing value
     */
    public static boolean isMissing(String raw) {
        if (raw == null) {
            return true;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() || MISSING_CODES.contains(trimmed);
    }

    /**
     * Parses a number written in decimal notation with a dot as decimal separator and an
     * optional exponent, such as {@code -12.5} or {@code 1e-3}.
     *
     * @param raw the cell text
     * @return the value, or empty when the text is not a finite number
     */
    public static Optional<Double> parseNumber(String raw) {
        String trimmed = raw.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(trimmed);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Parses a boolean flag written in any of the {@link #FLAG_SPELLINGS}, ignoring case.
     *
     * @param raw the cell text
     * @return the flag, or empty when the spelling is not one of those accepted
     */
    public static Optional<Boolean> parseFlag(String raw) {
        String key = raw.strip().toLowerCase(Locale.ROOT);
        if (TRUE_SPELLINGS.contains(key)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE_SPELLINGS.contains(key)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
