package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
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
        SpilloverStudyResult direct = SpilloverReplicateRunner.of(SpilloverProcess.withDefaults()
                .withDonors(30).withInvalidShare(0.8)
                .withDonorNoise(SpilloverProcess.NoiseLevel.LOW)).withReplicates(12)
                .withBaseSeed(7).run(ProgressSink.NONE, () -> false);
        assertEquals(direct.rows(), first.rows());
        assertEquals(List.of("ALL", "VALID"), first.strategies());
    }

    @Test
    void run_showsSpilloverBiasOfAll() throws InterruptedException {
        SpilloverStudyResult result = runAndWait();

        // All donors carry 80% spillover of -2, so ALL is biased by about +1.6 and VALID by 0.
        assertEquals(1.6, result.summary("ALL").mean(), 0.3);
        assertEquals(0, result.summary("VALID").mean(), 0.1);
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
    void invalidShare_isRejected() {
        model.invalidShareProperty().set(1.5);

        model.run();

        assertTrue(model.errorProperty().get().contains("1.5"), model.errorProperty().get());
    }
}
