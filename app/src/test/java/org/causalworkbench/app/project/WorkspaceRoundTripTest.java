package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.PropensityModel;
import org.causalworkbench.app.interference.SignatureComponent;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.TeachingExample;
import org.causalworkbench.app.obsexp.TestScore;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves the three workspaces after a run with non-default settings, opens the file into fresh
 * workspaces, runs them again and compares every result number, and re-runs the file without
 * a window as the report does.
 */
class WorkspaceRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"),
            ZoneOffset.UTC);

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private final class Workspaces {
        final SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
        final ObsExpViewModel obsExp = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run);
        final InterferenceViewModel interference = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        final WorkspaceProject project = new WorkspaceProject(synth, obsExp, interference,
                CLOCK);

        void awaitRuns() throws InterruptedException {
            ui.runUntil(() -> !synth.runningProperty().get() && !obsExp.runningProperty().get()
                    && !interference.runningProperty().get(), 60_000);
        }
    }

    private Workspaces analysed() throws InterruptedException {
        Workspaces w = new Workspaces();
        w.synth.loadPanel(SampleLoader.factorPanel(), java.util.Optional.empty(), "");
        w.synth.treatedUnitProperty().set(w.synth.units().get(0));
        w.synth.interventionTimeProperty().set(21.0);
        DonorChoice dropped = w.synth.donors().get(2);
        dropped.includedProperty().set(false);
        w.synth.placeboProperty().set(true);
        w.synth.run();

        w.obsExp.load(TeachingExample.generate());
        w.obsExp.scoreProperty().set(TestScore.AIPW);
        w.obsExp.bandTestProperty().set(false);
        w.obsExp.run();

        w.interference.load(SampleLoader.households());
        w.interference.propensityModelProperty().set(PropensityModel.BINS);
        w.interference.binsProperty().set(4);
        w.interference.componentProperty(SignatureComponent.GROUP_FRACTION).set(true);
        w.interference.trimmingProperty().set(0.02);
        w.interference.replicatesProperty().set(50);
        w.interference.seedProperty().set(77);
        w.interference.run();
        w.awaitRuns();
        assertNotNull(w.synth.outcomeProperty().get(), w.synth.errorProperty().get());
        assertNotNull(w.obsExp.outcomeProperty().get(), w.obsExp.errorProperty().get());
        assertNotNull(w.interference.outcomeProperty().get(),
                w.interference.errorProperty().get());
        return w;
    }

    @Test
    void everyAnalysisRoundTripsWithIdenticalResults() throws Exception {
        Workspaces first = analysed();
        ProjectDocument saved = first.project.capture("Round trip",
                JsonValues.MAPPER.createObjectNode().put("workspace", "synthTab"));
        assertEquals(5, saved.analyses().size());
        Path file = folder.resolve("all.cwproj");
        ProjectFiles.save(saved, file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        assertTrue(opened.unavailableData().isEmpty());
        Workspaces second = new Workspaces();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(SynthControlCodec.result(first.synth.outcomeProperty().get()),
                SynthControlCodec.result(second.synth.outcomeProperty().get()));
        assertEquals(ObsExpCodec.result(first.obsExp.outcomeProperty().get()),
                ObsExpCodec.result(second.obsExp.outcomeProperty().get()));
        assertEquals(InterferenceCodec.result(first.interference.outcomeProperty().get()),
                InterferenceCodec.result(second.interference.outcomeProperty().get()));
        assertEquals(first.synth.currentRequest().excludedDonors(),
                second.synth.currentRequest().excludedDonors());
        assertEquals(TestScore.AIPW, second.obsExp.scoreProperty().get());
        assertEquals(4, second.interference.binsProperty().get());
        assertEquals(77, second.interference.seedProperty().get());
    }

    @Test
    void headlessRerunMatchesStoredResults() throws Exception {
        Workspaces first = analysed();
        Path file = folder.resolve("rerun.cwproj");
        ProjectFiles.save(first.project.capture("Rerun", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        for (AnalysisEntry entry : opened.analyses()) {
            ObjectNode stored = entry.result();
            if (entry.type() == AnalysisType.DONOR_SCREEN
                    || entry.type() == AnalysisType.SPILLOVER_SENSITIVITY) {
                // No screen or sensitivity ran in this workspace: only settings are stored.
                assertEquals(null, stored);
                continue;
            }
            assertNotNull(stored, entry.id());
            ProjectRunner.Rerun rerun = ProjectRunner.run(entry, opened, ProgressSink.NONE,
                    CancellationToken.NEVER);
            assertEquals(stored, rerun.result(), entry.id());
            assertTrue(rerun.matchesStored(), entry.id());
        }
    }

    @Test
    void donorPoolAndScreenRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        first.synth.loadPanel(SampleLoader.factorPanel(), java.util.Optional.empty(), "");
        first.synth.treatedUnitProperty().set("Region 01");
        first.synth.interventionTimeProperty().set(21.0);
        first.synth.donors().get(1).includedProperty().set(false);
        first.synth.donors().get(1).reasonProperty().set("bordering region");
        first.synth.donors().get(3).trustedProperty().set(true);
        var spillover = first.synth.spillover();
        var defaults = spillover.settingsProperty().get();
        spillover.settingsProperty().set(new org.causalworkbench.app.synth.ScreenSettings(10,
                defaults.level(), defaults.window(), defaults.anchor(), defaults.penalty()));
        spillover.runScreen();
        first.synth.run();
        ui.runUntil(() -> spillover.screenResultProperty().get() != null
                && !first.synth.runningProperty().get(), 60_000);
        spillover.runSensitivity();
        ui.runUntil(() -> spillover.sensitivityProperty().get() != null
                && !spillover.sensitivityRunningProperty().get(), 60_000);
        Path file = folder.resolve("screen.cwproj");
        ProjectFiles.save(first.project.capture("Screen", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        second.project.restore(opened);
        ui.runUntil(() -> second.synth.spillover().screenResultProperty().get() != null
                && !second.synth.runningProperty().get()
                && second.synth.spillover().sensitivityProperty().get() != null
                && !second.synth.spillover().sensitivityRunningProperty().get(), 60_000);

        assertEquals(DonorScreenCodec.decisions(first.synth.donors()),
                DonorScreenCodec.decisions(second.synth.donors()));
        assertEquals(10, second.synth.spillover().settingsProperty().get().keepCount());
        assertEquals(DonorScreenCodec.result(spillover.screenResultProperty().get()),
                DonorScreenCodec.result(second.synth.spillover().screenResultProperty().get()));
        assertEquals(SensitivityCodec.result(spillover.sensitivityProperty().get()),
                SensitivityCodec.result(second.synth.spillover().sensitivityProperty().get()));
        for (AnalysisType type : List.of(AnalysisType.DONOR_SCREEN,
                AnalysisType.SPILLOVER_SENSITIVITY)) {
            AnalysisEntry entry = opened.analyses().stream()
                    .filter(a -> a.type() == type).findFirst().orElseThrow();
            ProjectRunner.Rerun rerun = ProjectRunner.run(entry, opened,
                    ProgressSink.NONE, CancellationToken.NEVER);
            assertTrue(rerun.matchesStored(), type.toString());
        }
    }

    @Test
    void debiasedFitRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        var debias = new org.causalworkbench.app.synth.robustness.DebiasViewModel(ui, worker,
                first.synth);
        first.project.withDebias(debias);
        first.synth.loadPanel(SampleLoader.factorPanel(), java.util.Optional.empty(), "");
        first.synth.treatedUnitProperty().set("Region 01");
        first.synth.interventionTimeProperty().set(21.0);
        for (int d = 0; d < 6; d++) {
            first.synth.donors().get(d).includedProperty().set(false);
        }
        debias.interceptProperty().set(true);
        debias.run();
        ui.runUntil(() -> debias.outcomeProperty().get() != null
                && !debias.runningProperty().get(), 60_000);
        Path file = folder.resolve("debias.cwproj");
        ProjectFiles.save(first.project.capture("Debias", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        var restored = new org.causalworkbench.app.synth.robustness.DebiasViewModel(ui, worker,
                second.synth);
        second.project.withDebias(restored);
        second.project.restore(opened);
        ui.runUntil(() -> restored.outcomeProperty().get() != null
                && !restored.runningProperty().get() && !second.synth.runningProperty().get(),
                60_000);

        assertTrue(restored.interceptProperty().get());
        assertEquals(DebiasCodec.result(debias.outcomeProperty().get()),
                DebiasCodec.result(restored.outcomeProperty().get()));
        AnalysisEntry entry = opened.analyses().stream()
                .filter(a -> a.type() == AnalysisType.DEBIASED_SYNTHETIC_CONTROL).findFirst()
                .orElseThrow();
        assertTrue(ProjectRunner.run(entry, opened, ProgressSink.NONE, CancellationToken.NEVER)
                .matchesStored());
    }

    @Test
    void robustnessChecksRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        var checks = new org.causalworkbench.app.synth.robustness.ChecksViewModel(ui, worker,
                first.synth);
        first.project.withChecks(checks);
        first.synth.loadPanel(SampleLoader.factorPanel(), java.util.Optional.empty(), "");
        first.synth.treatedUnitProperty().set("Region 01");
        first.synth.interventionTimeProperty().set(21.0);
        checks.placeboTimeProperty().set(12.0);
        checks.runInTimePlacebo();
        ui.runUntil(() -> checks.inTimeCheckProperty().get() != null
                && !checks.runningProperty().get(), 60_000);
        checks.runLeaveOneOut();
        ui.runUntil(() -> checks.leaveOneOutCheckProperty().get() != null
                && !checks.runningProperty().get(), 60_000);
        checks.predictors().setAll(
                new org.causalworkbench.app.synth.robustness.PredictorRow("outcome", 1, 10),
                new org.causalworkbench.app.synth.robustness.PredictorRow("outcome", 11, 20));
        checks.runPredictorFit();
        ui.runUntil(() -> checks.predictorCheckProperty().get() != null
                && !checks.runningProperty().get(), 120_000);
        Path file = folder.resolve("checks.cwproj");
        ProjectFiles.save(first.project.capture("Checks", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        var restored = new org.causalworkbench.app.synth.robustness.ChecksViewModel(ui, worker,
                second.synth);
        second.project.withChecks(restored);
        second.project.restore(opened);
        ui.runUntil(() -> restored.leaveOneOutCheckProperty().get() != null
                && restored.inTimeCheckProperty().get() != null
                && restored.predictorCheckProperty().get() != null
                && !restored.runningProperty().get(), 120_000);

        assertEquals(12.0, restored.placeboTimeProperty().get());
        ChecksCodec.Rerun before = new ChecksCodec.Rerun(checks.inTimeCheckProperty().get()
                .placebo(), checks.leaveOneOutCheckProperty().get().refits(),
                checks.predictorCheckProperty().get().predictorFit());
        ChecksCodec.Rerun after = new ChecksCodec.Rerun(restored.inTimeCheckProperty().get()
                .placebo(), restored.leaveOneOutCheckProperty().get().refits(),
                restored.predictorCheckProperty().get().predictorFit());
        assertEquals(2, restored.predictors().size());
        assertEquals(ChecksCodec.result(before), ChecksCodec.result(after));
        AnalysisEntry entry = opened.analyses().stream()
                .filter(a -> a.type() == AnalysisType.ROBUSTNESS_CHECKS).findFirst()
                .orElseThrow();
        assertTrue(ProjectRunner.run(entry, opened, ProgressSink.NONE, CancellationToken.NEVER)
                .matchesStored());
    }

    @Test
    void obsExpSimulationStudyRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        var study = new org.causalworkbench.app.obsexp.SimulationStudyViewModel(ui, worker);
        first.project.withObsExpStudy(study);
        study.designProperty().set(
                org.causalworkbench.app.obsexp.SimulationStudyViewModel.Design.LINEAR_GAP);
        study.replicatesProperty().set(2);
        study.trialRowsProperty().set(60);
        study.seedProperty().set(5);
        study.run();
        ui.runUntil(() -> study.resultProperty().get() != null
                && !study.runningProperty().get(), 120_000);
        Path file = folder.resolve("study.cwproj");
        ProjectFiles.save(first.project.capture("Study", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        var restored = new org.causalworkbench.app.obsexp.SimulationStudyViewModel(ui, worker);
        second.project.withObsExpStudy(restored);
        second.project.restore(opened);
        ui.runUntil(() -> restored.resultProperty().get() != null
                && !restored.runningProperty().get(), 120_000);

        assertEquals(5, restored.seedProperty().get());
        assertEquals(SimulationStudyCodec.result(study.resultProperty().get()),
                SimulationStudyCodec.result(restored.resultProperty().get()));
        AnalysisEntry entry = opened.analyses().stream()
                .filter(a -> a.type() == AnalysisType.OBS_EXP_SIMULATION_STUDY).findFirst()
                .orElseThrow();
        assertTrue(ProjectRunner.run(entry, opened, ProgressSink.NONE, CancellationToken.NEVER)
                .matchesStored());
    }

    @Test
    void spilloverSimulationStudyRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        var study = new org.causalworkbench.app.synth.robustness.SpilloverStudyViewModel(ui,
                worker);
        first.project.withSpilloverStudy(study);
        study.replicatesProperty().set(3);
        study.seedProperty().set(11);
        study.run();
        ui.runUntil(() -> study.resultProperty().get() != null
                && !study.runningProperty().get(), 120_000);
        Path file = folder.resolve("spillover-study.cwproj");
        ProjectFiles.save(first.project.capture("Study", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        var restored = new org.causalworkbench.app.synth.robustness.SpilloverStudyViewModel(ui,
                worker);
        second.project.withSpilloverStudy(restored);
        second.project.restore(opened);
        ui.runUntil(() -> restored.resultProperty().get() != null
                && !restored.runningProperty().get(), 120_000);

        assertEquals(11, restored.seedProperty().get());
        assertEquals(SpilloverStudyCodec.result(study.resultProperty().get()),
                SpilloverStudyCodec.result(restored.resultProperty().get()));
        AnalysisEntry entry = opened.analyses().stream()
                .filter(a -> a.type() == AnalysisType.SPILLOVER_SIMULATION_STUDY).findFirst()
                .orElseThrow();
        assertTrue(ProjectRunner.run(entry, opened, ProgressSink.NONE, CancellationToken.NEVER)
                .matchesStored());
    }

    @Test
    void graspExperimentRoundTrip() throws Exception {
        Workspaces first = new Workspaces();
        var grasp = new org.causalworkbench.app.repr.GraspViewModel(ui, worker);
        first.project.withGrasp(grasp);
        grasp.rankProperty().set(2);
        grasp.seedProperty().set(3L);
        grasp.run();
        ui.runUntil(() -> grasp.resultProperty().get() != null
                && !grasp.runningProperty().get(), 120_000);
        Path file = folder.resolve("grasp.cwproj");
        ProjectFiles.save(first.project.capture("Grasp", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        var restored = new org.causalworkbench.app.repr.GraspViewModel(ui, worker);
        second.project.withGrasp(restored);
        second.project.restore(opened);
        ui.runUntil(() -> restored.resultProperty().get() != null
                && !restored.runningProperty().get(), 120_000);

        assertEquals(2, restored.rankProperty().get());
        assertEquals(GraspCodec.result(grasp.resultConfigurationProperty().get(),
                grasp.resultProperty().get()), GraspCodec.result(
                        restored.resultConfigurationProperty().get(),
                        restored.resultProperty().get()));
        AnalysisEntry entry = opened.analyses().stream()
                .filter(a -> a.type() == AnalysisType.GRASP_EXPERIMENT).findFirst()
                .orElseThrow();
        assertTrue(ProjectRunner.run(entry, opened, ProgressSink.NONE, CancellationToken.NEVER)
                .matchesStored());
    }

    @Test
    void openedProjectLeavesOtherWorkspacesOut() throws Exception {
        Workspaces window = analysed();
        ProjectDocument synthOnly = new ProjectDocument(ProjectKind.PROJECT, "Synth only",
                "test", java.time.Instant.EPOCH, window.project.capture("x",
                        JsonValues.MAPPER.createObjectNode()).data().stream()
                        .filter(d -> d.id().equals(WorkspaceProject.SYNTH_DATA)).toList(),
                window.project.capture("x", JsonValues.MAPPER.createObjectNode()).analyses()
                        .stream().filter(a -> a.type() == AnalysisType.SYNTHETIC_CONTROL)
                        .toList(), JsonValues.MAPPER.createObjectNode());

        window.project.restore(synthOnly);
        window.awaitRuns();
        ProjectDocument saved = window.project.capture("again",
                JsonValues.MAPPER.createObjectNode());

        assertTrue(saved.analyses().stream().noneMatch(a -> a.type() == AnalysisType.OBS_EXP
                || a.type() == AnalysisType.INTERFERENCE), "the previous project's analyses"
                        + " were saved into the opened one");
        window.interference.run();
        window.awaitRuns();
        assertTrue(window.project.capture("after", JsonValues.MAPPER.createObjectNode())
                .analyses().stream().anyMatch(a -> a.type() == AnalysisType.INTERFERENCE),
                "a run in a left-out workspace takes it back into the project");
    }

    @Test
    void importSettingsRoundTrip() throws Exception {
        StringBuilder csv = new StringBuilder("region;year;rate\n");
        for (int u = 0; u < 5; u++) {
            for (int t = 1; t <= 8; t++) {
                String value = u == 3 && t == 2 ? "999"
                        : String.format(java.util.Locale.ROOT, "%d,%d", 10 + u * 2 + t,
                                (u * 37 + t * 11) % 10);
                csv.append("R").append(u).append(';').append(t).append(';').append(value)
                        .append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var settings = org.causalworkbench.estimators.data.ImportSettings.defaults()
                .withDelimiter(';').withDecimalSeparator(',')
                .withMissingCodes(List.of("NA", "999")).withColumnType("rate",
                        org.causalworkbench.estimators.data.ColumnType.CONTINUOUS);
        var panel = org.causalworkbench.estimators.data.PanelReader.build(
                org.causalworkbench.estimators.data.ImportReader.read(bytes, "rates.csv",
                        settings), new org.causalworkbench.estimators.data.PanelSpec("region",
                                "year", "rate", null));
        Workspaces first = new Workspaces();
        first.project.synthDataRead("rates.csv", bytes, settings, panel);
        first.synth.loadPanel(panel, java.util.Optional.empty(), "");
        first.synth.treatedUnitProperty().set("R0");
        first.synth.interventionTimeProperty().set(6.0);
        first.synth.run();
        first.awaitRuns();
        Path file = folder.resolve("rates.cwproj");
        ProjectFiles.save(first.project.capture("Rates", JsonValues.MAPPER.createObjectNode()),
                file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(first.synth.panelProperty().get().units(),
                second.synth.panelProperty().get().units());
        assertEquals(SynthControlCodec.result(first.synth.outcomeProperty().get()),
                SynthControlCodec.result(second.synth.outcomeProperty().get()));
        assertTrue(opened.analyses().get(0).configuration().has("import"));
        assertArrayEquals(bytes, opened.data().get(0).bytes());
    }

    @Test
    void settingsChangedAfterRunAreSavedAsStale() throws Exception {
        Workspaces first = analysed();
        first.synth.placeboProperty().set(false);

        ProjectDocument saved = first.project.capture("Stale",
                JsonValues.MAPPER.createObjectNode());

        AnalysisEntry synth = saved.analyses().get(0);
        assertTrue(synth.stale());
        assertFalse(synth.configuration().get("placebo").asBoolean());
        assertNotNull(synth.result().get("placebo"));
    }
}
