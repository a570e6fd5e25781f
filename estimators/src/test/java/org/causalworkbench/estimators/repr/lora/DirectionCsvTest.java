package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectionCsvTest {

    @TempDir
    Path dir;

    private static ModuleSpectrum spectrum(String name, int outputs, int inputs, int rank) {
        Random random = new Random(outputs * 100L + inputs);
        return ModuleSpectrum.of(new LoraModule(name, KnownAdapter.gaussian(outputs, rank,
                random), KnownAdapter.gaussian(rank, inputs, random), 16, 16.0 / rank));
    }

    @Test
    void write_listsEveryEntryOfTopDirections() throws IOException {
        ModuleSpectrum first = spectrum("layers.0.q_proj", 6, 4, 3);
        ModuleSpectrum second = spectrum("layers.1,odd \"name\"", 5, 7, 1);
        Path target = dir.resolve("directions.csv");

        DirectionCsv.write(target, List.of(first, second), 2);

        List<String> lines = Files.readAllLines(target);
        assertEquals("module,side,direction,singular_value,component,value", lines.get(0));
        // first: 2 directions x (6 output + 4 input); second: 1 direction x (5 + 7)
        assertEquals(1 + 2 * (6 + 4) + (5 + 7), lines.size());
        assertEquals("layers.0.q_proj,output,0," + first.singularValues()[0] + ",0,"
                + first.direction(Side.OUTPUT, 0)[0], lines.get(1));
        assertEquals("layers.0.q_proj,output,1," + first.singularValues()[1] + ",5,"
                + first.direction(Side.OUTPUT, 1)[5], lines.get(12));
        assertEquals("layers.0.q_proj,input,0," + first.singularValues()[0] + ",3,"
                + first.direction(Side.INPUT, 0)[3], lines.get(16));
        assertEquals("\"layers.1,odd \"\"name\"\"\",input,0," + second.singularValues()[0]
                + ",6," + second.direction(Side.INPUT, 0)[6], lines.get(lines.size() - 1));
    }

    @Test
    void write_rejectsZeroDirections() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DirectionCsv.write(dir.resolve("x.csv"), List.of(), 0));

        assertEquals("the number of directions to export is 0; give at least 1",
                error.getMessage());
    }

    @Test
    void write_skipsZeroUpdate() throws IOException {
        ModuleSpectrum trained = spectrum("layers.0.q_proj", 6, 4, 3);
        ModuleSpectrum fresh = ModuleSpectrum.of(new LoraModule("layers.1.q_proj",
                new DMatrixRMaj(6, 3), KnownAdapter.gaussian(3, 4, new Random(9)), 16, 16.0 / 3));
        Path target = dir.resolve("directions.csv");

        DirectionCsv.write(target, List.of(trained, fresh), 2);

        List<String> lines = Files.readAllLines(target);
        assertEquals(1 + 2 * (6 + 4), lines.size());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("layers.1.q_proj")));
    }
}
