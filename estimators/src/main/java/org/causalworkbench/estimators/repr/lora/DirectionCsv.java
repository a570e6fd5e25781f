package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;

/**
 * Writes the top directions of LoRA updates to CSV in long format, one row per vector entry:
 * {@code module,side,direction,singular_value,component,value}. Long format suits modules of
 * different dimensions, and {@code side} is {@code output} or {@code input}.
 */
public final class DirectionCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("module", "side", "direction",
            "singular_value", "component", "value");

    private DirectionCsv() {
    }

    /**
     * Writes both sides of the top {@code count} directions of every module, replacing the
     * target atomically.
     *
     * @param target the CSV file
     * @param spectra the modules
     * @param count directions per module; a module with fewer defined directions writes
     *     those it has, and a module whose update is zero writes none
     * @throws IOException if the file cannot be written; the target is then unchanged
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static void write(Path target, List<ModuleSpectrum> spectra, int count)
            throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("the number of directions to export is " + count
                    + "; give at least 1");
        }
        StringBuilder text = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(HEADER);
            for (ModuleSpectrum spectrum : spectra) {
                int directions = Math.min(count, spectrum.definedDirectionCount());
                for (Side side : Side.values()) {
                    for (int index = 0; index < directions; index++) {
                        writeDirection(printer, spectrum, side, index);
                    }
                }
            }
        }
        AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeDirection(CSVPrinter printer, ModuleSpectrum spectrum, Side side,
            int index) throws IOException {
        String sideName = side.name().toLowerCase(Locale.ROOT);
        String value = Double.toString(spectrum.singularValues()[index]);
        double[] direction = spectrum.direction(side, index);
        for (int component = 0; component < direction.length; component++) {
            printer.printRecord(spectrum.name(), sideName, index, value, component,
                    Double.toString(direction[component]));
        }
    }
}
