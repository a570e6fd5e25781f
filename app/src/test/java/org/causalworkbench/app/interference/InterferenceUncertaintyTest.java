package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.BlockBootstrap;
import org.causalworkbench.estimators.interference.BootstrapResult;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.VarianceInflation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the bootstrap of the interference view model on the household sample. */
class InterferenceUncertaintyTest {

    /** One instance for all tests, so the dependency factors are computed once. */
    private static final InterferenceData HOUSEHOLDS = SampleLoader.households();
    private static final double NORMAL_QUANTILE = 1.959963984540054;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private InterferenceViewModel households() {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(HOUSEHOLDS);
        return model;
    }

    private void runToEnd(InterferenceViewModel model) throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 60_000);
        assertEquals("", model.errorProperty().get());
    }

    private static EstimateRow.Interval taceInterval(InterferenceViewModel model) {
        return InterferenceViewModel.taceRow(model.estimateRows()).interval()
                .orElseThrow(() -> new AssertionError("the TACE row has no interval"));
    }

    @Test
    void bootstrap_householdSample_matchesDirectRun() throws InterruptedException {
        InterferenceViewModel model = households();
        model.seedProperty().set(7);

        runToEnd(model);

        Uncertainty uncertainty = model.outcomeProperty().get().uncertainty();
        BootstrapResult bootstrap = uncertainty.bootstrap();
        assertNotNull(bootstrap);
        // The groups are cliques of at most 6, so D is block diagonal with blocks of ones.
        assertEquals(6.0, uncertainty.dependence().spectralRadius(), 1e-9);
        assertEquals(6, uncertainty.dependence().maximum());
        // No unit acts across households, so the graph between blocks has no edge.
        assertEquals(InflationGraph.BLOCKS, uncertainty.choice().inflationGraph());
        assertEquals(1.0, uncertainty.inflationFactors().spectralRadius(), 1e-12);
        assertEquals(VarianceInflation.SPECTRAL_RADIUS, bootstrap.inflation());
        assertEquals(1.0, bootstrap.inflationFactor(), 1e-12);
        assertEquals(400, bootstrap.blocks(), "one block per household");

        // The same bootstrap called directly, with the households as blocks.
        SignatureTable signatures = model.outcomeProperty().get().signatures();
        int[] blocks = BlockBootstrap.blocksOf(HOUSEHOLDS.groups());
        BootstrapResult direct = BlockBootstrap.withDefaults().withReplicates(200).withSeed(7)
                .run(TaceEstimator.withDefaults(), HOUSEHOLDS.treatment(),
                        HOUSEHOLDS.outcome(), HOUSEHOLDS.covariates(),
                        signatures.signatures(), blocks,
                        DependencyInflation.betweenBlocks(HOUSEHOLDS.neighbours(), blocks),
                        ProgressSink.NONE, CancellationToken.NEVER);
        EstimateRow.Interval interval = taceInterval(model);
        assertEquals(direct.hajek().lower(), interval.lower(), 1e-12);
        assertEquals(direct.hajek().upper(), interval.upper(), 1e-12);

        double hajek = InterferenceViewModel.taceRow(model.estimateRows()).hajek();
        double halfWidth = NORMAL_QUANTILE * Math.sqrt(bootstrap.hajek().bootstrapVariance());
        assertEquals(hajek - halfWidth, interval.lower(), 1e-12);
        assertEquals(hajek + halfWidth, interval.upper(), 1e-12);
        assertTrue(interval.lower() < 2, "the true TACE 2 lies below " + interval);
        assertTrue(interval.upper() > 2, "the true TACE 2 lies above " + interval);
        assertTrue(interval.method().contains("D_sr = 1.000"), interval.method());
    }

    @Test
    void bootstrap_unitGraph_inflatesBySix() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(50);
        runToEnd(model);
        double blocks = taceInterval(model).upper() - taceInterval(model).lower();

        model.inflationGraphProperty().set(InflationGraph.UNITS);
        runToEnd(model);
        Uncertainty uncertainty = model.outcomeProperty().get().uncertainty();
        double units = taceInterval(model).upper() - taceInterval(model).lower();

        assertEquals(6.0, uncertainty.bootstrap().inflationFactor(), 1e-9);
        assertEquals(Math.sqrt(6), units / blocks, 1e-9, "D_sr = 6 widens by sqrt(6)");
        String text = uncertainty.describe();
        assertTrue(text.contains("Unit-level dependency factors: D_avg = "), text);
        assertTrue(text.contains("Inflation chosen: D_sr = 6.000, from the dependency graph"
                + " between units."), text);
    }

    @Test
    void bootstrap_sameSeed_givesSameInterval() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(50);
        runToEnd(model);
        EstimateRow.Interval first = taceInterval(model);

        runToEnd(model);
        EstimateRow.Interval second = taceInterval(model);
        model.seedProperty().set(2);
        runToEnd(model);
        EstimateRow.Interval otherSeed = taceInterval(model);

        assertEquals(first, second);
        assertNotEquals(first.lower(), otherSeed.lower());
    }

    @Test
    void bootstrap_inflationChoice_scalesVariance() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(50);
        model.inflationGraphProperty().set(InflationGraph.UNITS);
        model.inflationProperty().set(VarianceInflation.NONE);
        runToEnd(model);
        double plain = taceInterval(model).upper() - taceInterval(model).lower();

        model.inflationProperty().set(VarianceInflation.MAXIMUM);
        runToEnd(model);
        double inflated = taceInterval(model).upper() - taceInterval(model).lower();

        assertEquals(Math.sqrt(6), inflated / plain, 1e-9, "D_max = 6 widens by sqrt(6)");
    }

    @Test
    void bootstrap_onlyTaceRowHasInterval() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(20);

        runToEnd(model);

        for (EstimateRow row : model.estimateRows()) {
            assertEquals(row.label().equals(InterferenceAnalysis.TACE_LABEL),
                    row.interval().isPresent(), "interval of row " + row.label());
        }
        String summary = model.outcomeProperty().get().uncertainty().describe();
        assertTrue(summary.contains("TACE row only"), summary);
        assertTrue(summary.contains("D_avg = 4.470"), summary);
    }

    @Test
    void replicatesZero_leavesNoInterval() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(0);

        runToEnd(model);

        assertTrue(InterferenceViewModel.taceRow(model.estimateRows()).interval().isEmpty());
        assertTrue(model.outcomeProperty().get().uncertainty().describe().contains("B = 0"));
    }

    @Test
    void replicatesOne_isRejectedWithMessage() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(1);

        model.run();

        assertTrue(model.errorProperty().get().contains("use 0 for no interval"),
                model.errorProperty().get());
    }

    @Test
    void cancel_duringBootstrap_keepsPreviousOutcome() throws InterruptedException {
        InterferenceViewModel model = households();
        model.replicatesProperty().set(0);
        runToEnd(model);
        InterferenceOutcome previous = model.outcomeProperty().get();

        model.replicatesProperty().set(UncertaintyChoice.MAX_REPLICATES);
        model.run();
        ui.runUntil(() -> model.statusProperty().get().startsWith("Block bootstrap"), 30_000);
        ui.runUntil(() -> model.progressProperty().get() > 0.001, 30_000);
        model.cancel();
        long stoppedAfter = ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(stoppedAfter < 500, "cancel took " + stoppedAfter + " ms");
        assertSame(previous, model.outcomeProperty().get());
        assertTrue(model.staleReasonProperty().get().contains("cancelled"),
                model.staleReasonProperty().get());
    }

    @Test
    void cancel_duringDependencyFactors_stopsPromptly() throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        // A fresh table, so its dependency factors are not cached yet.
        model.load(SampleLoader.households());
        model.run();
        ui.runUntil(() -> model.statusProperty().get().startsWith("Computing the dependency"),
                30_000);
        model.cancel();
        long stoppedAfter = ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(stoppedAfter < 500, "cancel took " + stoppedAfter + " ms");
        assertEquals(null, model.outcomeProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
    }
}
