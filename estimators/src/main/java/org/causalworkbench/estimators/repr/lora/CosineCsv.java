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
 * Writes |cos| between one direction of every module of adapter A and of every module of adapter
 * B to CSV in long format, one row per pair:
 * {@code adapter_a,module_a,adapter_b,module_b,side,direction,abs_cos}. Rows with equal module
 * names are the matched pairs. {@code abs_cos} is {@code NaN} where the directions cannot be
 * compared, as {@link DirectionCosines#matrix} defines.
 */
public final class CosineCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("adapter_a", "module_a", "adapter_b",
            "module_b", "side", "direction", "abs_cos");

    private CosineCsv() {
    }

    /**
     * Writes every pair of A's modules (outer loop) and B's modules, replacing the target
     * atomically.
     *
     * @param target the CSV file
     * @param first adapter A: its name, such as the folder name, and its spectra
     * @param second adapter B
     * @param side the output or input side
     * @param index 0 for the top direction
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, Named first, Named second, Side side, int index)
            throws IOException {
        double[][] cosines = DirectionCosines.matrix(first.spectra(), second.spectra(), side,
                index);
        String sideName = side.name().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(HEADER);
            for (int i = 0; i < first.spectra().size(); i++) {
                for (int j = 0; j < second.spectra().size(); j++) {
                    printer.printRecord(first.name(), first.spectra().get(i).name(),
                            second.name(), second.spectra().get(j).name(), sideName, index,
                            Double.toString(cosines[i][j]));
                }
            }
        }
        AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An adapter's spectra under the name the CSV gives it.
     *
     * @param name the adapter's name, such as its folder name
     * @param spectra its modules
     */
    public record Named(String name, List<ModuleSpectrum> spectra) {
    }
}
