package org.causalworkbench.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.project.WorkspaceProject;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.synth.robustness.ChecksViewModel;
import org.causalworkbench.app.synth.robustness.DebiasViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report drawn from the window's results has a section for every analysis that ran. */
class ProjectReportTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void everySynthAnalysisHasASection() throws Exception {
        SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
        DebiasViewModel debias = new DebiasViewModel(ui, worker, synth);
        ChecksViewModel checks = new ChecksViewModel(ui, worker, synth);
        WorkspaceProject project = new WorkspaceProject(synth,
                new ObsExpViewModel(ui, worker, ObsExpAnalysis::run),
                new InterferenceViewModel(ui, worker, InterferenceAnalysis::run),
                Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC))
                .withDebias(debias).withChecks(checks);
        synth.loadPanel(SampleLoader.factorPanel(), Optional.empty(), "");
        synth.treatedUnitProperty().set("Region 01");
        synth.interventionTimeProperty().set(21.0);
        synth.donors().get(0).includedProperty().set(false);
        synth.donors().get(1).includedProperty().set(false);
        synth.run();
        synth.spillover().runScreen();
        ui.runUntil(() -> !synth.runningProperty().get()
                && !synth.spillover().screenRunningProperty().get(), 60_000);
        synth.spillover().runSensitivity();
        debias.run();
        ui.runUntil(() -> !synth.spillover().sensitivityRunningProperty().get()
                && !debias.runningProperty().get(), 60_000);
        checks.runLeaveOneOut();
        ui.runUntil(() -> checks.leaveOneOutCheckProperty().get() != null
                && !checks.runningProperty().get(), 60_000);

        WorkspaceProject.Captured captured = project.captureWithOutcomes("All",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        String html = ProjectReport.html(captured.document(), "all.cwproj", captured.shown(),
                Clock.systemUTC());

        assertEquals(5, captured.shown().size());
        for (String heading : new String[] {"Synthetic control (synthetic-control)",
            "Donor spillover screen", "Spillover sensitivity", "Debiased synthetic control",
            "Robustness checks", "Leave one donor out"}) {
            assertTrue(html.contains(heading), heading);
        }
    }
}
