package org.causalworkbench.estimators.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effects of importing a file under given settings and roles, in numbers and in words.
 * It lists rows dropped and why, columns left out, missing cells per column, and donors excluded
 * for missing outcomes. It also lists cells that contradict their column's type, and the error
 * that would stop the import.
 *
 * @param sourceName the file name
 * @param rowsRead the data rows in the file
 * @param droppedLines the file lines of rows dropped because every kept cell is missing
 * @param leftOutColumns the ignored columns and the index column, in file order
 * @param missingPerColumn the count of missing cells in each kept column that has any
 * @param excludedDonors one sentence per unit left out of the donor pool, naming the time and
 *     line of its first missing outcome
 * @param warnings cells that contradict their column's declared type, one sentence per column
 * @param problem the error that stops the import under these roles, if any
 */
public record ImportSummary(String sourceName, int rowsRead, List<Long> droppedLines,
        List<String> leftOutColumns, Map<String, Integer> missingPerColumn,
        List<String> excludedDonors, List<String> warnings, Optional<String> problem) {

    /** How many line numbers or cells one sentence lists before summarising. */
    static final int LISTED = 5;

    /** Copies the collections. */
    public ImportSummary {
        droppedLines = List.copyOf(droppedLines);
        leftOutColumns = List.copyOf(leftOutColumns);
        missingPerColumn = Collections.unmodifiableMap(new LinkedHashMap<>(missingPerColumn));
        excludedDonors = List.copyOf(excludedDonors);
        warnings = List.copyOf(warnings);
    }

    /**
     * Summarises an import.
     *
     * @param raw the table from {@link ImportReader#readRaw}
     * @param settings the settings
     * @param roles the panel roles, or {@code null} before they are chosen
     * @return the summary; it does not throw for invalid data but reports it in
     *     {@link #problem()}
     */
    public static ImportSummary of(CsvTable raw, ImportSettings settings, PanelSpec roles) {
        List<String> leftOut = new ArrayList<>();
        for (String column : raw.columns()) {
            if (settings.isLeftOut(column)) {
                leftOut.add(column);
            }
        }
        List<Long> dropped = new ArrayList<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Optional<String> problem = Optional.empty();
        List<String> excluded = List.of();
        try {
            List<Integer> kept = ImportReader.keptColumns(raw, settings);
            countMissing(raw, settings, kept, dropped, missing);
            for (int column : kept) {
                TypeCheck.describe(raw, settings, column).ifPresent(warnings::add);
            }
            if (roles != null) {
                Panel panel = PanelReader.build(ImportReader.apply(raw, settings), roles);
                excluded = excludedDonors(panel);
            }
        } catch (DataFormatException invalid) {
            problem = Optional.of(invalid.getMessage());
        }
        return new ImportSummary(raw.sourceName(), raw.rowCount(), dropped, leftOut, missing,
                excluded, warnings, problem);
    }

    private static void countMissing(CsvTable raw, ImportSettings settings, List<Integer> kept,
            List<Long> dropped, Map<String, Integer> missing) {
        for (int row = 0; row < raw.rowCount(); row++) {
            int missingInRow = 0;
            for (int column : kept) {
                String name = raw.columns().get(column);
                if (settings.isMissing(name, raw.cell(row, column))) {
                    missingInRow++;
                    missing.merge(name, 1, Integer::sum);
                }
            }
            if (missingInRow == kept.size()) {
                dropped.add(raw.lineNumber(row));
                // A dropped row's cells are not counted as missing values of the kept rows.
                for (int column : kept) {
                    missing.merge(raw.columns().get(column), -1, Integer::sum);
                }
            }
        }
        missing.values().removeIf(count -> count == 0);
    }

    /**
     * Lists the units that a synthetic control would drop from the donor pool. With treatment
     * flags the earliest treated unit is the treated one. Without them every unit with a
     * missing outcome is listed, because any of them may become a donor.
     */
    private static List<String> excludedDonors(Panel panel) {
        String treated = TreatmentProposal.of(panel).map(TreatmentProposal::treatedUnit)
                .orElse(null);
        List<String> out = new ArrayList<>();
        for (int u = 0; u < panel.unitCount(); u++) {
            String unit = panel.units().get(u);
            for (int t = 0; t < panel.timeCount(); t++) {
                if (Double.isNaN(panel.outcome(u, t))) {
                    String who = unit.equals(treated) ? "The treated unit '" + unit + "' cannot be"
                            + " fitted" : "Donor '" + unit + "' will be excluded";
                    out.add(who + ": its " + panel.spec().outcomeColumn() + " is missing at "
                            + panel.spec().timeColumn() + " " + Panel.formatTime(panel.time(t))
                            + " (line " + panel.line(u, t) + ").");
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Describes the import in sentences, one per line, for the wizard's last step.
     *
     * @return the text
     */
    public String describe() {
        List<String> lines = new ArrayList<>();
        problem.ifPresent(text -> lines.add("Cannot import yet: " + text));
        lines.add("Reads " + rowsRead + " data rows from " + sourceName + ".");
        if (droppedLines.isEmpty()) {
            lines.add("Drops no rows.");
        } else {
            String rows = droppedLines.size() == 1 ? " row" : " rows";
            lines.add("Drops " + droppedLines.size() + rows + " whose cells are all missing: "
                    + listed(droppedLines.stream().map(String::valueOf).toList(),
                            droppedLines.size() == 1 ? "line " : "lines ")
                    + ".");
        }
        if (leftOutColumns.isEmpty()) {
            lines.add("Ignores no columns.");
        } else {
            lines.add("Ignores columns " + listed(quoted(leftOutColumns), "") + ".");
        }
        if (missingPerColumn.isEmpty()) {
            lines.add("No cell is missing.");
        } else {
            List<String> counts = new ArrayList<>();
            missingPerColumn.forEach((column, count) -> counts.add("'" + column + "' " + count));
            lines.add("Missing cells, shown as NA and never used as values: "
                    + String.join(", ", counts) + ".");
        }
        if (excludedDonors.isEmpty() && problem.isEmpty()) {
            lines.add("Excludes no donors.");
        }
        lines.addAll(excludedDonors);
        lines.addAll(warnings);
        return String.join("\n", lines);
    }

    private static String listed(List<String> items, String prefix) {
        int shown = Math.min(LISTED, items.size());
        String list = prefix + String.join(", ", items.subList(0, shown));
        return items.size() > shown ? list + " and " + (items.size() - shown) + " more" : list;
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(name -> name.isEmpty() ? "(unnamed index)" : "'" + name + "'")
                .toList();
    }
}
