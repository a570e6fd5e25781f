package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private final class Window {
        final org.causalworkbench.app.command.CommandStack commands =
                new org.causalworkbench.app.command.CommandStack();
        final SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run,
                commands);
        final ObsExpViewModel obsExp = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run,
                commands);
        final InterferenceViewModel interference = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run, commands);
        final RecoveryStore recovery = new RecoveryStore(folder.resolve("recovery"),
                ProcessHandle.current().pid());
        final ProjectSession session = new ProjectSession(new WorkspaceProject(synth, obsExp,
                interference, Clock.systemUTC()), recovery, ui,
                () -> JsonValues.MAPPER.createObjectNode(), Clock.systemUTC(), synth.commands());
    }

    private IOException saveAndWait(Window window, Path target, boolean template)
            throws InterruptedException {
        AtomicReference<IOException> failure = new AtomicReference<>();
        AtomicReference<Boolean> finished = new AtomicReference<>(false);
        window.session.save(target, template, error -> {
            failure.set(error);
            finished.set(true);
        });
        ui.runUntil(finished::get, 30_000);
        return failure.get();
    }

    private Window analysedSynth() throws InterruptedException {
        Window window = new Window();
        window.synth.loadPanel(SampleLoader.factorPanel(), Optional.empty(), "");
        window.synth.treatedUnitProperty().set("Region 03");
        window.synth.interventionTimeProperty().set(18.0);
        window.synth.run();
        ui.runUntil(() -> !window.synth.runningProperty().get(), 30_000);
        return window;
    }

    @Test
    void saveStoresReportAndSetsFile() throws Exception {
        Window window = analysedSynth();
        Path target = folder.resolve("study.cwproj");

        assertNull(saveAndWait(window, target, false));

        assertEquals(target, window.session.fileProperty().get());
        assertFalse(window.commands.modifiedProperty().get());
        assertEquals("study", window.session.title());
        String html = ProjectFiles.storedReport(target);
        assertNotNull(html);
        assertTrue(html.contains("Region 03"), "the stored report lacks the treated unit");
        assertTrue(html.contains("<svg"), "the stored report lacks its charts");
    }

    @Test
    void openingIsNotAnUndoableEdit() throws Exception {
        Window window = analysedSynth();
        Path target = folder.resolve("study.cwproj");
        assertNull(saveAndWait(window, target, false));
        Window other = new Window();

        other.session.restore(ProjectFiles.open(target), target);
        ui.runUntil(() -> !other.synth.runningProperty().get(), 30_000);

        assertEquals("Region 03", other.synth.treatedUnitProperty().get());
        assertFalse(other.commands.canUndoProperty().get());
        assertFalse(other.commands.modifiedProperty().get());
        other.synth.placeboProperty().set(!other.synth.placeboProperty().get());
        assertTrue(other.commands.modifiedProperty().get());
    }

    @Test
    void failedOpen_leavesNoFileToOverwrite() throws Exception {
        Window window = analysedSynth();
        Path target = folder.resolve("study.cwproj");
        assertNull(saveAndWait(window, target, false));
        ProjectDocument damaged = withUnknownPreset(ProjectFiles.open(target));

        assertThrows(ProjectFileException.class,
                () -> window.session.restore(damaged, folder.resolve("damaged.cwproj")));

        assertNull(window.session.fileProperty().get(), "a plain save would overwrite");
        assertTrue(window.commands.modifiedProperty().get());
        assertEquals("Region 03", window.synth.treatedUnitProperty().get(),
                "the lab entry is checked before any workspace changes");
    }

    @Test
    void rejectedCheck_keepsFileAndSavedState() throws Exception {
        Window window = analysedSynth();
        Path target = folder.resolve("study.cwproj");
        assertNull(saveAndWait(window, target, false));
        ProjectDocument damaged = withUnknownPreset(ProjectFiles.open(target));

        assertThrows(ProjectFileException.class,
                () -> window.session.check(damaged, folder.resolve("damaged.cwproj")));

        assertEquals(target, window.session.fileProperty().get());
        assertFalse(window.commands.modifiedProperty().get());
        assertEquals("Not opened: damaged.cwproj", window.session.statusProperty().get());
    }

    /** Returns the project with a recommender entry whose preset does not exist. */
    private static ProjectDocument withUnknownPreset(ProjectDocument saved) {
        ObjectNode settings = JsonValues.MAPPER.createObjectNode().put("preset", "HUGE")
                .put("lambdas", "0");
        List<AnalysisEntry> analyses = new ArrayList<>(saved.analyses());
        analyses.add(new AnalysisEntry("recommender-sweep", AnalysisType.RECOMMENDER_SWEEP,
                List.of(), settings, JsonValues.MAPPER.createObjectNode().put("seed", 1), null,
                false));
        return new ProjectDocument(saved.kind(), saved.title(), saved.applicationVersion(),
                saved.saved(), saved.data(), analyses, saved.layout());
    }

    @Test
    void badStudyFlag_stopsOpenBeforeSynthChanges() throws Exception {
        Window window = analysedSynth();
        Path target = folder.resolve("study.cwproj");
        assertNull(saveAndWait(window, target, false));
        ProjectDocument saved = ProjectFiles.open(target);
        List<AnalysisEntry> analyses = new ArrayList<>();
        for (AnalysisEntry entry : saved.analyses()) {
            ObjectNode settings = entry.configuration().deepCopy();
            if (entry.type() == AnalysisType.SYNTHETIC_CONTROL) {
                settings.put("treatedUnit", "Region 05");
            }
            analyses.add(new AnalysisEntry(entry.id(), entry.type(), entry.data(), settings,
                    entry.seeds(), entry.result(), entry.stale()));
        }
        analyses.add(new AnalysisEntry("obs-exp-simulation-study",
                AnalysisType.OBS_EXP_SIMULATION_STUDY, List.of(),
                JsonValues.MAPPER.createObjectNode().put("ran", "yes"),
                JsonValues.MAPPER.createObjectNode(), null, false));
        ProjectDocument damaged = new ProjectDocument(saved.kind(), saved.title(),
                saved.applicationVersion(), saved.saved(), saved.data(), analyses,
                saved.layout());

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> window.session.restore(damaged, target));

        assertTrue(error.getMessage().contains("'ran' must be true or false"),
                error.getMessage());
        assertEquals("Region 03", window.synth.treatedUnitProperty().get());
    }

    @Test
    void autosaveFollowsEditsAndSavesAndKeepsFile() throws Exception {
        Window window = analysedSynth();
        window.recovery.sessionStarted();
        Path target = folder.resolve("kept.cwproj");
        assertNull(saveAndWait(window, target, false));
        Path autosave = folder.resolve("recovery").resolve(RecoveryStore.AUTOSAVE);

        window.session.autosave();
        saveAndWait(window, folder.resolve("sync.cwproj"), true);
        assertFalse(Files.exists(autosave), "an unmodified project was autosaved");

        window.synth.placeboProperty().set(!window.synth.placeboProperty().get());
        window.session.autosave();
        saveAndWait(window, folder.resolve("sync2.cwproj"), true);
        assertTrue(Files.exists(autosave), "an edit was not autosaved");

        Window next = new Window();
        next.session.recover(ProjectFiles.open(autosave));
        assertEquals(target.toAbsolutePath(), next.session.fileProperty().get());
        assertTrue(next.commands.modifiedProperty().get());

        assertNull(saveAndWait(window, target, false));
        assertFalse(Files.exists(autosave), "the autosave outlived the save");
    }

    @Test
    void failedSaveReportsAndKeepsFile() throws Exception {
        Window window = analysedSynth();

        IOException failure = saveAndWait(window, folder.resolve("missing/study.cwproj"), false);

        assertNotNull(failure);
        assertNull(window.session.fileProperty().get());
        assertTrue(window.session.statusProperty().get().startsWith("Not saved"));
    }

    @Test
    void templateAppliesSettingsToNewData() throws Exception {
        Window teacher = analysedSynth();
        teacher.synth.placeboProperty().set(true);
        Path template = folder.resolve("lesson.cwproj");
        assertNull(saveAndWait(teacher, template, true));
        ProjectDocument opened = ProjectFiles.open(template);
        assertEquals(ProjectKind.TEMPLATE, opened.kind());

        Window student = new Window();
        byte[] csv;
        try (var in = org.causalworkbench.sample.SampleDatasets.FACTOR_PANEL.open()) {
            csv = in.readAllBytes();
        }
        List<String> applied = student.session.startFromTemplate(opened,
                DataSource.embedded("mine", "my-panel.csv", "text/csv", csv));
        ui.runUntil(() -> !student.synth.runningProperty().get(), 30_000);

        assertEquals(List.of(AnalysisType.SYNTHETIC_CONTROL.title(),
                AnalysisType.DONOR_SCREEN.title()), applied);
        assertFalse(student.commands.canUndoProperty().get());
        assertEquals("Region 03", student.synth.treatedUnitProperty().get());
        assertEquals(18.0, student.synth.interventionTimeProperty().get());
        assertTrue(student.synth.placeboProperty().get());
        assertNotNull(student.synth.outcomeProperty().get());
    }

    @Test
    void templateOnDataWithoutItsColumnsFailsClearly() throws Exception {
        Window teacher = analysedSynth();
        Path template = folder.resolve("lesson.cwproj");
        assertNull(saveAndWait(teacher, template, true));
        Window student = new Window();
        DataSource other = DataSource.embedded("mine", "other.csv", "text/csv",
                "id,year,value\nA,1,2\nA,2,3\nB,1,2\nB,2,4\n".getBytes(StandardCharsets.UTF_8));

        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> student.session.startFromTemplate(ProjectFiles.open(template), other));

        assertTrue(error.getMessage().contains("other.csv"), error.getMessage());
        assertTrue(Files.exists(template));
    }
}
