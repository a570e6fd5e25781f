package org.causalworkbench.app.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs screen, apply-S2, refit and sensitivity end to end on the embedded sample and on the
 * shared West German and Basque panels, checking the properties that must hold on any panel.
 */
class SpilloverSharedPanelsTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    static Stream<Arguments> sharedPanels() {
        return Stream.of(
                Arguments.of("german_reunification.csv", "country", "gdp", "West Germany",
                        1990.0),
                Arguments.of("basque_data.csv", "regionname", "gdpcap",
                        "Basque Country (Pais Vasco)", 1970.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedPanels")
    void workflow_holdsOnSharedPanel(String file, String unit, String outcome, String treated,
            double time) throws InterruptedException {
        Panel panel = PanelReader.read(SharedDatasets.require(file),
                new PanelSpec(unit, "year", outcome, null));
        SynthViewModel model = new SynthViewModel(ui, worker, SynthAnalysis::run);
        model.loadPanel(panel, Optional.empty());
        model.treatedUnitProperty().set(treated);
        model.interventionTimeProperty().set(time);

        checkWorkflow(model);
    }

    @Test
    void workflow_holdsOnSample() throws InterruptedException {
        Panel panel = SampleLoader.factorPanel();
        SynthViewModel model = new SynthViewModel(ui, worker, SynthAnalysis::run);
        model.loadPanel(panel, TreatmentProposal.of(panel));

        checkWorkflow(model);
    }

    private void checkWorkflow(SynthViewModel model) throws InterruptedException {
        model.placeboProperty().set(false);
        SpilloverViewModel spill = model.spillover();
        spill.runScreen();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 30_000);
        DonorScreenResult screen = spill.screenResultProperty().get();
        assertEquals(model.donors().size(), screen.scores().size());
        for (DonorScore score : screen.scores()) {
            assertTrue(Double.isFinite(score.zScore()), score.donor());
            assertEquals(score.flagged(), !score.keptByInterval(), score.donor());
        }

        spill.applySuggestions(ScreenRule.INTERVAL);
        List<String> excluded = model.donors().stream().filter(d -> !d.isIncluded())
                .map(DonorChoice::unit).toList();
        assertEquals(screen.scores().size() - screen.keptByInterval().size(), excluded.size());
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 30_000);
        assertEquals(excluded, model.outcomeProperty().get().request().excludedDonors());

        spill.runSensitivity();
        ui.runUntil(() -> !spill.sensitivityRunningProperty().get()
                && spill.sensitivityProperty().get() != null, 30_000);
        SensitivityOutcome analysed = spill.sensitivityProperty().get();
        double att = model.outcomeProperty().get().fit().att();
        assertEquals(Math.abs(att), analysed.sensitivity().breakEven(), 1e-12);
        List<WhatIfRow> rows = analysed.whatIf();
        assertEquals(excluded.size() + (excluded.size() > 1 ? 1 : 0), rows.size());
        for (WhatIfRow row : rows) {
            assertEquals(row.att() - att, row.change(), 1e-9);
        }
        assertTrue(spill.audit().size() >= 2 + excluded.size());
    }
}
