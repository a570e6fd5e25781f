package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that written CSV files read back exactly through the workbench's CSV reader. */
class SimulatedDataCsvTest {

    @TempDir
    Path folder;

    @Test
    void writeExperimental_roundTrips_gpGap() throws IOException {
        SimulatedData data = GpGapSimulation.withDefaults().withDimension(3)
                .withFeatureCount(20).withEvaluationSizes(5, 5).generate(1);
        Path file = folder.resolve("rct.csv");

        SimulatedDataCsv.writeExperimental(file, data);
        CsvTable table = CsvTable.read(file);

        SimulatedSample sample = data.experimental();
        assertEquals(List.of("x1", "x2", "x3", "T", "Y", "tau", "omega", "delta"),
                table.columns());
        assertEquals(sample.size(), table.rowCount());
        for (int i = 0; i < sample.size(); i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(sample.covariate(i, j), number(table, i, j), 0.0);
            }
            assertEquals(Integer.toString(sample.treatment(i)), table.cell(i, 3));
            assertEquals(sample.outcome(i), number(table, i, 4), 0.0);
            assertEquals(sample.trueTau()[i], number(table, i, 5), 0.0);
            assertEquals(sample.trueOmega()[i], number(table, i, 6), 0.0);
            assertEquals(sample.trueDelta()[i], number(table, i, 7), 0.0);
        }
    }

    @Test
    void writeSample_keepsIhdpNames_observational() throws IOException {
        SimulatedData data = IhdpLikeSimulation.withDefaults().withSampleSizes(20, 200)
                .withGapFunction(10, 1).withEvaluationSizes(3, 3).generate(2);
        Path file = folder.resolve("observational.csv");

        SimulatedDataCsv.writeSample(file, data.covariateNames(),
                data.observational().orElseThrow());
        CsvTable table = CsvTable.read(file);

        List<String> expected = new ArrayList<>(IhdpLikeCovariates.COLUMNS);
        expected.addAll(List.of("T", "Y", "tau", "omega", "delta"));
        assertEquals(expected, table.columns());
        assertEquals(200, table.rowCount());
        assertEquals(data.observational().orElseThrow().outcome(7), number(table, 7, 29), 0.0);
    }

    @Test
    void writeEvaluationPoints_roundTrips() throws IOException {
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(10, 10)
                .generate(3);
        Path file = folder.resolve("outside.csv");

        SimulatedDataCsv.writeEvaluationPoints(file, data.covariateNames(),
                data.outOfSupport());
        CsvTable table = CsvTable.read(file);

        assertEquals(List.of("x1", "tau", "omega", "delta"), table.columns());
        for (int i = 0; i < 10; i++) {
            double x = number(table, i, 0);
            assertEquals(data.outOfSupport().covariate(i, 0), x, 0.0);
            assertEquals(-x, number(table, i, 3), 0.0);
        }
    }

    @Test
    void writeExperimental_replacesFileAtomically() throws IOException {
        Path file = folder.resolve("rct.csv");
        Files.writeString(file, "old content\n");
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(1, 1)
                .generate(4);

        SimulatedDataCsv.writeExperimental(file, data);

        assertEquals(201, Files.readAllLines(file).size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writeExperimental_keepsDefaultPermissions_posix() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(folder.resolve("reference.csv"));
        Path file = folder.resolve("rct.csv");
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(1, 1)
                .generate(4);

        SimulatedDataCsv.writeExperimental(file, data);

        assertEquals(Files.getPosixFilePermissions(reference),
                Files.getPosixFilePermissions(file));
    }

    @Test
    void writeExperimental_rejectsMissingFolder() {
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(1, 1)
                .generate(4);
        Path file = folder.resolve("missing").resolve("rct.csv");

        assertThrows(NoSuchFileException.class, () -> SimulatedDataCsv.writeExperimental(file,
                data));
    }

    @Test
    void writeSample_rejectsCovariateNamedLikeOutcome() {
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(1, 1)
                .generate(4);
        Path file = folder.resolve("rct.csv");

        assertThrows(IllegalArgumentException.class,
                () -> SimulatedDataCsv.writeSample(file, List.of("Y"), data.experimental()));
    }

    private static double number(CsvTable table, int row, int column) {
        return CellValues.parseNumber(table.cell(row, column)).orElseThrow();
    }
}
