package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the bias summary and the per-replicate CSV. */
class StrategyBiasTest {

    @TempDir
    Path dir;

    @Test
    void of_computesMomentsAndQuantiles() {
        StrategyBias bias = StrategyBias.of("ALL", new double[] {4, 1, 3, 2});
        assertEquals(2.5, bias.mean());
        assertEquals(Math.sqrt(5.0 / 3), bias.sd(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3) / 2, bias.standardError(), 1e-15);
        // Type 7: position 1 + (n - 1) p on the sorted values 1, 2, 3, 4.
        assertEquals(1.075, bias.quantile(0.025), 1e-12);
        assertEquals(2.5, bias.quantile(0.5), 1e-12);
        assertEquals(3.925, bias.quantile(0.975), 1e-12);
        assertEquals(4, bias.replicates());
    }

    @Test
    void of_rejectsEmptyAndBadProbability() {
        assertThrows(IllegalArgumentException.class, () -> StrategyBias.of("ALL",
                new double[0]));
        StrategyBias single = StrategyBias.of("ALL", new double[] {1});
        assertTrue(Double.isNaN(single.sd()));
        assertThrows(IllegalArgumentException.class, () -> single.quantile(0));
    }

    @Test
    void csv_writesOneRowPerReplicate() throws IOException {
        ReplicateBiases first = new ReplicateBiases(0, 11, new double[] {1.5, -0.25},
                new int[] {40, 8});
        ReplicateBiases second = new ReplicateBiases(1, 12, new double[] {2.0, 0.125},
                new int[] {40, 8});
        SpilloverStudyResult result = SpilloverStudyResult.summarise(
                SpilloverProcess.withDefaults().settings(), 1, List.of("ALL", "VALID"),
                List.of(first, second));
        Path file = dir.resolve("biases.csv");
        SpilloverBiasCsv.write(file, result);
        assertEquals(List.of("replicate,seed,ALL,VALID", "0,11,1.5,-0.25", "1,12,2.0,0.125"),
                Files.readAllLines(file));
        assertEquals(1.75, result.summary("ALL").mean());
        assertThrows(IllegalArgumentException.class, () -> result.summary("S1"));
    }
}
