package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the progress reports and the cancellation of a KuaiRand import of 40,000+ rows. */
class KuaiRandImportProgressTest {

    private static SimulatedKuaiRandLogs.LogFiles logs;

    @BeforeAll
    static void writeLogs(@TempDir Path folder) throws IOException {
        logs = SimulatedKuaiRandLogs.write(folder, 1000, 300, 11);
    }

    @Test
    void read_reportsBytesOfBothFiles() throws IOException {
        RecordedProgress progress = new RecordedProgress();

        KuaiRandImporter.read(logs.standard(), logs.random(), 50, progress, () -> false);

        List<long[]> reports = progress.reports();
        long total = Files.size(logs.standard()) + Files.size(logs.random());
        assertTrue(reports.size() >= 3, "reports: " + reports.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(total, reports.get(i)[1], "total of report " + i);
            assertTrue(reports.get(i)[0] <= total, "bytes of report " + i);
        }
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "report " + i + " went back");
        }
        assertEquals(List.of("Reading the random-exposure log random.csv",
                "Reading the standard log standard.csv"), progress.messages());
    }

    @Test
    void read_stopsWhenCancelled() {
        RecordedProgress progress = new RecordedProgress();

        assertThrows(CancellationException.class, () -> KuaiRandImporter.read(logs.standard(),
                logs.random(), 50, progress, () -> !progress.reports().isEmpty()));
        assertEquals(1, progress.reports().size(), "reports after cancelling");
    }
}
