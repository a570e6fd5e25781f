package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.synth.ProximalSyntheticControl;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the debias view model on the sample panel without a JavaFX toolkit. */
class DebiasViewModelTest {

    /** Donors with zero weight in the plain fit of the sample; the plain fit keeps 7 others. */
    private static final List<String> ZERO_WEIGHT = List.of("Region 03", "Region 04",
            "Region 05", "Region 08", "Region 09", "Region 10", "Region 12", "Region 13");

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();
    private final SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
    private final DebiasViewModel model = new DebiasViewModel(ui, worker, synth);
    private final Panel panel = SampleLoader.factorPanel();

    DebiasViewModelTest() {
        synth.loadPanel(panel, TreatmentProposal.of(panel));
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private void exclude(List<String> units) {
        for (DonorChoice choice : synth.donors()) {
            choice.includedProperty().set(!units.contains(choice.unit()));
        }
    }

    private DebiasOutcome runAndWait() throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 10_000);
        return model.outcomeProperty().get();
    }

    private SyntheticControlSetup setup(List<String> excluded) {
        return SyntheticControlSetup.of(panel, synth.treatedUnitProperty().get(),
                synth.interventionTimeProperty().get(), excluded);
    }

    @Test
    void run_equalsDirectProximalFit() throws InterruptedException {
        exclude(ZERO_WEIGHT);
        model.interceptProperty().set(true);

        DebiasOutcome outcome = runAndWait();

        ProximalSyntheticControlResult direct = ProximalSyntheticControl.withDefaults()
                .withIntercept(true).fit(setup(ZERO_WEIGHT), ZERO_WEIGHT);
        assertNotNull(outcome);
        ProximalSyntheticControlResult shown = outcome.proximal();
        assertEquals(ProximalSyntheticControlResult.Method.CONSTRAINED_2SLS, shown.method());
        assertEquals(direct.att(), shown.att(), 1e-12);
        assertEquals(direct.plainAtt(), shown.plainAtt(), 1e-12);
        assertEquals(direct.keptDonors(), shown.keptDonors());
        assertArrayEquals(direct.weights(), shown.weights(), 1e-12);
        assertArrayEquals(direct.firstStage().partialRSquared(),
                shown.firstStage().partialRSquared(), 1e-12);
        assertEquals(direct.firstStage().smallestSingularValue(),
                shown.firstStage().smallestSingularValue(), 1e-12);
        assertEquals(ZERO_WEIGHT, shown.firstStage().instruments());
        assertFalse(outcome.fellBack());
        assertTrue(shown.warnings().isEmpty(), shown.warnings().toString());
    }

    @Test
    void run_withFewInstruments_fallsBackWithWarning() throws InterruptedException {
        List<String> two = ZERO_WEIGHT.subList(0, 2);
        exclude(two);

        DebiasOutcome outcome = runAndWait();

        assertTrue(outcome.fellBack());
        ProximalSyntheticControlResult shown = outcome.proximal();
        assertEquals(ProximalSyntheticControlResult.Method.PLAIN_FALLBACK, shown.method());
        assertEquals(1, shown.warnings().size());
        assertTrue(shown.warnings().get(0).contains("Too few instruments: 2 for 7"),
                shown.warnings().get(0));
        SyntheticControlResult plain = SyntheticControl.withDefaults().fit(setup(two));
        assertEquals(plain.att(), shown.att(), 1e-9);
    }

    @Test
    void run_withoutExclusions_explainsInstruments() throws InterruptedException {
        assertEquals(0, model.excludedCountProperty().get());

        model.run();

        assertFalse(model.runningProperty().get());
        assertTrue(model.errorProperty().get().contains("No donor is excluded"),
                model.errorProperty().get());
        assertNull(model.outcomeProperty().get());
    }

    @Test
    void run_withZeroWeightDonors_equalsDirectFit() throws InterruptedException {
        model.sourceProperty().set(InstrumentSource.ZERO_WEIGHT_DONORS);

        DebiasOutcome outcome = runAndWait();

        SyntheticControlSetup full = setup(List.of());
        List<String> zero = DebiasViewModel.zeroWeightDonors(
                SyntheticControl.withDefaults().fit(full));
        ProximalSyntheticControlResult direct = ProximalSyntheticControl.withDefaults()
                .fit(full, zero);
        assertEquals(12, zero.size());
        assertEquals(zero, outcome.proximal().firstStage().instruments());
        assertEquals(direct.att(), outcome.proximal().att(), 1e-12);
        assertArrayEquals(direct.weights(), outcome.proximal().weights(), 1e-12);
        assertTrue(model.errorProperty().get().isEmpty());
    }

    @Test
    void changingOption_marksResultStale() throws InterruptedException {
        exclude(ZERO_WEIGHT);
        runAndWait();
        assertTrue(model.staleReasonProperty().get().isEmpty());

        model.unconstrainedProperty().set(true);

        assertFalse(model.staleReasonProperty().get().isEmpty());
        DebiasOutcome unconstrained = runAndWait();
        assertEquals(ProximalSyntheticControlResult.Method.UNCONSTRAINED_2SLS,
                unconstrained.proximal().method());
        assertTrue(model.staleReasonProperty().get().isEmpty());
    }
}
