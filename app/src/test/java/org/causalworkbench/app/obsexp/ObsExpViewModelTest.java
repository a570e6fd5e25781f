package org.causalworkbench.app.obsexp;

import org.causalworkbench.app.testing.UiQueue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives the observational-plus-experimental view model without a JavaFX toolkit. */
class ObsExpViewModelTest {

    /** Generated once: the example's data do not depend on the test. */
    private static ObsExpDataset example;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @BeforeAll
    static void generateExample() {
        example = TeachingExample.generate();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** Returns a model with the example loaded and analysed once. */
    private ObsExpViewModel analysedModel(ObsExpViewModel.Runner runner)
            throws InterruptedException {
        ObsExpViewModel model = new ObsExpViewModel(ui, worker, runner);
        model.load(example);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        assertNotNull(model.outcomeProperty().get(), model.errorProperty().get());
        return model;
    }

    @Test
    void openTeachingExample_showsCompleteAnalysis() throws InterruptedException {
        ObsExpViewModel model = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run);

        model.openTeachingExample();
        ui.runUntil(() -> model.outcomeProperty().get() != null
                && !model.runningProperty().get(), 15_000);

        ObsExpDataset dataset = model.datasetProperty().get();
        assertTrue(dataset.name().startsWith("Teaching example"), dataset.name());
        assertEquals(TeachingExample.TRIAL_SIZE, dataset.size());
        assertEquals(1, dataset.dimension());
        assertEquals(TeachingExample.PROPENSITY, model.propensityProperty().get());
        assertTrue(dataset.knownGap().isPresent());
        ObsExpOutcome outcome = model.outcomeProperty().get();
        assertEquals(TeachingExample.GRID_POINTS, outcome.evaluation().size());
        assertEquals(List.of("f1", "f2", "f3"), List.copyOf(outcome.falsification().keySet()));
        assertFalse(model.outcomeStaleProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(1.0, model.progressProperty().get());
    }

    @Test
    void teachingExample_gridSpansObservationalRange() {
        double[] axis = example.evaluationAxis();

        assertEquals(TeachingExample.GRID_POINTS, axis.length);
        assertEquals(-3.0, axis[0], 1e-12);
        assertEquals(3.0, axis[axis.length - 1], 1e-12);
        assertEquals(0.025, axis[1] - axis[0], 1e-12);
        for (double x : example.firstCovariate()) {
            assertTrue(x >= -1, "trial covariate " + x + " below -1");
            assertTrue(x <= 1, "trial covariate " + x + " above 1");
        }
    }

    @Test
    void run_replacesOutcomeWithOnePredictionPerPoint() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);
        ObsExpOutcome first = model.outcomeProperty().get();

