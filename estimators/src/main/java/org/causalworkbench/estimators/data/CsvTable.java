package org.causalworkbench.estimators.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Holds a CSV file with a header row as text cells, with the line on which each record starts so
 * that errors can point at it.
 *
 * <p>Parsing follows RFC 4180 through Commons CSV: quoted cells may contain commas, quotes and line
 * breaks, header names may contain spaces or dots, and LF or CRLF line endings are accepted. A
 * trailing empty column (a delimiter at the end of every line) is tolerated. Cells are trimmed.
 *
 * <p><strong>Limitations.</strong> The file is read whole into memory. {@link #read(Path)} reads
 * UTF-8 (a byte order mark is skipped) with the comma as delimiter; {@link ImportReader} reads
 * other encodings and delimiters.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class CsvTable {

    private final String sourceName;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final List<String[]> rows;
    private final long[] lineNumbers;

    private CsvTable(String sourceName, List<String> columns, List<String[]> rows,
            long[] lineNumbers) {
        this.sourceName = sourceName;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lineNumbers = lineNumbers;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.columnIndex = index;
    }

    /**
     * Reads a UTF-8 CSV file with a header row.
     *
     * @param path the file
     * @return the table, named after the file for messages
     * @throws DataFormatException if the file is missing, unreadable or malformed; the message
     *     names the file and line
     */
    public static CsvTable read(Path path) {
        String name = fileName(path);
        byte[] bytes = readBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException encoding) {
            throw new DataFormatException(name + ": the file is not UTF-8 text; save it as UTF-8"
                    + " CSV and open it again.", encoding);
        }
        return parse(text, name);
    }

    /** Returns the file name used in messages. */
    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /**
     * Reads a whole file, turning I/O failures into messages that name the file and the fix.
     */
    static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException missing) {
            throw new DataFormatException(path + ": file not found; check the path.", missing);
        } catch (java.nio.file.AccessDeniedException denied) {
            throw new DataFormatException(path + ": permission denied; check that you may read"
                    + " the file.", denied);
        } catch (IOException io) {
            if (Files.isDirectory(path)) {
                throw new DataFormatException(path + ": is a folder, not a file; give the path"
                        + " of a CSV file.", io);
            }
            throw new DataFormatException(fileName(path) + ": cannot read the file ("
                    + io.getMessage() + ").", io);
        }
    }

    /**
     * Reads CSV text with a header row from a reader, which this method closes.
     *
     * @param reader the text
     * @param sourceName the name used in error messages, usually the file name
     * @return the table
     * @throws DataFormatException if the text is malformed
     */
    public static CsvTable read(Reader reader, String sourceName) {
        StringBuilder text = new StringBuilder();
        try (Reader in = reader) {
            char[] buffer = new char[8192];
            int count;
            while ((count = in.read(buffer)) >= 0) {
                text.append(buffer, 0, count);
            }
        } catch (IOException io) {
            throw new UncheckedIOException(sourceName + ": cannot read the data", io);
        }
        return parse(text.toString(), sourceName);
    }

    private static CsvTable parse(String rawText, String sourceName) {
        return parse(rawText, sourceName, ',', true, true);
    }

    /**
     * Parses delimited text. Without a header row the columns are named {@code column1},
     * {@code column2} and so on, after the first row's cells. A caller that lets the user pick
     * the delimiter passes {@code false} for {@code hintDelimiter}, so a one-column header is
     * accepted instead of rejected with advice to save the file with commas.
     */
    static CsvTable parse(String rawText, String sourceName, char delimiter, boolean headerRow,
            boolean hintDelimiter) {
        String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
        if (text.isBlank()) {
            throw new DataFormatException(sourceName + ": the file is empty; it needs a header row"
                    + " and at least one data row.");
        }
        LineIndex lines = new LineIndex(text);
        CSVFormat.Builder builder = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true);
        if (headerRow) {
            builder.setHeader().setSkipHeaderRecord(true);
        } else {
            builder.setHeader(generatedNames(text, builder.get()));
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), builder.get())) {
            List<String> header = parser.getHeaderNames();
            List<String> columns = checkHeader(header, sourceName, hintDelimiter);
            List<String[]> rows = new ArrayList<>();
            List<Long> lineList = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = lines.lineAt(recordStart(text, record.getCharacterPosition()));
                rows.add(cells(record, columns.size(), sourceName, line));
                lineList.add(line);
            }
            if (rows.isEmpty()) {
                throw new DataFormatException(sourceName + ": the file has a header row but no"
                        + " data rows.");
            }
            long[] lineNumbers = lineList.stream().mapToLong(Long::longValue).toArray();
            return new CsvTable(sourceName, columns, rows, lineNumbers);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new DataFormatException(sourceName + ": the CSV text is malformed ("
                    + malformed.getMessage() + "); check quotes and delimiters.", malformed);
        } catch (IllegalArgumentException badHeader) {
            if (badHeader instanceof DataFormatException) {
                throw badHeader;
            }
            throw new DataFormatException(sourceName + ", line 1: invalid header row ("
                    + badHeader.getMessage() + "); give every column a unique name.", badHeader);
        }
    }

    /** Names the columns of a file without header after its first row's cells. */
    private static String[] generatedNames(String text, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new String[] {"column1"};
            }
            CSVRecord first = records.next();
            String[] names = new String[first.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = "column" + (i + 1);
            }
            // An empty last name marks a trailing delimiter, which checkHeader drops.
            if (names.length > 1 && first.get(names.length - 1).isEmpty()) {
                names[names.length - 1] = "";
            }
            return names;
        } catch (IOException | UncheckedIOException malformed) {
            return new String[] {"column1"};
        }
    }

    /**
     * Returns the offset of a record's first character. Commons CSV 1.14.1 reports a record that
     * follows skipped empty lines at the start of the first of them, so their line breaks are
     * skipped here to keep line numbers in messages right.
     */
    private static long recordStart(String text, long position) {
        int offset = (int) position;
        while (offset < text.length()
                && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
            offset++;
        }
        return offset;
    }

    /**
     * Drops one empty trailing header name, the mark of a delimiter at each line's end, and
     * rejects duplicate column names and unnamed columns other than the first.
     */
    private static List<String> checkHeader(List<String> header, String sourceName,
            boolean hintDelimiter) {
        List<String> columns = new ArrayList<>(header);
        if (columns.size() > 1 && columns.get(columns.size() - 1).isEmpty()) {
            columns.remove(columns.size() - 1);
        }
        if (columns.size() == 1 && hintDelimiter) {
            String only = columns.get(0);
            for (String delimiter : List.of(";", "\t", "|")) {
                if (only.contains(delimiter)) {
                    String shown = delimiter.equals("\t") ? "tab" : "'" + delimiter + "'";
                    throw new DataFormatException(sourceName + ", line 1: the header has a single"
                            + " column '" + only + "' that contains " + shown + "; the file seems"
                            + " to use " + shown + " as delimiter, but only commas are read. Save"
                            + " it as comma-separated CSV.");
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            // R's write.csv and pandas leave the corner above a row-name column blank.
            boolean corner = i == 0 && columns.size() > 1;
            if (columns.get(i).isEmpty() && !corner) {
                throw new DataFormatException(sourceName + ", line 1: column " + (i + 1)
                        + " has no name; give every column a name in the header row.");
            }
            int first = columns.indexOf(columns.get(i));
            if (first < i) {
                throw new DataFormatException(sourceName + ", line 1: columns " + (first + 1)
                        + " and " + (i + 1) + " are both named '" + columns.get(i)
                        + "'; give every column a unique name in the header row.");
            }
        }
        return columns;
    }

    private static String[] cells(CSVRecord record, int columnCount, String sourceName,
            long line) {
        int size = record.size();
        // A delimiter at the end of the data lines, whether or not the header has one too.
        boolean trailingEmpty = size == columnCount + 1
                && record.get(size - 1).isEmpty();
        if (size != columnCount && !trailingEmpty) {
            throw new DataFormatException(sourceName + ", line " + line + ": the row has " + size
                    + " cells but the header has " + columnCount + " columns; check for a"
                    + " missing or extra delimiter.");
        }
        String[] cells = new String[columnCount];
        for (int i = 0; i < columnCount; i++) {
            cells[i] = record.get(i);
        }
        return cells;
    }

    /**
     * Builds a table from cells already parsed, for readers that transform another table.
     *
     * @param sourceName the name used in messages
     * @param columns the column names
     * @param rows the cells, one array per row, each as long as {@code columns}
     * @param lineNumbers the one-based file line of each row
     */
    static CsvTable of(String sourceName, List<String> columns, List<String[]> rows,
            long[] lineNumbers) {
        return new CsvTable(sourceName, columns, rows, lineNumbers);
    }

    /** Returns the name used in messages, usually the file name. */
    public String sourceName() {
        return sourceName;
    }

    /** Returns the column names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** Returns the number of data rows. */
    public int rowCount() {
        return rows.size();
    }

    /**
     * Returns the index of a column.
     *
     * @param name the header name, matched exactly
     * @return the index, or empty when no column has that name
     */
    public Optional<Integer> findColumn(String name) {
        return Optional.ofNullable(columnIndex.get(name));
    }

    /**
     * Returns the index of a column that must exist.
     *
     * @param name the header name, matched exactly
     * @param role what the column is used for, for the message, for example "unit"
     * @return the index
     * @throws DataFormatException naming the file and the available columns when it is missing
     */
    public int requireColumn(String name, String role) {
        Integer index = columnIndex.get(name);
        if (index == null) {
            throw new DataFormatException(sourceName + ": no column named '" + name + "' for the "
                    + role + "; the columns are " + String.join(", ", quoted(columns)) + ".");
        }
        return index;
    }

    /** Returns the trimmed text of one cell. */
    public String cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** Returns the one-based file line on which a data row starts. */
    public long lineNumber(int row) {
        return lineNumbers[row];
    }

    /** Returns the cells of one row, as a copy. */
    public List<String> row(int row) {
        return Collections.unmodifiableList(Arrays.asList(rows.get(row).clone()));
    }

    /**
     * Formats a location for messages: file, line and column.
     *
     * @param row the data row
     * @param column the column index
     * @return for example {@code smoking.csv, line 12, column 'cigsale'}
     */
    public String location(int row, int column) {
        return sourceName + ", line " + lineNumber(row) + ", column '" + columns.get(column) + "'";
    }

    private static List<String> quoted(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add("'" + name + "'");
        }
        return out;
    }

    /** Maps character offsets to one-based line numbers. */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            // A line ends at LF, CRLF, or a lone CR (old Mac files).
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long offset) {
            int found = Arrays.binarySearch(lineStarts, (int) offset);
            int index = found >= 0 ? found : -found - 2;
            return index + 1L;
        }
    }
}
