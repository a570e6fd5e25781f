package org.causalworkbench.app.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Reads and writes a donor pool as CSV with the columns {@code unit,decision,reason}, where the
 * decision is include, exclude or trusted (included and trusted as a screen anchor).
 */
public final class DonorPoolFile {

    private DonorPoolFile() {
    }

    /**
     * Writes the decisions, replacing the file atomically.
     *
     * @param target the file
     * @param decisions one decision per donor
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void write(Path target, List<DonorDecision> decisions) throws IOException {
        StringBuilder csv = new StringBuilder("unit,decision,reason\n");
        for (DonorDecision decision : decisions) {
            csv.append(quote(decision.unit())).append(',').append(decision.label()).append(',')
                    .append(quote(decision.reason())).append('\n');
        }
        AtomicFiles.write(target, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads decisions. A unit listed twice is rejected rather than resolved by row order, since
     * the two rows may disagree and either could be the one meant.
     *
     * @param source the file
     * @return the decisions in file order
     * @throws DataFormatException if the file is unreadable, lacks a column, contains an
     *     unknown decision or lists a unit twice; the message names the line(s)
     */
    public static List<DonorDecision> read(Path source) {
        CsvTable table = CsvTable.read(source);
        int unit = table.requireColumn("unit", "donor unit");
        int decision = table.requireColumn("decision", "decision (include, exclude or trusted)");
        int reason = table.findColumn("reason").orElse(-1);
        Map<String, DonorDecision> byUnit = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String name = table.cell(row, unit).strip();
            if (name.isEmpty()) {
                throw new DataFormatException(table.location(row, unit)
                        + ": the unit is empty; give a unit name or delete the row.");
            }
            Integer earlier = firstRow.putIfAbsent(name, row);
            if (earlier != null) {
                throw new DataFormatException(table.location(row, unit) + ": unit '" + name
                        + "' is listed again (first at " + table.location(earlier, unit)
                        + "); keep one row per unit.");
            }
            String text = reason < 0 ? "" : table.cell(row, reason);
            String label = table.cell(row, decision).strip().toLowerCase(Locale.ROOT);
            DonorDecision parsed = switch (label) {
                case "include" -> new DonorDecision(name, true, false, text);
                case "exclude" -> new DonorDecision(name, false, false, text);
                case "trusted" -> new DonorDecision(name, true, true, text);
                default -> throw new DataFormatException(table.location(row, decision)
                        + ": unknown decision '" + table.cell(row, decision)
                        + "'; write include, exclude or trusted.");
            };
            byUnit.put(name, parsed);
        }
        return new ArrayList<>(byUnit.values());
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
                && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
