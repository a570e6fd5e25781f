package org.causalworkbench.app.synth;

import org.causalworkbench.app.testing.UiQueue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.sample.SampleDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the analysis view model without a JavaFX toolkit. */
class SynthViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private SynthViewModel loadedModel(SynthViewModel.Runner runner) {
        SynthViewModel model = new SynthViewModel(ui, worker, runner);
        Panel panel = SampleLoader.factorPanel();
        model.loadPanel(panel, TreatmentProposal.of(panel));
        return model;
    }

    @Test
    void loadPanel_proposesTreatedUnitAndTime() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);

        assertEquals(SampleDatasets.FACTOR_PANEL.treatedUnit(),
                model.treatedUnitProperty().get());
        assertEquals(SampleDatasets.FACTOR_PANEL.interventionTime(),
                model.interventionTimeProperty().get());
        assertEquals(19, model.donors().size());
        assertTrue(model.donors().stream().allMatch(DonorChoice::isIncluded));
    }

    @Test
    void run_publishesOutcomeNearKnownEffect() throws InterruptedException {
        SynthViewModel model = loadedModel(SynthAnalysis::run);

        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        SynthOutcome outcome = model.outcomeProperty().get();
        assertNotNull(outcome);
        assertEquals(SampleDatasets.FACTOR_PANEL.trueEffect(), outcome.fit().att(), 0.5);
        assertNotNull(outcome.placebo());
        assertEquals(20, outcome.placebo().placebos().size() + 1);
        assertFalse(model.outcomeStaleProperty().get());
        assertEquals(1.0, model.progressProperty().get());
    }

    @Test
    void run_excludesUncheckedDonors() throws InterruptedException {
        SynthViewModel model = loadedModel(SynthAnalysis::run);
        model.donors().get(0).includedProperty().set(false);
        String excluded = model.donors().get(0).unit();

        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        List<String> donors = model.outcomeProperty().get().fit().donors();
        assertEquals(18, donors.size());
        assertFalse(donors.contains(excluded));
    }

    @Test
    void changingTreatedUnit_rebuildsDonorsKeepingChoices() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);
        model.donors().get(1).includedProperty().set(false);
        String unchecked = model.donors().get(1).unit();

        model.treatedUnitProperty().set(model.donors().get(0).unit());

        assertEquals(19, model.donors().size());
        assertTrue(model.donors().stream()
                .noneMatch(d -> d.unit().equals(model.treatedUnitProperty().get())));
        assertFalse(model.donors().stream().filter(d -> d.unit().equals(unchecked))
                .findFirst().orElseThrow().isIncluded());
    }

    @Test
    void cancel_duringPlacebo_keepsPreviousOutcome() throws InterruptedException {
        CountDownLatch placeboStarted = new CountDownLatch(1);
        SynthViewModel.Runner slowPlacebo = (request, progress, cancellation) ->
                SynthAnalysis.run(request, new ProgressSink() {
                    @Override
                    public void progress(long workDone, long totalWork) {
                        progress.progress(workDone, totalWork);
                        placeboStarted.countDown();
                        sleepQuietly(100);
                    }

                    @Override
                    public void message(String text) {
                        progress.message(text);
                    }
                }, cancellation);
        SynthViewModel model = loadedModel(slowPlacebo);
        model.placeboProperty().set(false);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        SynthOutcome previous = model.outcomeProperty().get();
        assertNotNull(previous);

        model.placeboProperty().set(true);
        model.run();
        assertTrue(placeboStarted.await(10, TimeUnit.SECONDS));
        model.cancel();
        long stoppedAfter = ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(stoppedAfter < 500, "cancel took " + stoppedAfter + " ms");
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
        assertNull(model.outcomeProperty().get().placebo());
    }

    @Test
    void run_withBadSettings_reportsErrorAndKeepsOutcome() throws InterruptedException {
        SynthViewModel model = loadedModel(SynthAnalysis::run);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        SynthOutcome previous = model.outcomeProperty().get();

        model.donors().forEach(d -> d.includedProperty().set(false));
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        assertTrue(model.errorProperty().get().contains("no donor is left"),
                model.errorProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("failed"),
                model.staleReasonProperty().get());
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
    }

    @Test
    void changingSettings_marksOutcomeStale() throws InterruptedException {
        SynthViewModel model = loadedModel(SynthAnalysis::run);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        assertFalse(model.outcomeStaleProperty().get());

        model.donors().get(3).includedProperty().set(false);

        assertTrue(model.outcomeStaleProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("Settings changed"),
                model.staleReasonProperty().get());

        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        assertFalse(model.outcomeStaleProperty().get());
    }

    @Test
    void switchingTreatedUnit_leavesFlaggedUnitOutOfPool() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);

        model.treatedUnitProperty().set("Region 02");

        DonorChoice flagged = model.donors().stream()
                .filter(d -> d.unit().equals("Region 01")).findFirst().orElseThrow();
        assertFalse(flagged.isIncluded());
        assertTrue(model.donors().stream().filter(d -> !d.unit().equals("Region 01"))
                .allMatch(DonorChoice::isIncluded));
    }

    @Test
    void interventionChoices_leaveTwoPrePeriods() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);

        assertEquals(28, model.times().size());
        assertEquals(3.0, model.times().get(0));
        assertEquals(30.0, model.times().get(27));
    }

    @Test
    void loadPanel_statusNamesProposalSource() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);

        String status = model.statusProperty().get();
        assertTrue(status.contains("Column 'treated' proposes Region 01 from 21"), status);
    }

    @Test
    void loadPanel_resetsDonorChoicesOfPreviousData() {
        SynthViewModel model = loadedModel(SynthAnalysis::run);
        model.donors().get(2).includedProperty().set(false);

        Panel again = SampleLoader.factorPanel();
        model.loadPanel(again, TreatmentProposal.of(again));

        assertTrue(model.donors().stream().allMatch(DonorChoice::isIncluded));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
