package org.causalworkbench.estimators.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a delimited text file under {@link ImportSettings}: the declared encoding and delimiter,
 * missing codes per file and per column, comma decimals, and the index and ignored columns left
 * out.
 *
 * <p>In the table {@link #read} returns, every missing cell is empty, so a declared code such as
 * {@code 999} never reaches a value, and a row whose kept cells are all missing (the
 * {@code ;;;} lines spreadsheets leave at the end) is dropped. A delimiter at the end of the
 * lines is tolerated.
 */
public final class ImportReader {

    /** A number written with a decimal comma, such as {@code -1,5}. */
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+");

    private ImportReader() {
    }

    /**
     * Reads the file as text cells, with every column and no missing code applied, for a
     * preview.
     *
     * @param path the file
     * @param settings the encoding, delimiter and header settings (the rest is not used)
     * @return the raw table
     * @throws DataFormatException if the file cannot be read or parsed; the message names the
     *     file and line
     */
    public static CsvTable readRaw(Path path, ImportSettings settings) {
        String name = CsvTable.fileName(path);
        String text = TextDecoding.decode(CsvTable.readBytes(path), settings.charset(), name);
        return CsvTable.parse(text, name, settings.delimiter(), settings.headerRow(),
                false);
    }

    /**
     * Reads bytes already in memory, such as a file embedded in a project, and applies the
     * settings.
     *
     * @param bytes the file's bytes
     * @param name the file name, for messages
     * @param settings the settings
     * @return the table of kept columns, with missing cells empty
     * @throws DataFormatException if the bytes cannot be decoded or parsed, or the settings name
     *     a column the file lacks
     */
    public static CsvTable read(byte[] bytes, String name, ImportSettings settings) {
        String text = TextDecoding.decode(bytes, settings.charset(), name);
        return apply(CsvTable.parse(text, name, settings.delimiter(), settings.headerRow(),
                false), settings);
    }

    /**
     * Reads the file and applies the settings.
     *
     * @param path the file
     * @param settings the settings
     * @return the table of kept columns, with missing cells empty
     * @throws DataFormatException if the file cannot be read, or the settings name a column the
     *     file lacks
     */
    public static CsvTable read(Path path, ImportSettings settings) {
        return apply(readRaw(path, settings), settings);
    }

    /**
     * Applies the settings to a raw table.
     *
     * @param raw a table from {@link #readRaw}
     * @param settings the settings
     * @return the table of kept columns, with missing cells empty and comma decimals written
     *     with a dot
     * @throws DataFormatException if the settings name a column the table lacks, or no row is
     *     left
     */
    public static CsvTable apply(CsvTable raw, ImportSettings settings) {
        checkColumnsExist(raw, settings);
        List<Integer> kept = keptColumns(raw, settings);
        List<String> names = new ArrayList<>();
        for (int column : kept) {
            names.add(raw.columns().get(column));
        }
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int row = 0; row < raw.rowCount(); row++) {
            String[] cells = new String[kept.size()];
            boolean allMissing = true;
            for (int k = 0; k < kept.size(); k++) {
                String name = names.get(k);
                String cell = raw.cell(row, kept.get(k));
                cells[k] = settings.isMissing(name, cell) ? "" : normalized(cell, name, settings);
                allMissing &= cells[k].isEmpty();
            }
            if (!allMissing) {
                rows.add(cells);
                lines.add(raw.lineNumber(row));
            }
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(raw.sourceName() + ": every row is empty or missing"
                    + " once the missing codes are applied; check the missing codes and the"
                    + " ignored columns.");
        }
        return CsvTable.of(raw.sourceName(), names, rows,
                lines.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Returns the indices of the raw table's columns that the imported table keeps.
     *
     * @param raw the raw table
     * @param settings the settings naming the index and ignored columns
     * @return the indices, in file order
     */
    public static List<Integer> keptColumns(CsvTable raw, ImportSettings settings) {
        List<Integer> kept = new ArrayList<>();
        for (int column = 0; column < raw.columns().size(); column++) {
            if (!settings.isLeftOut(raw.columns().get(column))) {
                kept.add(column);
            }
        }
        if (kept.isEmpty()) {
            throw new DataFormatException(raw.sourceName() + ": every column is ignored or the"
                    + " index; keep at least one column.");
        }
        return kept;
    }

    private static String normalized(String cell, String column, ImportSettings settings) {
        if (settings.decimalSeparator() != ',') {
            return cell;
        }
        boolean numeric = settings.typeOf(column)
                .map(type -> type == ColumnType.CONTINUOUS || type == ColumnType.TIME
                        || type == ColumnType.BINARY)
                .orElse(false);
        String trimmed = cell.strip();
        return numeric && COMMA_DECIMAL.matcher(trimmed).matches()
                ? trimmed.replace(',', '.') : cell;
    }

    private static void checkColumnsExist(CsvTable raw, ImportSettings settings) {
        List<String> named = new ArrayList<>(settings.columnTypes().keySet());
        named.addAll(settings.columnMissingCodes().keySet());
        named.addAll(settings.ignoredColumns());
        settings.index().ifPresent(named::add);
        for (String column : named) {
            if (raw.findColumn(column).isEmpty()) {
                throw new DataFormatException(raw.sourceName() + ": the import settings name"
                        + " column '" + column + "', which the file does not have; the columns"
                        + " are '" + String.join("', '", raw.columns()) + "'. Detect the"
                        + " settings again or pick the column again.");
            }
        }
    }
}
