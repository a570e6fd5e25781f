package org.causalworkbench.estimators.data;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one delimited text file: encoding, delimiter, header, missing-value codes, column
 * types and the columns to leave out. Every field is a plain value so that a project file can
 * store the settings as JSON, and {@link ImportReader} applies them.
 *
 * <p>A cell is missing when, after trimming, it is blank, equals one of the file's
 * {@code missingCodes}, or equals one of its column's {@code columnMissingCodes}. Codes match
 * exactly, case included, so {@code NA} does not make {@code na} missing. A missing cell never
 * reaches a value: {@link ImportReader#read} turns it into an empty cell, which
 * {@link PanelReader} stores as {@code NaN} and {@link NumericColumns} rejects.
 *
 * <p>NOTE: {@link PanelReader} and {@link NumericColumns} read {@code NA} as missing on their own,
 * so leaving {@code NA} out of the codes does not turn it into a value.
 *
 * @param charset the Java name of the text encoding, for example {@code UTF-8},
 *     {@code windows-1252} or {@code UTF-16LE}
 * @param delimiter the character between cells: comma, semicolon, tab or pipe
 * @param decimalSeparator {@code '.'} or {@code ','}; with a comma, numbers such as {@code 1,5}
 *     in continuous, binary and time columns are read as {@code 1.5}
 * @param headerRow whether the first row contains column names. Without one, the columns are named
 *     {@code column1}, {@code column2} and so on
 * @param missingCodes codes that mark a missing cell in every column, for example {@code NA},
 *     {@code .} or {@code #NULL!}; a blank cell is always missing
 * @param columnMissingCodes codes that mark a missing cell in one column only, by column name,
 *     for example {@code 999} in {@code income}
 * @param columnTypes the type of each column by name; a column without an entry is read as text
 *     and checked only by the analysis that uses it
 * @param indexColumn the column of row labels that is not data, such as the unnamed first column
 *     that R and pandas write; {@code ""} names an unnamed column, {@code null} means none
 * @param ignoredColumns columns left out of the imported table
 */
public record ImportSettings(String charset, char delimiter, char decimalSeparator,
        boolean headerRow, List<String> missingCodes, Map<String, List<String>> columnMissingCodes,
        Map<String, ColumnType> columnTypes, String indexColumn, List<String> ignoredColumns) {

    /** The delimiters the reader and the detection accept. */
    public static final String DELIMITERS = ",;\t|";

    /** The file-wide codes used when nothing else is declared. */
    public static final List<String> DEFAULT_MISSING_CODES = List.of("NA");

    /** Checks the values and copies the collections. */
    public ImportSettings {
        Objects.requireNonNull(charset, "charset");
        try {
            Charset.forName(charset);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException bad) {
            throw new IllegalArgumentException("unknown charset '" + charset + "'; use a Java"
                    + " charset name such as UTF-8 or windows-1252.", bad);
        }
        if (DELIMITERS.indexOf(delimiter) < 0) {
            throw new IllegalArgumentException("delimiter '" + delimiter + "' is not supported;"
                    + " use a comma, semicolon, tab or pipe.");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal separator '" + decimalSeparator
                    + "' is not supported; use '.' or ','.");
        }
        if (decimalSeparator == delimiter) {
            throw new IllegalArgumentException("the decimal separator and the delimiter are both"
                    + " '" + delimiter + "'; a file with comma decimals needs another delimiter,"
                    + " such as a semicolon.");
        }
        missingCodes = stripped(missingCodes);
        Map<String, List<String>> codes = new LinkedHashMap<>();
        columnMissingCodes.forEach((column, list) -> codes.put(column, stripped(list)));
        columnMissingCodes = java.util.Collections.unmodifiableMap(codes);
        columnTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Returns settings for a UTF-8, comma-separated file with a header and {@code NA} codes. */
    public static ImportSettings defaults() {
        return new ImportSettings(StandardCharsets.UTF_8.name(), ',', '.', true,
                DEFAULT_MISSING_CODES, Map.of(), Map.of(), null, List.of());
    }

    /** Returns the index column, when the file has one. */
    public Optional<String> index() {
        return Optional.ofNullable(indexColumn);
    }

    /** Returns the declared type of a column, when it has one. */
    public Optional<ColumnType> typeOf(String column) {
        return Optional.ofNullable(columnTypes.get(column));
    }

    /** Returns the codes that apply to one column only, empty when it has none. */
    public List<String> missingCodesOf(String column) {
        return columnMissingCodes.getOrDefault(column, List.of());
    }

    /**
     * Returns whether a cell of a column is missing under these settings.
     *
     * @param column the column name
     * @param cell the cell text, possibly {@code null}
     * @return {@code true} for a blank cell or one equal to a file or column code
     */
    public boolean isMissing(String column, String cell) {
        if (cell == null) {
            return true;
        }
        String trimmed = cell.strip();
        return trimmed.isEmpty() || missingCodes.contains(trimmed)
                || missingCodesOf(column).contains(trimmed);
    }

    /** Returns whether a column stays out of the imported table, as ignored or as index. */
    public boolean isLeftOut(String column) {
        return ignoredColumns.contains(column) || column.equals(indexColumn);
    }

    /** Returns a copy with another encoding. */
    public ImportSettings withCharset(String newCharset) {
        return new ImportSettings(newCharset, delimiter, decimalSeparator, headerRow,
                missingCodes, columnMissingCodes, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy with another delimiter. */
    public ImportSettings withDelimiter(char newDelimiter) {
        return new ImportSettings(charset, newDelimiter, decimalSeparator, headerRow,
                missingCodes, columnMissingCodes, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy with another decimal separator. */
    public ImportSettings withDecimalSeparator(char newSeparator) {
        return new ImportSettings(charset, delimiter, newSeparator, headerRow, missingCodes,
                columnMissingCodes, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy that reads the first row as data or as header. */
    public ImportSettings withHeaderRow(boolean newHeaderRow) {
        return new ImportSettings(charset, delimiter, decimalSeparator, newHeaderRow,
                missingCodes, columnMissingCodes, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy with other file-wide missing codes. */
    public ImportSettings withMissingCodes(List<String> codes) {
        return new ImportSettings(charset, delimiter, decimalSeparator, headerRow, codes,
                columnMissingCodes, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy in which one column has other missing codes; an empty list clears them. */
    public ImportSettings withColumnMissingCodes(String column, List<String> codes) {
        Map<String, List<String>> copy = new LinkedHashMap<>(columnMissingCodes);
        if (codes.isEmpty()) {
            copy.remove(column);
        } else {
            copy.put(column, codes);
        }
        return new ImportSettings(charset, delimiter, decimalSeparator, headerRow, missingCodes,
                copy, columnTypes, indexColumn, ignoredColumns);
    }

    /** Returns a copy with all column types replaced. */
    public ImportSettings withColumnTypes(Map<String, ColumnType> types) {
        return new ImportSettings(charset, delimiter, decimalSeparator, headerRow, missingCodes,
                columnMissingCodes, types, indexColumn, ignoredColumns);
    }

    /** Returns a copy in which one column has another type. */
    public ImportSettings withColumnType(String column, ColumnType type) {
        Map<String, ColumnType> copy = new LinkedHashMap<>(columnTypes);
        copy.put(column, Objects.requireNonNull(type, "type"));
        return withColumnTypes(copy);
    }

    /** Returns a copy with another index column, or none for {@code null}. */
    public ImportSettings withIndexColumn(String column) {
        return new ImportSettings(charset, delimiter, decimalSeparator, headerRow, missingCodes,
                columnMissingCodes, columnTypes, column, ignoredColumns);
    }

    /** Returns a copy with other ignored columns. */
    public ImportSettings withIgnoredColumns(List<String> columns) {
        return new ImportSettings(charset, delimiter, decimalSeparator, headerRow, missingCodes,
                columnMissingCodes, columnTypes, indexColumn, columns);
    }

    /** Returns a copy in which one column is ignored or kept. */
    public ImportSettings withColumnIgnored(String column, boolean ignored) {
        List<String> copy = new ArrayList<>(ignoredColumns);
        copy.remove(column);
        if (ignored) {
            copy.add(column);
        }
        return withIgnoredColumns(copy);
    }

    private static List<String> stripped(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String trimmed = code.strip();
            if (!trimmed.isEmpty() && !out.contains(trimmed)) {
                out.add(trimmed);
            }
        }
        return List.copyOf(out);
    }
}
