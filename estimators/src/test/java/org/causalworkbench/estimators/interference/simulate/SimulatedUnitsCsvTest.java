package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the unit-table CSV of simulated units. */
class SimulatedUnitsCsvTest {

    @TempDir
    Path dir;

    @Test
    void write_givesOneRowPerUnit() throws IOException {
        Path file = dir.resolve("units.csv");
        int leftOut = SimulatedUnitsCsv.write(file, ToyExamples.twoHouseholds());
        List<String> lines = Files.readAllLines(file);
        assertEquals(0, leftOut);
        assertEquals(9, lines.size());
        assertEquals("id,group,x,t,y", lines.get(0));
        assertEquals("1,1,0.0,1,3.0", lines.get(1));
        assertEquals("8,2,0.0,0,3.0", lines.get(8));
    }

    @Test
    void write_leavesOutUnitsWithoutSignature() throws IOException {
        SimulatedUnits units = ContextSimulation.withDefaults().withContexts(400)
                .withUnitsPerContext(2).generate();
        Path file = dir.resolve("units.csv");
        int leftOut = SimulatedUnitsCsv.write(file, units);
        assertEquals(units.unitsWithoutSignature(), leftOut);
        assertEquals(units.size() - leftOut + 1, Files.readAllLines(file).size());
    }

    @Test
    void write_leavesGroupEmptyForUngroupedUnits() throws IOException {
        Path file = dir.resolve("toy.csv");
        SimulatedUnitsCsv.write(file, ToyExamples.toyExampleOne());
        assertEquals("2,,0.0,1,2.0", Files.readAllLines(file).get(2));
    }
}
