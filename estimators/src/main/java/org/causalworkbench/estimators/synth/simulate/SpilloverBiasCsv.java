package org.causalworkbench.estimators.synth.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Writes the per-replicate biases of a {@link SpilloverStudyResult} as a UTF-8 CSV table: the
 * columns {@code replicate} (from 0) and {@code seed}, then one column per strategy named after
 * it, holding that strategy's ATT minus the true effect. Numbers are written with
 * {@link Double#toString(double)}, which reads back to the same double, and lines end with LF.
 *
 * <p>The file is written through {@link AtomicFiles}, so readers see the old file or the
 * complete new one.
 */
public final class SpilloverBiasCsv {

    private SpilloverBiasCsv() {
    }

    /** Returns the table as text. */
    public static String toText(SpilloverStudyResult result) {
        StringBuilder text = new StringBuilder("replicate,seed");
        for (String strategy : result.strategies()) {
            text.append(',').append(strategy);
        }
        text.append('\n');
        for (ReplicateBiases row : result.rows()) {
            text.append(row.replicate()).append(',').append(row.seed());
            for (double bias : row.biases()) {
                text.append(',').append(bias);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Writes the table.
     *
     * @param target the file to create or replace
     * @param result the study
     * @throws IOException if the folder is missing or the file cannot be written or moved
     */
    public static void write(Path target, SpilloverStudyResult result) throws IOException {
        AtomicFiles.write(target, toText(result).getBytes(StandardCharsets.UTF_8));
    }
}
