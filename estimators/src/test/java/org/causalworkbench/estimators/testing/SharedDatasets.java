package org.causalworkbench.estimators.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the real panels that sit beside the project in {@code ../shared/datasets}. They are
 * never copied into the repository, so tests that need them skip with a message when absent.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    /**
     * Returns the path of a shared dataset, or aborts the calling test (as skipped) when the
     * folder or file is missing.
     *
     * @param fileName for example {@code smoking_data.csv}
     * @return the existing file
     */
    public static Path require(String fileName) {
        Path folder = folder();
        Path file = folder.resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "Skipped: the shared dataset " + file
                + " is not present; these tests need ../shared/datasets beside the project.");
        return file;
    }

    private static Path folder() {
        String configured = System.getProperty("causalworkbench.datasets");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/datasets").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return Paths.get("../shared/datasets").toAbsolutePath().normalize();
    }
}
