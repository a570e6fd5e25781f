package org.causalworkbench.estimators.repr.contrastive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/**
 * Checks determinism, progress, cancellation and the threshold sweep of the lab on a reduced
 * configuration that runs in a few seconds.
 */
class StructuredTreatmentLabTest {

    static final StructuredTreatmentLab SMALL = StructuredTreatmentLab.withDefaults()
            .withGenerator(StructuredTreatmentGenerator.withDefaults().withTrainingSize(600)
                    .withTestSize(100))
            .withMiner(TripletMiner.withDefaults().withTripletCount(3000))
            .withContrastive(ContrastiveTraining.withDefaults().withSteps(60))
            .withAutoencoder(AutoencoderTraining.withDefaults().withSteps(60))
            .withOutcomeModel(OutcomeModelTraining.withDefaults().withSteps(60));

    /** Counts progress reports and cancels after a given number. */
    private static final class CancellingSink implements ProgressSink, CancellationToken {
        final AtomicLong reports = new AtomicLong();
        final long cancelAfter;
        long lastDone;
        long lastTotal;

        CancellingSink(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void progress(long workDone, long totalWork) {
            reports.incrementAndGet();
            lastDone = workDone;
            lastTotal = totalWork;
        }

        @Override
        public void message(String text) {
            // Not checked.
        }

        @Override
        public boolean isCancellationRequested() {
            return reports.get() >= cancelAfter;
        }
    }

    @Test
    void run_isDeterministicForSeed() {
        LabResult first = SMALL.run(4, ProgressSink.NONE, CancellationToken.NEVER);
        LabResult second = SMALL.run(4, ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(first.methods(), second.methods());
    }

    @Test
    void run_reportsEveryStepUpToTotal() {
        CancellingSink sink = new CancellingSink(Long.MAX_VALUE);

        LabResult result = SMALL.run(4, sink, sink);

        // 2 contrastive encoders + 1 autoencoder + 5 outcome models, 60 steps each.
        assertEquals(8 * 60, sink.reports.get());
        assertEquals(sink.lastTotal, sink.lastDone);
        assertEquals(Method.values().length, result.methods().size());
    }

    @Test
    void run_stopsSoonAfterCancellation() {
        CancellingSink sink = new CancellingSink(5);

        assertThrows(CancellationException.class, () -> SMALL.run(4, sink, sink));
        assertEquals(5, sink.reports.get());
    }

    @Test
    void run_oracleProbesCausalLatentsExactly() {
        MethodResult oracle = SMALL.run(4, ProgressSink.NONE, CancellationToken.NEVER)
                .of(Method.ORACLE);

        assertEquals(1.0, oracle.causalProbeR2(), 1e-12);
        assertEquals(2, oracle.width());
    }

    @Test
    void thresholdSweep_returnsOneResultPerPair() {
        double[][] pairs = {{0.2, 0.8}, {0.4, 0.6}};

        List<ThresholdResult> sweep = SMALL.thresholdSweep(4, pairs, ProgressSink.NONE,
                CancellationToken.NEVER);

        assertEquals(2, sweep.size());
        assertTrue(sweep.get(0).lowerThreshold() < sweep.get(1).lowerThreshold());
        assertTrue(sweep.get(0).upperThreshold() > sweep.get(1).upperThreshold());
        assertEquals(Method.CONTRASTIVE, sweep.get(1).scores().method());
    }

    @Test
    void thresholdSweep_atOwnQuantilesReproducesRun() {
        TripletMiner miner = SMALL.miner();
        double[][] own = {{miner.lowerQuantile(), miner.upperQuantile()}};

        MethodResult swept = SMALL.thresholdSweep(4, own, ProgressSink.NONE,
                CancellationToken.NEVER).get(0).scores();
        MethodResult run = SMALL.run(4, ProgressSink.NONE, CancellationToken.NEVER)
                .of(Method.CONTRASTIVE);

        assertEquals(run, swept);
    }
}