        model.scoreProperty().set(TestScore.IPW);
        model.averageGapTestProperty().set(false);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        ObsExpOutcome second = model.outcomeProperty().get();
        assertNotSame(first, second);
        assertEquals(example.evaluationPoints().length, second.evaluation().size());
        assertFalse(second.request().aipw());
        assertEquals(List.of("f2", "f3"), List.copyOf(second.falsification().keySet()));
        assertFalse(model.outcomeStaleProperty().get());
    }

    @Test
    void cancel_duringRun_keepsPreviousOutcome() throws InterruptedException {
        AtomicBoolean slow = new AtomicBoolean();
        CountDownLatch slowRunProgressed = new CountDownLatch(1);
        ObsExpViewModel.Runner slowAfterFirstRun = (request, progress, cancellation) ->
                ObsExpAnalysis.run(request, new ProgressSink() {
                    @Override
                    public void progress(long workDone, long totalWork) {
                        progress.progress(workDone, totalWork);
                        if (slow.get()) {
                            slowRunProgressed.countDown();
                            sleepQuietly(20);
                        }
                    }

                    @Override
                    public void message(String text) {
                        progress.message(text);
                    }
                }, cancellation);
        ObsExpViewModel model = analysedModel(slowAfterFirstRun);
        ObsExpOutcome previous = model.outcomeProperty().get();

        slow.set(true);
        model.run();
        assertTrue(slowRunProgressed.await(10, TimeUnit.SECONDS));
        model.cancel();
        long stoppedAfter = ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(stoppedAfter < 500, "cancel took " + stoppedAfter + " ms");
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("cancelled"),
                model.staleReasonProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void invalidPropensity_reportsErrorAndKeepsOutcome() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);
        ObsExpOutcome previous = model.outcomeProperty().get();

        model.propensityProperty().set(1.2);
        model.run();

        assertFalse(model.runningProperty().get());
        String error = model.errorProperty().get();
        assertTrue(error.contains("strictly between 0 and 1"), error);
        assertTrue(error.contains("1.2"), error);
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.outcomeStaleProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("invalid"),
                model.staleReasonProperty().get());
    }

    @Test
    void missingPropensity_reportsError() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);

        model.propensityProperty().set(Double.NaN);
        model.run();

        assertTrue(model.errorProperty().get().contains("got no number"),
                model.errorProperty().get());
    }

    @Test
    void keepHyperparameters_reusesCurrentFit() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);
        GapHyperparameters fitted = model.outcomeProperty().get().model().hyperparameters();

        model.hyperparameterSourceProperty().set(HyperparameterSource.KEEP);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        GapHyperparameters kept = model.outcomeProperty().get().request().hyperparameters();
        assertNotNull(kept);
        assertArrayEquals(fitted.lengthscaleBias(), kept.lengthscaleBias());
        assertEquals(fitted.noiseVariance(), kept.noiseVariance());
        assertEquals(fitted.mean(), kept.mean());
    }

    @Test
    void keepHyperparameters_withoutResult_reportsError() {
        ObsExpViewModel model = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run);
        model.load(example);
        model.hyperparameterSourceProperty().set(HyperparameterSource.KEEP);

        model.run();

        assertFalse(model.runningProperty().get());
        assertTrue(model.errorProperty().get().contains("no result on screen"),
                model.errorProperty().get());
    }

    @Test
    void changingSettings_marksOutcomeStale() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);
        assertFalse(model.outcomeStaleProperty().get());

        model.bandTestProperty().set(false);

        assertTrue(model.staleReasonProperty().get().contains("Settings changed"),
                model.staleReasonProperty().get());
    }

    @Test
    void verdictSummary_namesEachTest() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);

        String summary = ObsExpViewModel.verdictSummary(
                model.outcomeProperty().get().falsification());

        assertTrue(summary.startsWith("F1: "), summary);
        assertTrue(summary.contains("F2: "), summary);
        assertTrue(summary.contains("F3: "), summary);
        assertFalse(summary.contains("= <"), summary);
    }

    @Test
    void gapSpike_changesGapOnlyUnderItsBase() {
        double[][] cases = {{0.5, 0.2, 5}, {-1.3, 0.05, -6}, {2.0, 1.0, 3}, {0, 0.3, 0.5}};
        double[] axis = new double[6001];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = -3 + 6.0 * i / (axis.length - 1);
        }
        double[] gap = new double[axis.length];
        for (int i = 0; i < axis.length; i++) {
            gap[i] = Math.sin(axis[i]);
        }
        for (double[] row : cases) {
            GapSpike spike = new GapSpike(row[0], row[1], row[2]);
            double[] spiked = spike.addTo(axis, gap);
            for (int i = 0; i < axis.length; i++) {
                double change = spiked[i] - gap[i];
                String where = "spike " + spike + " at x = " + axis[i];
                assertTrue(Math.abs(change) <= Math.abs(spike.height()) + 1e-12, where);
                boolean inside = axis[i] >= spike.center() - spike.width() / 2
                        && axis[i] <= spike.center() + spike.width() / 2;
                if (!inside) {
                    assertEquals(0.0, change, where);
                }
            }
            assertEquals(spike.height(), spike.valueAt(spike.center()), 1e-12);
        }
    }

    @Test
    void gapSpike_rejectsNonPositiveWidth() {
        assertThrows(IllegalArgumentException.class,
                () -> new GapSpike(0, 0, 5));
    }

    @Test
    void spikeResult_movesFewRowsAndLeavesBand() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);

        SpikeResult result = model.spikeResultProperty().get();

        assertNotNull(result);
        GapSpike spike = result.spike();
        assertEquals(ObsExpViewModel.DEFAULT_SPIKE_CENTER, spike.center());
        assertEquals(GapSpike.DEFAULT_WIDTH, spike.width());
        assertEquals(GapSpike.DEFAULT_HEIGHT, spike.height());
        int expected = 0;
        double[] x = example.firstCovariate();
        double[] t = example.treatment();
        for (int i = 0; i < x.length; i++) {
            if (t[i] == 1 && Math.abs(x[i] - spike.center()) < spike.width() / 2) {
                expected++;
            }
        }
        assertEquals(expected, result.rowsChanged());
        assertEquals(expected / (double) x.length, result.totalVariationBound(), 1e-12);
        assertTrue(result.totalVariationBound() < 0.1, "bound " + result.totalVariationBound());
        assertTrue(result.smoothedDistance() <= result.totalVariationBound() + 1e-9,
                "smoothed " + result.smoothedDistance());
        assertTrue(result.largestExit() > 1, "exit " + result.largestExit());
        assertEquals(spike.center(), result.exitPosition().orElseThrow(), spike.width() / 2);
        assertTrue(model.spikeSummaryProperty().get().contains("leaves the 95% band"),
                model.spikeSummaryProperty().get());
    }

    @Test
    void spikeResult_narrowerSpikeMovesFewerRows() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);
        int wide = model.spikeResultProperty().get().rowsChanged();

        model.spikeWidthProperty().set(0.02);

        SpikeResult narrow = model.spikeResultProperty().get();
        assertTrue(narrow.rowsChanged() <= wide, narrow.rowsChanged() + " vs " + wide);
        assertTrue(narrow.totalVariationBound() <= 0.02, "bound " + narrow.totalVariationBound());
    }

    @Test
    void spikeResult_outsideSupportChangesNoRow() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);

        model.spikeCenterProperty().set(2.5);

        SpikeResult result = model.spikeResultProperty().get();
        assertEquals(0, result.rowsChanged());
        assertEquals(0.0, result.smoothedDistance(), 1e-12);
        assertArrayEquals(result.densityBefore(), result.densityAfter());
    }

    @Test
    void spikeDensities_integrateToOne() throws InterruptedException {
        ObsExpViewModel model = analysedModel(ObsExpAnalysis::run);

        SpikeResult result = model.spikeResultProperty().get();

        double step = result.densityAxis()[1] - result.densityAxis()[0];
        double before = Arrays.stream(result.densityBefore()).sum() * step;
        double after = Arrays.stream(result.densityAfter()).sum() * step;
        assertEquals(1.0, before, 0.01);
        assertEquals(1.0, after, 0.01);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
