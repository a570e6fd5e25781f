package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.junit.jupiter.api.Test;

/** Checks seeding, plug-in strategies, progress, cancellation and failures of the runner. */
class SpilloverReplicateRunnerTest {

    private static final SpilloverProcess SMALL = SpilloverProcess.withDefaults()
            .withDonors(40).withPrePeriods(30).withPostPeriods(10);

    private static final DonorStrategy FIRST_TEN = new DonorStrategy("FIRST_TEN",
            panel -> new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

    @Test
    void run_givesSameRowsForEveryThreadCount() {
        SpilloverReplicateRunner runner = SpilloverReplicateRunner.of(SMALL).withReplicates(12)
                .withBaseSeed(5);
        SpilloverStudyResult one = runner.withParallelism(1)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        SpilloverStudyResult two = runner.withParallelism(2)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        SpilloverStudyResult five = runner.withParallelism(5)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(one.rows(), two.rows());
        assertEquals(one.rows(), five.rows());
        assertEquals(one.summaries(), two.summaries());
        SpilloverStudyResult other = runner.withBaseSeed(6)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        assertFalse(one.rows().equals(other.rows()));
    }

    @Test
    void run_seedsEachReplicateFromBaseSeed() {
        SpilloverReplicateRunner runner = SpilloverReplicateRunner.of(SMALL).withReplicates(3)
                .withBaseSeed(9);
        ReplicateBiases row = runner.run(ProgressSink.NONE, CancellationToken.NEVER).rows()
                .get(2);
        assertEquals(2, row.replicate());
        assertEquals(ReplicateRunner.replicateSeed(9, 2), row.seed());
        assertEquals(row, runner.estimate(SMALL.generate(row.seed()), 2,
                CancellationToken.NEVER));
        assertArrayEquals(new int[] {40, 8}, row.keptDonors());
    }

    @Test
    void estimate_matchesSyntheticControlOnPanel() {
        SpilloverPanel panel = SMALL.generate(21);
        List<String> invalid = new ArrayList<>();
        for (int i : panel.invalidDonors()) {
            invalid.add(SpilloverPanel.donorName(i));
        }
        double allAtt = SyntheticControl.withDefaults().fit(panel.toSetup(List.of())).att();
        double validAtt = SyntheticControl.withDefaults().fit(panel.toSetup(invalid)).att();
        double[] biases = SpilloverReplicateRunner.of(SMALL)
                .estimate(panel, 0, CancellationToken.NEVER).biases();
        assertEquals(allAtt - 2, biases[0], 1e-10);
        assertEquals(validAtt - 2, biases[1], 1e-10);
    }

    @Test
    void withStrategies_fitsPluggedSelection() {
        SpilloverPanel panel = SMALL.generate(4);
        ReplicateBiases row = SpilloverReplicateRunner.of(SMALL)
                .withStrategies(FIRST_TEN, DonorStrategy.ALL)
                .estimate(panel, 0, CancellationToken.NEVER);
        int[] firstTen = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertEquals(SpilloverReplicateRunner.att(panel, firstTen) - 2, row.biases()[0]);
        assertArrayEquals(new int[] {10, 40}, row.keptDonors());
        SpilloverStudyResult result = SpilloverReplicateRunner.of(SMALL).withReplicates(2)
                .withStrategies(FIRST_TEN).run(ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(List.of("FIRST_TEN"), result.strategies());
    }

    @Test
    void run_rejectsValidWhenEveryDonorIsInvalid() {
        SpilloverProcess allInvalid = SMALL.withInvalidShare(1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpilloverReplicateRunner.of(allInvalid).withReplicates(2)
                        .run(ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("Strategy VALID has no donor to fit"),
                error.getMessage());
        SpilloverStudyResult onlyAll = SpilloverReplicateRunner.of(allInvalid).withReplicates(2)
                .withStrategies(DonorStrategy.ALL).run(ProgressSink.NONE,
                        CancellationToken.NEVER);
        assertEquals(2, onlyAll.replicates());
    }

    @Test
    void run_namesReplicateAndStrategyOfEmptySelection() {
        DonorStrategy none = new DonorStrategy("NONE", panel -> new int[0]);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> SpilloverReplicateRunner.of(SMALL).withReplicates(2).withParallelism(1)
                        .withStrategies(none).run(ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("Replicate 0 with seed "
                + ReplicateRunner.replicateSeed(1, 0)), error.getMessage());
        assertTrue(error.getMessage().contains("Strategy NONE kept no donor"),
                error.getMessage());
    }

    @Test
    void estimate_rejectsBadIndices() {
        SpilloverPanel panel = SMALL.generate(1);
        DonorStrategy outside = new DonorStrategy("OUTSIDE", p -> new int[] {0, 40});
        DonorStrategy twice = new DonorStrategy("TWICE", p -> new int[] {3, 3});
        IllegalArgumentException outsideError = assertThrows(IllegalArgumentException.class,
                () -> SpilloverReplicateRunner.of(SMALL).withStrategies(outside)
                        .estimate(panel, 0, CancellationToken.NEVER));
        assertTrue(outsideError.getMessage().contains("donor index 40, outside 0 to 39"),
                outsideError.getMessage());
        IllegalArgumentException twiceError = assertThrows(IllegalArgumentException.class,
                () -> SpilloverReplicateRunner.of(SMALL).withStrategies(twice)
                        .estimate(panel, 0, CancellationToken.NEVER));
        assertTrue(twiceError.getMessage().contains("donor index 3 twice"),
                twiceError.getMessage());
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
        SpilloverReplicateRunner.of(SMALL).withReplicates(4).withParallelism(2)
                .run(sink, CancellationToken.NEVER);
        assertEquals(List.of(1L, 2L, 3L, 4L), done);
    }

    @Test
    void run_stopsWhenCancelled() {
        assertThrows(CancellationException.class, () -> SpilloverReplicateRunner.of(SMALL)
                .run(ProgressSink.NONE, () -> true));
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
        assertThrows(CancellationException.class, () -> SpilloverReplicateRunner.of(SMALL)
                .withReplicates(500).withParallelism(1).run(cancelAfterFirst, cancelled::get));
    }

    @Test
    void settings_rejectInvalidValues() {
        SpilloverReplicateRunner runner = SpilloverReplicateRunner.of(SMALL);
        assertThrows(IllegalArgumentException.class, () -> runner.withReplicates(0));
        assertThrows(IllegalArgumentException.class, () -> runner.withParallelism(-1));
        assertThrows(IllegalArgumentException.class, () -> runner.withStrategies());
        assertThrows(IllegalArgumentException.class, () -> SpilloverReplicateRunner.of(null));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> runner.withStrategies(DonorStrategy.ALL, DonorStrategy.ALL));
        assertTrue(duplicate.getMessage().contains("Two donor strategies are named 'ALL'"),
                duplicate.getMessage());
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> new DonorStrategy("S 1", DonorStrategy.ALL.selection()));
        assertTrue(badName.getMessage().contains("Invalid strategy name 'S 1'"),
                badName.getMessage());
    }
}
