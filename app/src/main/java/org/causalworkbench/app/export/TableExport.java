package org.causalworkbench.app.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Formats a table of text cells as CSV, a LaTeX tabular or a Markdown table. Columns whose
 * non-empty cells all read as numbers are right-aligned in LaTeX and Markdown.
 *
 * @param header the column titles
 * @param rows the rows, each with one cell per column; a {@code null} cell is written empty
 */
public record TableExport(List<String> header, List<List<String>> rows) {

    private static final Pattern NUMBER = Pattern.compile(
            "[-+\u2212]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?%?");

    /** The formats a table exports to. */
    public enum Format {
        /** Comma-separated values, RFC 4180 with CRLF line ends. */
        CSV("CSV", "csv"),
        /** A LaTeX tabular with the rules of the booktabs package, which the document loads. */
        LATEX("LaTeX", "tex"),
        /** A GitHub-flavoured Markdown table. */
        MARKDOWN("Markdown", "md");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        /** Returns the format's name for menus. */
        public String label() {
            return label;
        }

        /** Returns the usual file name extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * Creates a table, copying the lists.
     *
     * @throws IllegalArgumentException if a row has another number of cells than the header
     */
    public TableExport {
        header = List.copyOf(header);
        List<List<String>> copies = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + row.size()
                        + " cells but the header " + header.size() + " columns; give every row"
                        + " one cell per column");
            }
            copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copies);
    }

    /**
     * Reads a table from CSV text whose first record is the header.
     *
     * @param csv the CSV text
     * @return the table
     * @throws IllegalArgumentException if the text is not valid CSV or has no header
     */
    public static TableExport fromCsv(String csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        } catch (IOException | UncheckedIOException invalid) {
            throw new IllegalArgumentException("the table text is not valid CSV: "
                    + invalid.getMessage(), invalid);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the CSV text is empty; it needs a header line");
        }
        List<String> header = records.get(0).toList();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            rows.add(record.toList());
        }
        return new TableExport(header, rows);
    }

    /**
     * Returns the table in a format.
     *
     * @param format the format
     * @return the text, ending with a line break
     */
    public String render(Format format) {
        return switch (format) {
            case CSV -> toCsv();
            case LATEX -> toLatex();
            case MARKDOWN -> toMarkdown();
        };
    }

    /** Returns the table as CSV, quoting only cells that need it. */
    public String toCsv() {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a StringBuilder failed", impossible);
        }
        return text.toString();
    }

    /**
     * Returns the table as a LaTeX {@code tabular} with booktabs rules. The characters
     * {@code & % $ # _ { } ~ ^ \} are escaped, so cells print as they read. Other non-ASCII
     * characters, such as Greek letters, are kept and need a Unicode engine (XeLaTeX, LuaLaTeX)
     * or the inputenc package with definitions for them.
     */
    public String toLatex() {
        StringBuilder text = new StringBuilder("\\begin{tabular}{");
        for (int c = 0; c < header.size(); c++) {
            text.append(isNumeric(c) ? 'r' : 'l');
        }
        text.append("}\n\\toprule\n");
        appendLatexRow(text, header);
        text.append("\\midrule\n");
        for (List<String> row : rows) {
            appendLatexRow(text, row);
        }
        text.append("\\bottomrule\n\\end{tabular}\n");
        return text.toString();
    }

    /**
     * Returns the table as a GitHub-flavoured Markdown table. Pipes and backslashes in cells are
     * escaped and line breaks become spaces, because a table row must stay on one line.
     */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder();
        appendMarkdownRow(text, header);
        text.append('|');
        for (int c = 0; c < header.size(); c++) {
            text.append(isNumeric(c) ? " ---: |" : " --- |");
        }
        text.append('\n');
        for (List<String> row : rows) {
            appendMarkdownRow(text, row);
        }
        return text.toString();
    }

    /** Escapes the characters that LaTeX treats as commands or specials in text mode. */
    static String escapeLatex(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> escaped.append('\\').append(c);
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '\\' -> escaped.append("\\textbackslash{}");
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Escapes the characters that end or break a Markdown table cell. */
    static String escapeMarkdown(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ")
                .replace('\n', ' ').replace('\r', ' ');
    }

    private static void appendLatexRow(StringBuilder text, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                text.append(" & ");
            }
            String escaped = escapeLatex(cells.get(c));
            // After the previous row's \\, a leading "[" such as an interval's would be read
            // as the optional space argument of \\; braces end that argument first.
            text.append(c == 0 && escaped.startsWith("[") ? "{}" + escaped : escaped);
        }
        text.append(" \\\\\n");
    }

    private static void appendMarkdownRow(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(escapeMarkdown(cell)).append(" |");
        }
        text.append('\n');
    }

    private boolean isNumeric(int column) {
        boolean any = false;
        for (List<String> row : rows) {
            String cell = row.get(column);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (!NUMBER.matcher(cell.strip()).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
