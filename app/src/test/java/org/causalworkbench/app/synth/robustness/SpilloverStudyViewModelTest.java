package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.simulate.DonorStrategy;
import org.causalworkbench.estimators.synth.simulate.ScreenStrategies;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess;
import org.causalworkbench.estimators.synth.simulate.SpilloverReplicateRunner;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the teaching study's view model without a JavaFX toolkit. */
class SpilloverStudyViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();
    private final SpilloverStudyViewModel model = new SpilloverStudyViewModel(ui, worker);

    SpilloverStudyViewModelTest() {
        model.donorsProperty().set(30);
        model.replicatesProperty().set(12);
        model.seedProperty().set(7);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private SpilloverStudyResult runAndWait() throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 30_000);
        return model.resultProperty().get();
    }

    @Test
    void run_isDeterministicForSeed() throws InterruptedException {
        SpilloverStudyResult first = runAndWait();
        SpilloverStudyResult second = runAndWait();

        assertEquals(first.rows(), second.rows());
        assertEquals(first.summaries(), second.summaries());
        // With 30 donors and share 0.8, 6 are valid, so S1 keeps 6 by default.
        SpilloverStudyResult direct = SpilloverReplicateRunner.of(SpilloverProcess.withDefaults()
                .withDonors(30).withInvalidShare(0.8)
                .withDonorNoise(SpilloverProcess.NoiseLevel.LOW)).withReplicates(12)
                .withBaseSeed(7).withStrategies(DonorStrategy.ALL, DonorStrategy.VALID,
                        ScreenStrategies.topN(6), ScreenStrategies.insideInterval(0.95))
                .run(ProgressSink.NONE, () -> false);
        assertEquals(direct.rows(), first.rows());
        assertEquals(List.of("ALL", "VALID", "S1", "S2"), first.strategies());
    }

    @Test
    void run_showsSpilloverBiasOfAll() throws InterruptedException {
        SpilloverStudyResult result = runAndWait();

        // All donors carry 80% spillover of -2, so ALL is biased by about +1.6 and VALID by 0.
        assertEquals(1.6, result.summary("ALL").mean(), 0.3);
        assertEquals(0, result.summary("VALID").mean(), 0.1);
        assertEquals(12, result.summary("S1").replicates());
        assertEquals(12, result.summary("S2").replicates());
    }

    @Test
    void cancel_keepsLastResult() throws InterruptedException {
        SpilloverStudyResult first = runAndWait();
        model.replicatesProperty().set(2000);
        assertTrue(model.staleReasonProperty().get().contains("Settings changed"));

        model.run();
        long start = System.nanoTime();
        model.cancel();
        ui.runUntil(() -> !model.runningProperty().get(), 5_000);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 1000, "cancel took " + millis + " ms");
        assertSame(first, model.resultProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("Cancelled"),
                model.staleReasonProperty().get());
    }

    @Test
    void keepCountAboveDonors_isRejected() {
        model.keepCountProperty().set(31);

        model.run();

        assertTrue(model.errorProperty().get().contains("S1 cannot keep 31 of 30"),
                model.errorProperty().get());
    }

    @Test
    void invalidShare_isRejected() {
        model.invalidShareProperty().set(1.5);

        model.run();

        assertTrue(model.errorProperty().get().contains("1.5"), model.errorProperty().get());
    }
}
