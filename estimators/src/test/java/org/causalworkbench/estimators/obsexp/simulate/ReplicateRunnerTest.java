package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/**
 * Checks the replicate runner: results that do not depend on the thread count, prompt
 * cancellation with a stopped pool, failure reports, and the method against the standard GP on
 * a small GP-gap study.
 */
class ReplicateRunnerTest {

    /** Returns a GP-gap design with one covariate, &pi; = 0.5, noise 0.5 and a grid of 1000. */
    private static ReplicateDesign gpGap(int trialSize, int evaluationSize) {
        return ReplicateDesign.gpGap(GpGapSimulation.withDefaults().withDimension(1)
                .withExperimentalSize(trialSize).withObservationalSize(0)
                .withTreatmentProbability(0.5).withNoiseSd(0.5).withGridSize(1000)
                .withEvaluationSizes(evaluationSize, evaluationSize));
    }

    @Test
    void run_sameRows_oneOrTwoThreads() {
        ReplicateRunner runner = ReplicateRunner.of(gpGap(50, 200)).withReplicates(3)
                .withBaseSeed(42);

        ReplicateResult serial = runner.withParallelism(1).run(ProgressSink.NONE,
                CancellationToken.NEVER);
        ReplicateResult parallel = runner.withParallelism(2).run(ProgressSink.NONE,
                CancellationToken.NEVER);

        assertEquals(9, serial.rows().size());
        assertEquals(serial.rows(), parallel.rows());
        assertEquals(serial.summaries(), parallel.summaries());
    }

    @Test
    void run_changesRows_withBaseSeed() {
        ReplicateRunner runner = ReplicateRunner.of(gpGap(50, 200)).withReplicates(1)
                .withModels(GapModelType.METHOD);

        ReplicateResult first = runner.withBaseSeed(1).run(ProgressSink.NONE,
                CancellationToken.NEVER);
        ReplicateResult second = runner.withBaseSeed(2).run(ProgressSink.NONE,
                CancellationToken.NEVER);

        assertNotEquals(first.rows(), second.rows());
    }

    @Test
    void replicateSeed_isDistinctPerIndex() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seeds.add(ReplicateRunner.replicateSeed(7, i));
        }

        assertEquals(1000, seeds.size());
        assertEquals(ReplicateRunner.replicateSeed(7, 3), ReplicateRunner.replicateSeed(7, 3));
        assertNotEquals(ReplicateRunner.replicateSeed(7, 0), ReplicateRunner.replicateSeed(8, 0));
    }

    @Test
    void run_stopsPromptly_whenCancelledAfterTwoReplicates() throws InterruptedException {
        AtomicInteger finished = new AtomicInteger();
        ProgressSink counter = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                finished.set((int) workDone);
            }

            @Override
            public void message(String text) {
                // Not checked.
            }
        };
        CancellationToken afterTwo = () -> finished.get() >= 2;
        ReplicateRunner runner = ReplicateRunner.of(gpGap(50, 100)).withReplicates(40)
                .withParallelism(2).withModels(GapModelType.METHOD);

        assertThrows(CancellationException.class, () -> runner.run(counter, afterTwo));
        int atCancellation = finished.get();
        Thread.sleep(3 * ReplicatePool.POLL_MILLIS);

        assertTrue(atCancellation >= 2, "finished replicates " + atCancellation);
        assertTrue(atCancellation < 40, "finished replicates " + atCancellation);
        assertEquals(atCancellation, finished.get(), "progress after the run ended");
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertTrue(!thread.getName().startsWith(ReplicatePool.THREAD_NAME_PREFIX)
                    || !thread.isAlive(), "pool thread still alive: " + thread.getName());
        }
    }

    @Test
    void run_reportsIndexAndSeed_whenReplicateFails() {
        ReplicateDesign failing = new ReplicateDesign("failing", seed -> {
            throw new IllegalArgumentException("no data for this seed");
        });
        ReplicateRunner runner = ReplicateRunner.of(failing).withReplicates(1).withBaseSeed(5);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> runner.run(ProgressSink.NONE, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("replicate 0"), error.getMessage());
        assertTrue(error.getMessage().contains(
                Long.toString(ReplicateRunner.replicateSeed(5, 0))), error.getMessage());
    }

    @Test
    void run_methodBeatsStandard_smallGpGapStudy() {
        AtomicInteger finished = new AtomicInteger();
        ProgressSink counter = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                finished.incrementAndGet();
            }

            @Override
            public void message(String text) {
                // Not checked.
            }
        };

        ReplicateResult result = ReplicateRunner.of(gpGap(100, 1000)).withReplicates(6)
                .run(counter, CancellationToken.NEVER);
        ReplicateResult.ModelSummary method = result.summary(GapModelType.METHOD);
        ReplicateResult.ModelSummary standard = result.summary(GapModelType.STANDARD);
        ReplicateResult.ModelSummary lcm = result.summary(GapModelType.LCM);

        assertEquals(6, finished.get());
        assertEquals(18, result.rows().size());
        assertTrue(Double.isFinite(lcm.outOfSupport().meanSquaredError().mean()),
                "LCM outside " + lcm.outOfSupport());
        assertEquals(6, method.replicates());
        assertTrue(method.outOfSupport().width().mean() <= 3.92,
                "method width outside " + method.outOfSupport());
        assertTrue(method.inSupport().meanSquaredError().mean()
                < standard.inSupport().meanSquaredError().mean(),
                "in-support MSE: method " + method.inSupport() + ", standard "
                        + standard.inSupport());
    }

    @Test
    void summary_matchesRows() {
        ReplicateResult result = ReplicateRunner.of(gpGap(50, 100)).withReplicates(3)
                .withModels(GapModelType.STANDARD).run(ProgressSink.NONE,
                        CancellationToken.NEVER);
        List<ReplicateResult.Row> rows = result.rows();
        double[] widths = new double[rows.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = rows.get(i).inSupport().width();
        }
        double mean = (widths[0] + widths[1] + widths[2]) / 3;
        double squares = 0;
        for (double width : widths) {
            squares += (width - mean) * (width - mean);
        }

        ReplicateResult.MeanAndSd summary =
                result.summary(GapModelType.STANDARD).inSupport().width();
        assertEquals(mean, summary.mean(), 1e-12);
        assertEquals(Math.sqrt(squares / 2), summary.sd(), 1e-12);
        assertEquals(0, rows.get(0).replicate());
        assertEquals(2, rows.get(2).replicate());
        assertThrows(IllegalArgumentException.class, () -> result.summary(GapModelType.METHOD));
    }

    @Test
    void settings_areRejected_whenInvalid() {
        ReplicateRunner runner = ReplicateRunner.of(gpGap(50, 100));

        assertThrows(IllegalArgumentException.class, () -> runner.withReplicates(0));
        assertThrows(IllegalArgumentException.class, () -> runner.withModels());
        assertThrows(IllegalArgumentException.class, () -> runner.withParallelism(-1));
        assertThrows(NullPointerException.class, () -> ReplicateRunner.of(null));
        assertThrows(CancellationException.class,
                () -> runner.run(ProgressSink.NONE, () -> true));
    }
}
