package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateRunner;
import org.junit.jupiter.api.Test;

/** Checks seeding, progress, cancellation and failure reports of the replicate runner. */
class InterferenceReplicateRunnerTest {

    private static final ContextSimulation SMALL =
            ContextSimulation.withDefaults().withContexts(300);

    @Test
    void run_seedsEachReplicateFromBaseSeed() {
        InterferenceStudyResult result = InterferenceReplicateRunner.of(SMALL).withReplicates(3)
                .withBaseSeed(9).run(ProgressSink.NONE, CancellationToken.NEVER);
        ReplicateEstimates row = result.rows().get(2);
        assertEquals(ReplicateRunner.replicateSeed(9, 2), row.seed());
        ReplicateEstimates again = InterferenceReplicateRunner.of(SMALL)
                .estimate(SMALL.withSeed(row.seed()).generate(), 2, row.seed());
        assertEquals(row, again);
    }

    @Test
    void run_reportsOneProgressUnitPerReplicate() {
        List<Long> done = Collections.synchronizedList(new ArrayList<>());
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                assertEquals(4, totalWork);
                done.add(workDone);
            }

            @Override
            public void message(String text) {
                assertTrue(text.contains("4 replicates"), text);
            }
        };
        InterferenceReplicateRunner.of(SMALL).withReplicates(4).withParallelism(2)
                .run(sink, CancellationToken.NEVER);
        assertEquals(List.of(1L, 2L, 3L, 4L), done);
    }

    @Test
    void run_stopsWhenCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        assertThrows(CancellationException.class, () -> InterferenceReplicateRunner.of(SMALL)
                .run(ProgressSink.NONE, cancelled::get));
    }

    @Test
    void run_stopsWhenCancelledDuringStudy() {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressSink cancelAfterFirst = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                cancelled.set(true);
            }

            @Override
            public void message(String text) {
                // Not needed here.
            }
        };
        assertThrows(CancellationException.class, () -> InterferenceReplicateRunner.of(SMALL)
                .withReplicates(50).withParallelism(1).run(cancelAfterFirst, cancelled::get));
    }

    @Test
    void run_namesSeedOfFailingReplicate() {
        // A single node gives one unit, too few for an estimate.
        GraphSimulation single = GraphSimulation.on(new GraphModel.Grid(1, 1));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> InterferenceReplicateRunner.of(single).withReplicates(2)
                        .withParallelism(1).run(ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("Replicate 0 with seed "
                + ReplicateRunner.replicateSeed(1, 0)), error.getMessage());
    }

    @Test
    void withSettings_rejectsInvalidValues() {
        InterferenceReplicateRunner runner = InterferenceReplicateRunner.of(SMALL);
        assertThrows(IllegalArgumentException.class, () -> runner.withReplicates(0));
        assertThrows(IllegalArgumentException.class, () -> runner.withParallelism(-1));
        assertThrows(IllegalArgumentException.class, () -> runner.withEstimator(null));
        assertThrows(IllegalArgumentException.class, () -> InterferenceReplicateRunner.of(null));
    }
}
