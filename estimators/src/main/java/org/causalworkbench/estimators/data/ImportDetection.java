package org.causalworkbench.estimators.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Proposes {@link ImportSettings} for a file: encoding, delimiter, header row, decimal
 * separator, missing codes seen, an unnamed index column and a type per column. Every proposal
 * is a guess that the user can override.
 *
 * <p>The delimiter is the candidate (comma, semicolon, tab, pipe) under which the most of the
 * first {@value #SAMPLE_RECORDS} records, parsed with quotes respected, have as many fields as
 * the first record, and that first record has at least two. A trailing delimiter counts as
 * consistent. The first row is a header unless every cell in it is a number. Comma decimals
 * are proposed when a non-comma delimiter is found and numbers such as {@code 1,5} occur with
 * no dot decimals. Column types follow {@link ColumnTypeGuess}.
 */
public final class ImportDetection {

    /** The number of data rows the proposals are guessed from. */
    public static final int DETECTION_ROWS = 20_000;

    /** Records inspected for the delimiter. */
    static final int SAMPLE_RECORDS = 50;

    /** Text codes proposed as file-wide missing codes when they occur in the file. */
    private static final List<String> TEXT_CODES = List.of("NA", "N/A", "#N/A", "#NULL!", ".",
            "NaN", "NULL", "null", "?", "-");

    /**
     * Header names that R, pandas and spreadsheets give a column of row numbers, and names
     * people give one. The column must also count 0, 1, 2, ... or 1, 2, 3, ... down the rows,
     * so a unit id column, which repeats in a long panel, is never taken for one.
     */
    private static final Set<String> INDEX_NAMES = Set.of("", "Unnamed: 0", "...1", "#",
            "X", "id", "ID", "Id", "index", "Index", "row", "Row", "rownames", "row.names");

    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+");

    private ImportDetection() {
    }

    /**
     * Detects the settings of a file.
     *
     * @param path the file
     * @return the proposed settings
     * @throws DataFormatException if the file cannot be read or parsed under the proposal
     */
    public static ImportSettings detect(Path path) {
        String name = CsvTable.fileName(path);
        byte[] bytes = CsvTable.readBytes(path);
        String charset = TextDecoding.detect(bytes);
        String text = TextDecoding.decode(bytes, charset, name);
        if (text.isBlank()) {
            throw new DataFormatException(name + ": the file is empty; it needs a header row and"
                    + " at least one data row.");
        }
        char delimiter = detectDelimiter(text);
        boolean header = detectHeader(text, delimiter);
        CsvTable raw = sample(text, name, delimiter, header);
        char decimal = delimiter != ',' && usesCommaDecimals(raw) ? ',' : '.';

        List<String> codes = new ArrayList<>(ImportSettings.DEFAULT_MISSING_CODES);
        for (String code : TEXT_CODES) {
            if (!codes.contains(code) && occursAsCell(raw, code)) {
                codes.add(code);
            }
        }
        ImportSettings settings = new ImportSettings(charset, delimiter, decimal, header, codes,
                Map.of(), Map.of(), detectIndex(raw), List.of());

        ColumnTypeGuess guess = new ColumnTypeGuess(raw, settings);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (int column = 0; column < raw.columns().size(); column++) {
            String columnName = raw.columns().get(column);
            if (columnName.equals(settings.indexColumn())) {
                continue;
            }
            List<String> sentinel = guess.sentinelCodes(column);
            if (!sentinel.isEmpty()) {
                settings = settings.withColumnMissingCodes(columnName, sentinel);
            }
        }
        guess = new ColumnTypeGuess(raw, settings);
        for (int column = 0; column < raw.columns().size(); column++) {
            String columnName = raw.columns().get(column);
            if (!columnName.equals(settings.indexColumn())) {
                types.put(columnName, guess.typeOf(column));
            }
        }
        return settings.withColumnTypes(guess.withOneUnit(types));
    }

    /**
     * Parses the first {@link #DETECTION_ROWS} rows for the proposals. Guessing types and codes
     * from every row of a long file took half a minute for a million rows while the user waited,
     * and the import itself still reads and checks every row.
     */
    private static CsvTable sample(String text, String name, char delimiter, boolean header) {
        int end = -1;
        for (int line = 0; line <= DETECTION_ROWS; line++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return CsvTable.parse(text, name, delimiter, header, false);
            }
        }
        try {
            return CsvTable.parse(text.substring(0, end + 1), name, delimiter, header, false);
        } catch (DataFormatException cutInsideQuotes) {
            // The cut fell inside a quoted cell that spans lines: read everything instead.
            return CsvTable.parse(text, name, delimiter, header, false);
        }
    }

    /** Returns the candidate delimiter whose field counts agree best with the first record. */
    static char detectDelimiter(String text) {
        char best = ',';
        double bestScore = -1;
        int bestFields = 0;
        for (char candidate : ImportSettings.DELIMITERS.toCharArray()) {
            List<Integer> counts = fieldCounts(text, candidate);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int expected = counts.get(0);
            int agreeing = 0;
            for (int count : counts) {
                agreeing += count == expected || count == expected + 1 ? 1 : 0;
            }
            double score = agreeing / (double) counts.size();
            if (score > bestScore || (score == bestScore && expected > bestFields)) {
                best = candidate;
                bestScore = score;
                bestFields = expected;
            }
        }
        return best;
    }

    private static List<Integer> fieldCounts(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).get();
        List<Integer> counts = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int size = record.size();
                boolean trailing = size > 1 && record.get(size - 1).isEmpty();
                counts.add(trailing ? size - 1 : size);
                if (counts.size() >= SAMPLE_RECORDS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // Quotes that do not close under this delimiter make it a poor candidate.
            counts.add(0, 0);
        }
        return counts;
    }

    /** Returns false when the first record holds only numbers, the mark of a data row. */
    private static boolean detectHeader(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return true;
            }
            boolean anyNumber = false;
            for (String cell : records.next()) {
                if (cell.isEmpty()) {
                    continue;
                }
                if (CellValues.parseNumber(cell.replace(',', '.')).isEmpty()) {
                    return true;
                }
                anyNumber = true;
            }
            return !anyNumber;
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            return true;
        }
    }

    private static boolean usesCommaDecimals(CsvTable raw) {
        boolean comma = false;
        for (int row = 0; row < raw.rowCount(); row++) {
            for (String cell : raw.row(row)) {
                if (DOT_DECIMAL.matcher(cell).matches()) {
                    return false;
                }
                comma |= COMMA_DECIMAL.matcher(cell).matches();
            }
        }
        return comma;
    }

    private static boolean occursAsCell(CsvTable raw, String code) {
        for (int row = 0; row < raw.rowCount(); row++) {
            if (raw.row(row).contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the first column when it has a row-number name (blank, {@code Unnamed: 0},
     * {@code ...1}) and contains the numbers from 0 or 1 upwards in row order, else null.
     */
    private static String detectIndex(CsvTable raw) {
        String first = raw.columns().get(0);
        if (raw.columns().size() < 2 || !INDEX_NAMES.contains(first)) {
            return null;
        }
        int offset = raw.cell(0, 0).equals("0") ? 0 : 1;
        int expected = offset;
        for (int row = 0; row < raw.rowCount(); row++) {
            // Rows of empty cells, such as the ;;; lines spreadsheets append, carry no index.
            if (raw.row(row).stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (!raw.cell(row, 0).equals(Integer.toString(expected))) {
                return null;
            }
            expected++;
        }
        return first;
    }
}
