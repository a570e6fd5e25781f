package org.causalworkbench.estimators.repr.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Checks the training loop's loss history, progress reports, cancellation and failures. */
class TrainingLoopTest {

    /** Records every progress report. */
    private static final class RecordingSink implements ProgressSink {
        final List<Long> done = new ArrayList<>();

        @Override
        public void progress(long workDone, long totalWork) {
            done.add(workDone);
        }

        @Override
        public void message(String text) {
            // Not used by the loop.
        }
    }

    private static TrainingLoop.LossFunction squaredDistance(Parameter theta, double target) {
        DMatrixRMaj goal = new DMatrixRMaj(1, 1, true, target);
        return (tape, step) -> LossOps.meanSquaredError(tape.parameter(theta),
                tape.constant(goal));
    }

    @Test
    void run_lowersLossAndReportsEveryStep() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", new DMatrixRMaj(1, 1), ParameterGroup.trainable("t"));
        RecordingSink sink = new RecordingSink();

        double[] history = TrainingLoop.run(Sgd.withDefaults().withLearningRate(0.25).create(set),
                5, squaredDistance(theta, 2), sink, CancellationToken.NEVER);

        // theta_k = 2 (1 - 0.5^k), so the loss (theta_k - 2)^2 = 4^(1 - k) quarters each step.
        assertEquals(4.0, history[0], 1e-15);
        assertEquals(4.0 / 256, history[4], 1e-15);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sink.done);
    }

    @Test
    void run_stopsWhenCancelled() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", new DMatrixRMaj(1, 1), ParameterGroup.trainable("t"));
        Optimizer sgd = Sgd.withDefaults().create(set);
        RecordingSink sink = new RecordingSink();

        assertThrows(CancellationException.class, () -> TrainingLoop.run(sgd, 10,
                squaredDistance(theta, 2), sink, () -> sink.done.size() >= 3));

        assertEquals(3, sgd.stepCount());
    }

    @Test
    void run_rejectsDivergingLoss() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", new DMatrixRMaj(1, 1, true, 1),
                ParameterGroup.trainable("t"));
        Optimizer sgd = Sgd.withDefaults().withLearningRate(1e3).create(set);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TrainingLoop.run(sgd, 200, squaredDistance(theta, 0), ProgressSink.NONE,
                        CancellationToken.NEVER));

        assertTrue(error.getMessage().endsWith("; lower the learning rate or check the inputs"),
                error.getMessage());
    }
}
