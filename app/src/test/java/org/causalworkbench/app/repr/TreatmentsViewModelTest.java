package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.app.testing.SwitchableWorker;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.contrastive.AutoencoderTraining;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveTraining;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.OutcomeModelTraining;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentGenerator;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;
import org.causalworkbench.estimators.repr.contrastive.ThresholdResult;
import org.causalworkbench.estimators.repr.contrastive.TripletMiner;
import org.junit.jupiter.api.Test;

/** Drives the structured-treatments view model with direct executors, without the toolkit. */
class TreatmentsViewModelTest {

    /** Small enough that a run takes well under a second. */
    static final StructuredTreatmentLab TINY = StructuredTreatmentLab.withDefaults()
            .withGenerator(StructuredTreatmentGenerator.withDefaults().withTrainingSize(200)
                    .withTestSize(40))
            .withMiner(TripletMiner.withDefaults().withTripletCount(500))
            .withContrastive(ContrastiveTraining.withDefaults().withSteps(20))
            .withAutoencoder(AutoencoderTraining.withDefaults().withSteps(20))
            .withOutcomeModel(OutcomeModelTraining.withDefaults().withSteps(20));

    @Test
    void run_matchesDirectLabRun() {
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, Runnable::run, TINY);
        model.seedProperty().set(5);

        model.run();

        LabResult result = model.resultProperty().get();
        assertNotNull(result);
        assertFalse(model.runningProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals("Finished: seed 5.", model.statusProperty().get());
        LabResult direct = TINY.run(5, ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(direct.methods(), result.methods());
        assertEquals(direct.trueEffectSd(), result.trueEffectSd());
    }

    @Test
    void run_projectsEveryTestTreatment() {
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, Runnable::run, TINY);

        model.run();

        double[][] plane = model.planeProperty().get();
        assertEquals(2, plane.length);
        assertEquals(40, plane[0].length);
        assertEquals(40, plane[1].length);
    }

    @Test
    void runThresholds_matchesDirectSweep() {
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, Runnable::run, TINY);

        model.runThresholds();

        List<ThresholdResult> direct = TINY.thresholdSweep(1,
                TreatmentsViewModel.THRESHOLD_QUANTILES, ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(direct, model.thresholdsProperty().get());
        assertFalse(model.thresholdsStaleProperty().get());
    }

    @Test
    void cancel_keepsPreviousRunStale() {
        SwitchableWorker worker = new SwitchableWorker();
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, worker, TINY);
        model.run();
        LabResult first = model.resultProperty().get();
        double[][] firstPlane = model.planeProperty().get();

        worker.hold();
        model.run();
        model.cancel();
        worker.runQueued();

        assertSame(first, model.resultProperty().get());
        assertSame(firstPlane, model.planeProperty().get());
        assertTrue(model.staleProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled; the charts show the previous lab run (stale).",
                model.statusProperty().get());
    }

    @Test
    void seedChange_marksResultStale() {
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, Runnable::run, TINY);
        model.run();

        model.seedProperty().set(9);

        assertTrue(model.staleProperty().get());
    }

    @Test
    void restoredSeed_clearsStale() {
        TreatmentsViewModel model = new TreatmentsViewModel(Runnable::run, Runnable::run, TINY);
        model.run();
        model.runThresholds();

        model.seedProperty().set(9);
        boolean afterChange = model.staleProperty().get();
        boolean thresholdsAfterChange = model.thresholdsStaleProperty().get();
        model.seedProperty().set(1);

        assertTrue(afterChange);
        assertTrue(thresholdsAfterChange);
        assertFalse(model.staleProperty().get());
        assertFalse(model.thresholdsStaleProperty().get());
    }
}
