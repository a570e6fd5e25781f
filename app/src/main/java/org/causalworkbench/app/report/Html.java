package org.causalworkbench.app.report;

import java.util.List;
import java.util.Locale;

/** Builds the report's HTML text with every value escaped. */
final class Html {

    private final StringBuilder text = new StringBuilder();

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Formats a number for reading: four significant decimals, or "undefined". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "undefined";
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }

    Html raw(String markup) {
        text.append(markup);
        return this;
    }

    Html element(String tag, String content) {
        text.append('<').append(tag).append('>').append(escape(content)).append("</")
                .append(tag).append(">\n");
        return this;
    }

    Html paragraph(String content) {
        return element("p", content);
    }

    Html list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        text.append("<ul>\n");
        items.forEach(item -> element("li", item));
        text.append("</ul>\n");
        return this;
    }

    /** Adds a two-column table of names and values. */
    Html pairs(List<String[]> rows) {
        text.append("<table class=\"pairs\">\n");
        for (String[] row : rows) {
            text.append("<tr><th>").append(escape(row[0])).append("</th><td>")
                    .append(escape(row[1])).append("</td></tr>\n");
        }
        text.append("</table>\n");
        return this;
    }

    /** Adds a table with a header row. */
    Html table(List<String> header, List<List<String>> rows) {
        text.append("<table>\n<tr>");
        header.forEach(h -> text.append("<th>").append(escape(h)).append("</th>"));
        text.append("</tr>\n");
        for (List<String> row : rows) {
            text.append("<tr>");
            row.forEach(cell -> text.append("<td>").append(escape(cell)).append("</td>"));
            text.append("</tr>\n");
        }
        text.append("</table>\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
