package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.causalworkbench.app.testing.SwitchableWorker;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspExperiment;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.causalworkbench.estimators.repr.grasp.GraspSweepResult;
import org.junit.jupiter.api.Test;

/** Drives the GRASP panel's view model with direct executors, without the toolkit. */
class GraspViewModelTest {

    /** Small enough that a run takes well under a second. */
    static final GraspConfiguration SMALL = GraspConfiguration.withDefaults()
            .withPretraining(1_000, 2).withFineTuning(250, 3).withEvaluationSize(50);

    @Test
    void run_finishesWithResultOfSettings() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.correlationProperty().set(0.6);
        model.seedProperty().set(2);

        model.run();

        GraspResult result = model.resultProperty().get();
        assertNotNull(result);
        assertFalse(model.runningProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("Finished: rho 0.60, K 4, rank 4, seed 2.", model.statusProperty().get());
        GraspResult direct = GraspExperiment.run(SMALL.withCorrelation(0.6).withSeed(2),
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(direct.methods(), result.methods());
        assertEquals(direct.cosine(), result.cosine());
    }

    @Test
    void run_fillsLossCurvesPerEpoch() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        List<Integer> naiveSizes = new ArrayList<>();
        ListChangeListener<Double> recordSize = change ->
                naiveSizes.add(model.naiveLosses().size());
        model.naiveLosses().addListener(recordSize);

        model.run();

        assertEquals(3, model.naiveLosses().size());
        assertEquals(3, model.graspLosses().size());
        assertEquals(List.of(1, 2, 3), naiveSizes, "one point added per finished epoch");
        assertTrue(model.naiveLosses().get(2) < model.naiveLosses().get(0),
                "naive loss " + model.naiveLosses());
        for (double loss : model.graspLosses()) {
            assertTrue(loss > 0, "GRASP loss " + loss);
        }
    }

    @Test
    void cancel_keepsPreviousResultAndMarksStale() {
        SwitchableWorker worker = new SwitchableWorker();
        GraspViewModel model = new GraspViewModel(Runnable::run, worker, SMALL);
        model.run();
        GraspResult previous = model.resultProperty().get();
        List<Double> previousNaive = List.copyOf(model.naiveLosses());
        List<Double> previousGrasp = List.copyOf(model.graspLosses());
        worker.hold();

        model.run();
        assertTrue(model.runningProperty().get());
        assertTrue(model.naiveLosses().isEmpty(), "the running experiment starts a new curve");
        model.cancel();
        worker.runQueued();

        assertSame(previous, model.resultProperty().get());
        assertTrue(model.staleProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled; the charts show the previous experiment (stale).",
                model.statusProperty().get());
        assertEquals(previousNaive, model.naiveLosses(), "naive curve of the shown result");
        assertEquals(previousGrasp, model.graspLosses(), "GRASP curve of the shown result");
        assertEquals(3, previousNaive.size());
    }

    @Test
    void cancel_midRunPutsBackPreviousCurves() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.run();
        List<Double> previousNaive = List.copyOf(model.naiveLosses());
        model.seedProperty().set(5);
        List<Integer> sizesSeen = new ArrayList<>();
        model.naiveLosses().addListener((ListChangeListener<Double>) change -> {
            sizesSeen.add(model.naiveLosses().size());
            if (model.runningProperty().get() && model.naiveLosses().size() == 1) {
                model.cancel();
            }
        });

        model.run();

        assertTrue(sizesSeen.contains(1), "the cancelled run drew its first epoch " + sizesSeen);
        assertEquals(previousNaive, model.naiveLosses());
        assertEquals(3, model.graspLosses().size(), "GRASP curve of the shown result");
        assertTrue(model.staleProperty().get());
    }

    @Test
    void cancel_beforeFirstResultLeavesNone() {
        SwitchableWorker worker = new SwitchableWorker();
        worker.hold();
        GraspViewModel model = new GraspViewModel(Runnable::run, worker, SMALL);

        model.run();
        model.cancel();
        worker.runQueued();

        assertNull(model.resultProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
    }

    @Test
    void settingsChange_marksResultStale() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.run();

        model.complexityProperty().set(2);

        assertTrue(model.staleProperty().get());
        assertEquals(2, model.configuration().complexity());
    }

    @Test
    void run_reportsInvalidSetting() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.complexityProperty().set(7);

        model.run();

        assertNull(model.resultProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Invalid setting: complexity must lie in [1, 5], got 7.",
                model.errorProperty().get());
    }

    @Test
    void runSweep_fillsGridAndCancelKeepsIt() {
        SwitchableWorker worker = new SwitchableWorker();
        GraspViewModel model = new GraspViewModel(Runnable::run, worker, SMALL);

        model.runSweep();
        GraspSweepResult sweep = model.sweepProperty().get();
        worker.hold();
        model.runSweep();
        model.cancel();
        worker.runQueued();

        assertNotNull(sweep);
        assertEquals(3, sweep.cosines().length);
        assertEquals(3, sweep.cosines()[0].length);
        assertSame(sweep, model.sweepProperty().get());
        assertTrue(model.sweepStaleProperty().get());
        assertNull(model.resultProperty().get());
        for (double[] row : sweep.cosines()) {
            for (double cosine : row) {
                assertTrue(cosine >= 0, "cosine " + cosine);
                assertTrue(cosine <= 1 + 1e-12, "cosine " + cosine);
            }
        }
        assertEquals(GraspMethod.values().length, sweep.cell(2, 2).methods().size());
    }

    @Test
    void sweep_agesWithSeedButNotWithCorrelation() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.runSweep();

        model.correlationProperty().set(0.5);
        model.complexityProperty().set(2);
        boolean afterCoveredSettings = model.sweepStaleProperty().get();
        model.seedProperty().set(model.seedProperty().get() + 1);

        assertFalse(afterCoveredSettings, "the sweep covers correlation and complexity");
        assertTrue(model.sweepStaleProperty().get(), "a new seed ages the sweep");
    }

    @Test
    void undoneSettingsChange_clearsStale() {
        GraspViewModel model = new GraspViewModel(Runnable::run, Runnable::run, SMALL);
        model.run();
        int complexity = model.complexityProperty().get();

        model.complexityProperty().set(complexity + 1);
        boolean afterChange = model.staleProperty().get();
        model.complexityProperty().set(complexity);

        assertTrue(afterChange);
        assertFalse(model.staleProperty().get());
    }

    @Test
    void cancelledOtherSettings_clearOnRestore() {
        SwitchableWorker worker = new SwitchableWorker();
        GraspViewModel model = new GraspViewModel(Runnable::run, worker, SMALL);
        model.run();
        long seed = model.seedProperty().get();
        worker.hold();
        model.seedProperty().set(seed + 1);
        model.run();
        model.cancel();
        worker.runQueued();
        boolean afterCancel = model.staleProperty().get();

        model.seedProperty().set(seed);

        assertTrue(afterCancel);
        assertFalse(model.staleProperty().get(), "the charts show the run of these settings");
    }
}
