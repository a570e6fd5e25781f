package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the validation and defensive copies of the sample records. */
class SimulatedSampleTest {

    private static final double[][] X = {{1, 2}, {3, 4}};
    private static final double[] COLUMN = {0.5, 0.6};

    @Test
    void constructor_rejectsTreatment_notZeroOrOne() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedSample(X,
                new int[] {0, 2}, COLUMN, COLUMN, COLUMN, COLUMN));
    }

    @Test
    void constructor_rejectsRaggedCovariates() {
        double[][] ragged = {{1, 2}, {3}};

        assertThrows(IllegalArgumentException.class, () -> new SimulatedSample(ragged,
                new int[] {0, 1}, COLUMN, COLUMN, COLUMN, COLUMN));
    }

    @Test
    void constructor_rejectsOutcomes_wrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedSample(X,
                new int[] {0, 1}, new double[] {1}, COLUMN, COLUMN, COLUMN));
    }

    @Test
    void covariates_returnsCopy() {
        double[][] x = {{1, 2}, {3, 4}};
        SimulatedSample sample = new SimulatedSample(x, new int[] {0, 1}, COLUMN, COLUMN, COLUMN,
                COLUMN);

        x[0][0] = 99;
        sample.covariates()[1][1] = 99;

        assertEquals(1.0, sample.covariate(0, 0), 0.0);
        assertEquals(4.0, sample.covariate(1, 1), 0.0);
    }

    @Test
    void evaluationPoints_rejectEmptyMatrix() {
        assertThrows(IllegalArgumentException.class, () -> new EvaluationPoints(new double[0][],
                new double[0], new double[0], new double[0]));
    }

    @Test
    void simulatedData_rejectsNames_wrongCount() {
        SimulatedData data = LinearGapSimulation.withDefaults().withEvaluationSizes(1, 1)
                .generate(1);

        assertThrows(IllegalArgumentException.class, () -> new SimulatedData(
                List.of("x1", "x2"), 0.5, 1, data.experimental(), null,
                data.inSupport(), data.outOfSupport(), data.truth()));
    }
}
