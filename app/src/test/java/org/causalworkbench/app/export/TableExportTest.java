package org.causalworkbench.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final TableExport TABLE = new TableExport(List.of("Unit", "ATT", "p"),
            List.of(List.of("California", "-19.5", "0.026"),
                    List.of("A & B, \"quoted\"", "3", "")));

    @Test
    void latex_escapesEverySpecial() {
        assertEquals("\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{}"
                + " \\textbackslash{}", TableExport.escapeLatex("& % $ # _ { } ~ ^ \\"));
    }

    @Test
    void latex_escapesBackslashBeforeBraces() {
        // The backslash must not gain escaped braces of its own or swallow the next brace.
        assertEquals("\\textbackslash{}\\{x\\}", TableExport.escapeLatex("\\{x}"));
        assertEquals("a b", TableExport.escapeLatex("a\nb"));
        assertEquals("", TableExport.escapeLatex(null));
    }

    @Test
    void latex_isBooktabsTabular() {
        String latex = TABLE.toLatex();

        assertEquals("\\begin{tabular}{lrr}\n"
                + "\\toprule\n"
                + "Unit & ATT & p \\\\\n"
                + "\\midrule\n"
                + "California & -19.5 & 0.026 \\\\\n"
                + "A \\& B, \"quoted\" & 3 &  \\\\\n"
                + "\\bottomrule\n"
                + "\\end{tabular}\n", latex);
    }

    @Test
    void latex_leadingBracketGuarded() {
        TableExport intervals = new TableExport(List.of("Interval", "Level"),
                List.of(List.of("[0.1, 0.5]", "0.95")));

        assertTrue(intervals.toLatex().contains("\\\\\n\\midrule\n{}[0.1, 0.5] & 0.95"),
                intervals.toLatex());
    }

    @Test
    void markdown_escapesPipeAndBackslash() {
        assertEquals("a \\| b", TableExport.escapeMarkdown("a | b"));
        assertEquals("C:\\\\data", TableExport.escapeMarkdown("C:\\data"));
        assertEquals("two lines", TableExport.escapeMarkdown("two\nlines"));
    }

    @Test
    void markdown_alignsNumbersRight() {
        TableExport table = new TableExport(List.of("Name", "Value"),
                List.of(List.of("x|y", "1.5e-3"), List.of("z", "\u22122")));

        assertEquals("| Name | Value |\n"
                + "| --- | ---: |\n"
                + "| x\\|y | 1.5e-3 |\n"
                + "| z | \u22122 |\n", table.toMarkdown());
    }

    @Test
    void csv_quotesAndRoundTrips() {
        String csv = TABLE.toCsv();

        assertTrue(csv.contains("\"A & B, \"\"quoted\"\"\""), csv);
        assertTrue(csv.startsWith("Unit,ATT,p\r\n"), csv);
        assertEquals(TABLE, TableExport.fromCsv(csv));
    }

    @Test
    void render_matchesEachFormat() {
        assertEquals(TABLE.toCsv(), TABLE.render(TableExport.Format.CSV));
        assertEquals(TABLE.toLatex(), TABLE.render(TableExport.Format.LATEX));
        assertEquals(TABLE.toMarkdown(), TABLE.render(TableExport.Format.MARKDOWN));
    }

    @Test
    void constructor_rejectsRaggedRow() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TableExport(List.of("a", "b"), List.of(List.of("1"))));
        assertTrue(error.getMessage().contains("row 1 has 1 cells but the header 2 columns"),
                error.getMessage());
    }

    @Test
    void fromCsv_rejectsEmptyText() {
        assertThrows(IllegalArgumentException.class, () -> TableExport.fromCsv(""));
    }
}
