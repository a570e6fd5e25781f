package org.causalworkbench.app.obsexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.junit.jupiter.api.Test;

class TrialImportTest {

    private static final String TRIAL = "x,t,y,omega\n0.5,1,2,1.5\n-0.5,0,1,0.5\n0.1,1,3,1.1\n"
            + "-0.9,0,0,0.1\n0.7,0,1,1.7\n";

    private static CsvTable table(String text) {
        return CsvTable.read(new StringReader(text), "trial.csv");
    }

    @Test
    void build_sortsEvaluationPointsByFirstCovariate() {
        ObsExpDataset data = TrialImport.build(table(TRIAL), List.of("x"), "t", "y", "omega",
                0.5);

        assertEquals(5, data.size());
        assertArrayEquals(new double[] {-0.9}, data.evaluationPoints()[0]);
        assertArrayEquals(new double[] {0.7}, data.evaluationPoints()[4]);
        assertEquals(0.1, data.omegaAtEvaluation()[0]);
        assertEquals(1.7, data.omegaAtEvaluation()[4]);
        assertNull(data.trueGap());
        assertTrue(data.omegaDescription().contains("column 'omega'"));
    }

    @Test
    void build_withColumnUsedTwice_rejects() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrialImport.build(table(TRIAL), List.of("x", "y"), "t", "y", "omega",
                        0.5));

        assertTrue(error.getMessage().contains("two roles"), error.getMessage());
    }

    @Test
    void build_withNonBinaryTreatment_namesLine() {
        String bad = TRIAL.replace("0.1,1,3,1.1", "0.1,3,3,1.1");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrialImport.build(table(bad), List.of("x"), "t", "y", "omega", 0.5));

        assertTrue(error.getMessage().contains("trial.csv, line 4, column 't'"),
                error.getMessage());
    }

    @Test
    void build_withOneArmTooSmall_explains() {
        String oneTreated = "x,t,y,omega\n0.5,1,2,1.5\n-0.5,0,1,0.5\n0.1,0,3,1.1\n";

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrialImport.build(table(oneTreated), List.of("x"), "t", "y", "omega",
                        0.5));

        assertTrue(error.getMessage().contains("each arm needs at least two"),
                error.getMessage());
    }
}
