package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CosineCsvTest {

    @TempDir
    Path dir;

    private static ModuleSpectrum spectrum(String name, int outputs, int inputs, long seed) {
        Random random = new Random(seed);
        return ModuleSpectrum.of(new LoraModule(name, KnownAdapter.gaussian(outputs, 2, random),
                KnownAdapter.gaussian(2, inputs, random), 4, 2));
    }

    @Test
    void write_listsEveryPairInRowOrder() throws IOException {
        ModuleSpectrum firstQ = spectrum("layers.0.q_proj", 6, 4, 1);
        ModuleSpectrum firstV = spectrum("layers.0.v_proj", 6, 4, 2);
        ModuleSpectrum secondQ = spectrum("layers.0.q_proj", 6, 4, 3);
        ModuleSpectrum secondWide = spectrum("layers.0.o_proj", 8, 4, 4);
        Path target = dir.resolve("comparison.csv");

        CosineCsv.write(target, new CosineCsv.Named("run a", List.of(firstQ, firstV)),
                new CosineCsv.Named("run,b", List.of(secondQ, secondWide)), Side.INPUT, 1);

        List<String> lines = Files.readAllLines(target);
        assertEquals("adapter_a,module_a,adapter_b,module_b,side,direction,abs_cos",
                lines.get(0));
        assertEquals(1 + 2 * 2, lines.size());
        double[][] expected = DirectionCosines.matrix(List.of(firstQ, firstV),
                List.of(secondQ, secondWide), Side.INPUT, 1);
        assertEquals("run a,layers.0.q_proj,\"run,b\",layers.0.q_proj,input,1,"
                + expected[0][0], lines.get(1));
        assertEquals("run a,layers.0.q_proj,\"run,b\",layers.0.o_proj,input,1,"
                + expected[0][1], lines.get(2));
        assertEquals("run a,layers.0.v_proj,\"run,b\",layers.0.q_proj,input,1,"
                + expected[1][0], lines.get(3));
    }

    @Test
    void write_givesNaNForDifferentDimensions() throws IOException {
        ModuleSpectrum narrow = spectrum("layers.0.q_proj", 6, 4, 5);
        ModuleSpectrum wide = spectrum("layers.0.q_proj", 8, 4, 6);
        Path target = dir.resolve("comparison.csv");

        CosineCsv.write(target, new CosineCsv.Named("a", List.of(narrow)),
                new CosineCsv.Named("b", List.of(wide)), Side.OUTPUT, 0);

        assertEquals("a,layers.0.q_proj,b,layers.0.q_proj,output,0,NaN",
                Files.readAllLines(target).get(1));
    }
}
