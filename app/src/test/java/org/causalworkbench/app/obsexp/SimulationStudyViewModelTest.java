package org.causalworkbench.app.obsexp;

import org.causalworkbench.app.testing.UiQueue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.estimators.obsexp.simulate.GapModelType;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the simulation study's view model without a JavaFX toolkit. */
class SimulationStudyViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = SimulationStudyViewModel.daemonWorker();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private SimulationStudyViewModel smallStudy(int replicates) {
        SimulationStudyViewModel model = new SimulationStudyViewModel(ui, worker);
        model.replicatesProperty().set(replicates);
        model.trialRowsProperty().set(60);
        return model;
    }

    @Test
    void run_fillsTableForAllThreeModels() throws InterruptedException {
        SimulationStudyViewModel model = smallStudy(2);

        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 60_000);

        ReplicateResult result = model.resultProperty().get();
        assertNotNull(result, model.statusProperty().get());
        assertEquals(2, result.replicates());
        List<String[]> rows = SimulationStudyPane.rows(result);
        assertEquals(3, rows.size());
        double coverage = result.summary(GapModelType.METHOD).inSupport().coverage().mean();
        assertTrue(coverage >= 0, "coverage " + coverage);
        assertTrue(coverage <= 1, "coverage " + coverage);
        assertTrue(result.summary(GapModelType.METHOD).outOfSupport().width().mean()
                <= 3.92 + 1e-9);
    }

    @Test
    void cancel_keepsPreviousTableAndSaysSo() throws InterruptedException {
        SimulationStudyViewModel model = smallStudy(2);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 60_000);
        ReplicateResult previous = model.resultProperty().get();

        model.replicatesProperty().set(200);
        model.run();
        ui.runUntil(() -> model.progressProperty().get() > 0, 60_000);
        model.cancel();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        assertSame(previous, model.resultProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("cancelled"),
                model.staleReasonProperty().get());
    }

    @Test
    void run_withTooFewRows_explainsWithoutStarting() {
        SimulationStudyViewModel model = smallStudy(2);
        model.trialRowsProperty().set(5);

        model.run();

        assertTrue(model.statusProperty().get().contains("at least 20 trial rows"),
                model.statusProperty().get());
        assertEquals(false, model.runningProperty().get());
    }
}
