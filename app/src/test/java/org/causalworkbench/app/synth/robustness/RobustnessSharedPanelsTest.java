package org.causalworkbench.app.synth.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the debias and checks tabs' view models on the three shared panels, so every panel of
 * the workspace is exercised on Proposition 99, West Germany and the Basque Country.
 */
class RobustnessSharedPanelsTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    static Stream<Arguments> sharedPanels() {
        return Stream.of(
                Arguments.of("smoking_data.csv", "state", "cigsale", "California", 1989.0,
                        1980.0),
                Arguments.of("german_reunification.csv", "country", "gdp", "West Germany",
                        1990.0, 1975.0),
                Arguments.of("basque_data.csv", "regionname", "gdpcap",
                        "Basque Country (Pais Vasco)", 1970.0, 1965.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedPanels")
    void debiasAndChecks_runOnSharedPanel(String file, String unit, String outcome,
            String treated, double time, double placeboTime) throws InterruptedException {
        Panel panel = PanelReader.read(SharedDatasets.require(file),
                new PanelSpec(unit, "year", outcome, null));
        SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
        synth.loadPanel(panel, java.util.Optional.empty());
        synth.treatedUnitProperty().set(treated);
        synth.interventionTimeProperty().set(time);

        DebiasViewModel debias = new DebiasViewModel(ui, worker, synth);
        debias.sourceProperty().set(InstrumentSource.ZERO_WEIGHT_DONORS);
        debias.run();
        ui.runUntil(() -> !debias.runningProperty().get(), 30_000);
        assertEquals("", debias.errorProperty().get(), file);
        DebiasOutcome debiased = debias.outcomeProperty().get();
        assertNotNull(debiased);
        assertTrue(Double.isFinite(debiased.proximal().att()), file);
        assertTrue(Double.isFinite(debiased.proximal().plainAtt()), file);

        ChecksViewModel checks = new ChecksViewModel(ui, worker, synth);
        checks.placeboTimeProperty().set(placeboTime);
        checks.runInTimePlacebo();
        ui.runUntil(() -> !checks.runningProperty().get(), 30_000);
        assertEquals("", checks.errorProperty().get(), file);
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, treated, time,
                java.util.List.of());
        RobustnessChecks.InTimePlacebo direct =
                RobustnessChecks.withDefaults().inTime(setup, placeboTime);
        assertEquals(direct.ratio(), checks.inTimeCheckProperty().get().placebo().ratio(),
                1e-9, file);

        checks.runLeaveOneOut();
        ui.runUntil(() -> !checks.runningProperty().get(), 60_000);
        assertEquals("", checks.errorProperty().get(), file);
        RobustnessChecks.LeaveOneOut refits = checks.leaveOneOutCheckProperty().get().refits();
        assertTrue(refits.minAtt() <= refits.full().att() + 1e-9, file);
        assertTrue(refits.full().att() <= refits.maxAtt() + 1e-9, file);
    }
}
