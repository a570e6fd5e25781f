package org.causalworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Writes a generated sample table from a generator's command line. */
final class SampleFileWriter {

    private SampleFileWriter() {
    }

    /**
     * Writes the text to the file named by the single argument, replacing any existing file.
     * Prints a usage message and exits with status 2 unless there is exactly one non-blank
     * argument, and exits with status 1 if the file cannot be written.
     *
     * @param args the command-line arguments
     * @param generator the generator class, named in the usage message
     * @param description what the file contains, such as "the synthetic household table"
     * @param text supplies the CSV text
     */
    static void writeOrExit(String[] args, Class<?> generator, String description,
            Supplier<String> text) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("Usage: java -cp sample-data/target/classes "
                    + generator.getName() + " OUTPUT_CSV");
            System.err.println("Writes " + description + " to OUTPUT_CSV, replacing the file if"
                    + " it exists.");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        try {
            Files.writeString(output, text.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Failed to write " + output.toAbsolutePath() + ": " + e);
            System.exit(1);
        }
        System.out.println("Wrote " + output.toAbsolutePath());
    }
}
