package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.cli.CommandLine;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.repr.GraspViewModel;
import org.causalworkbench.app.repr.KuaiRandRequest;
import org.causalworkbench.app.repr.RecommenderPreset;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.app.repr.TreatmentsViewModel;
import org.causalworkbench.app.report.ProjectReport;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.contrastive.AutoencoderTraining;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveTraining;
import org.causalworkbench.estimators.repr.contrastive.OutcomeModelTraining;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentGenerator;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;
import org.causalworkbench.estimators.repr.contrastive.TripletMiner;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.recommender.SimulatedKuaiRandLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves the recommender and structured-treatment panels after a run, opens the file into fresh
 * panels, which run again, and compares every result number. Re-runs the file without a
 * window as the report does.
 */
class LabRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"),
            ZoneOffset.UTC);

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** The two lab panels behind a project bridge whose other workspaces stay empty. */
    private final class Lab {
        final RecommenderViewModel recommender = new RecommenderViewModel(ui, worker,
                RecommenderPreset.QUICK);
        final TreatmentsViewModel treatments = new TreatmentsViewModel(ui, worker);
        final WorkspaceProject project = new WorkspaceProject(
                new SynthViewModel(ui, worker, SynthAnalysis::run),
                new ObsExpViewModel(ui, worker, ObsExpAnalysis::run),
                new InterferenceViewModel(ui, worker, InterferenceAnalysis::run), CLOCK)
                .withLab(recommender, treatments);

        void awaitRuns() throws InterruptedException {
            ui.runUntil(() -> !recommender.runningProperty().get()
                    && !treatments.runningProperty().get(), 120_000);
        }
    }

    private Lab ranLab() throws InterruptedException {
        Lab lab = new Lab();
        lab.recommender.lambdasProperty().set("0");
        lab.recommender.seedProperty().set(2);
        lab.treatments.seedProperty().set(4);
        lab.recommender.run();
        lab.treatments.run();
        lab.awaitRuns();
        assertNotNull(lab.recommender.resultProperty().get(), lab.recommender.statusProperty()
                .get());
        assertNotNull(lab.treatments.resultProperty().get(), lab.treatments.statusProperty()
                .get());
        return lab;
    }

    private Path save(Lab lab, String name) throws Exception {
        Path file = folder.resolve(name);
        ProjectFiles.save(lab.project.capture(name, JsonValues.MAPPER.createObjectNode()), file,
                null);
        return file;
    }

    @Test
    void labPanels_roundTripWithIdenticalResults() throws Exception {
        Lab first = ranLab();
        ProjectDocument opened = ProjectFiles.open(save(first, "lab.cwproj"));

        Lab second = new Lab();
        second.recommender.applyPreset(RecommenderPreset.TEACHING);
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(RecommenderPreset.QUICK, second.recommender.preset());
        assertEquals("0", second.recommender.lambdasProperty().get());
        assertEquals(2, second.recommender.seedProperty().get());
        assertEquals(4, second.treatments.seedProperty().get());
        assertEquals(stored(opened, AnalysisType.RECOMMENDER_SWEEP), RecommenderCodec.result(
                second.recommender.trainingConfig().epochs(), 2,
                second.recommender.resultProperty().get()));
        assertEquals(stored(opened, AnalysisType.STRUCTURED_TREATMENTS), TreatmentsCodec.result(
                second.treatments.lab(), 4, second.treatments.resultProperty().get()));
        assertFalse(second.recommender.staleProperty().get());
        assertFalse(second.treatments.staleProperty().get());
    }

    @Test
    void labEntries_rerunWithoutWindowAndReport() throws Exception {
        ProjectDocument opened = ProjectFiles.open(save(ranLab(), "lab.cwproj"));

        List<ProjectRunner.Rerun> reruns = opened.analyses().stream()
                .map(entry -> ProjectRunner.run(entry, opened, ProgressSink.NONE,
                        CancellationToken.NEVER)).toList();

        assertEquals(2, reruns.size());
        for (ProjectRunner.Rerun rerun : reruns) {
            assertTrue(rerun.matchesStored(), rerun.entry().id() + ": "
                    + rerun.firstDifference().orElse(""));
        }
        String html = ProjectReport.html(opened, "lab.cwproj", reruns, CLOCK);
        assertTrue(html.contains("<h2>Causal recommender sweep (recommender-sweep)</h2>"), html);
        assertTrue(html.contains("<h2>Structured-treatment lab (structured-treatments)</h2>"),
                html);
        assertTrue(html.contains("<td>Contrastive (unmatched)</td>"), "method names of the panel");
        assertEquals(2, html.split("reproduces the result stored in the project exactly", -1)
                .length - 1);
    }

    @Test
    void staleResult_runsAgainOnOpen() throws Exception {
        Lab first = ranLab();
        first.treatments.seedProperty().set(5);
        assertTrue(first.treatments.staleProperty().get());
        ProjectDocument opened = ProjectFiles.open(save(first, "stale.cwproj"));

        AnalysisEntry entry = entry(opened, AnalysisType.STRUCTURED_TREATMENTS);
        assertNull(entry.result(), "a result of seed 4 saved under seed 5");
        assertTrue(entry.ranWhenSaved());
        Lab second = new Lab();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(5, second.treatments.seedProperty().get());
        assertNotNull(second.treatments.resultProperty().get());
    }

    @Test
    void staleLabRun_isReportedFromFreshRun() throws Exception {
        Lab first = ranLab();
        first.treatments.seedProperty().set(5);
        Path file = save(first, "stale.cwproj");
        Path html = folder.resolve("stale.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLine.run(new String[] {"report", file.toString(), "--out",
                html.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(CommandLine.OK, code, err.toString(StandardCharsets.UTF_8));
        String report = Files.readString(html);
        assertTrue(report.contains("<h2>Structured-treatment lab (structured-treatments)</h2>"),
                "the stale run is re-run, not left out");
        assertTrue(report.contains("stores no result for these settings"), report);
        assertTrue(report.contains("<h2>Causal recommender sweep (recommender-sweep)</h2>"));
    }

    @Test
    void entriesWithoutRun_areNamedInReport() throws Exception {
        Lab first = new Lab();
        first.recommender.lambdasProperty().set("0, oops");
        Path file = save(first, "unrun.cwproj");
        Path html = folder.resolve("unrun.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLine.run(new String[] {"report", file.toString(), "--out",
                html.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(CommandLine.OK, code, err.toString(StandardCharsets.UTF_8));
        String report = Files.readString(html);
        assertTrue(report.contains("<h2>Analyses without a run</h2>"), report);
        assertTrue(report.contains("no section: Causal recommender sweep (recommender-sweep),"
                + " Structured-treatment lab (structured-treatments)."), report);
    }

    @Test
    void thresholdSweep_isNamedAsNotSaved() throws Exception {
        StructuredTreatmentLab tiny = StructuredTreatmentLab.withDefaults()
                .withGenerator(StructuredTreatmentGenerator.withDefaults().withTrainingSize(200)
                        .withTestSize(40))
                .withMiner(TripletMiner.withDefaults().withTripletCount(500))
                .withContrastive(ContrastiveTraining.withDefaults().withSteps(20))
                .withAutoencoder(AutoencoderTraining.withDefaults().withSteps(20))
                .withOutcomeModel(OutcomeModelTraining.withDefaults().withSteps(20));
        TreatmentsViewModel treatments = new TreatmentsViewModel(Runnable::run, Runnable::run,
                tiny);
        WorkspaceProject project = new WorkspaceProject(
                new SynthViewModel(ui, worker, SynthAnalysis::run),
                new ObsExpViewModel(ui, worker, ObsExpAnalysis::run),
                new InterferenceViewModel(ui, worker, InterferenceAnalysis::run), CLOCK)
                .withLab(new RecommenderViewModel(ui, worker, RecommenderPreset.QUICK),
                        treatments);

        treatments.runThresholds();

        assertNotNull(treatments.thresholdsProperty().get(), treatments.statusProperty().get());
        assertEquals("The threshold sweep is not saved; press Thresholds again after opening"
                + " the project.", project.notSaved());
    }

    @Test
    void graspSweep_isNamedAsNotSaved() {
        GraspViewModel grasp = new GraspViewModel(Runnable::run, Runnable::run,
                GraspConfiguration.withDefaults().withPretraining(1_000, 2)
                        .withFineTuning(250, 3).withEvaluationSize(50));
        WorkspaceProject project = new WorkspaceProject(
                new SynthViewModel(ui, worker, SynthAnalysis::run),
                new ObsExpViewModel(ui, worker, ObsExpAnalysis::run),
                new InterferenceViewModel(ui, worker, InterferenceAnalysis::run), CLOCK)
                .withGrasp(grasp);

        grasp.runSweep();

        assertNotNull(grasp.sweepProperty().get(), grasp.statusProperty().get());
        assertEquals("The GRASP sweep is not saved; press Sweep again after opening the"
                + " project.", project.notSaved());
    }

    @Test
    void reportWithSections_leavesUnrunPanelsOut() throws Exception {
        Lab lab = new Lab();
        lab.treatments.seedProperty().set(4);
        lab.treatments.run();
        lab.awaitRuns();
        Path file = save(lab, "one.cwproj");
        Path html = folder.resolve("one.html");

        int code = CommandLine.run(new String[] {"report", file.toString(), "--out",
                html.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));

        assertEquals(CommandLine.OK, code);
        String report = Files.readString(html);
        assertTrue(report.contains("<h2>Structured-treatment lab (structured-treatments)</h2>"),
                report);
        assertFalse(report.contains("Analyses without a run"), report);
    }

    @Test
    void oldSweep_isNamedAsLeftOut() throws Exception {
        Lab lab = ranLab();
        ProjectDocument saved = ProjectFiles.open(save(lab, "both.cwproj"));
        ProjectDocument treatmentsOnly = new ProjectDocument(saved.kind(), saved.title(),
                saved.applicationVersion(), saved.saved(), saved.data(),
                List.of(entry(saved, AnalysisType.STRUCTURED_TREATMENTS)), saved.layout());

        lab.project.restore(treatmentsOnly);
        lab.awaitRuns();
        String afterOpen = lab.project.notSaved();
        lab.recommender.run();
        lab.awaitRuns();

        assertEquals("Left out of the save: the recommender sweep (on screen from before the"
                + " project was opened). Run or load again what you want to keep.", afterOpen);
        assertEquals("", lab.project.notSaved(), "a new sweep joins the project");
    }

    @Test
    void panelsThatNeverRan_keepSettingsOnly() throws Exception {
        Lab first = new Lab();
        first.recommender.lambdasProperty().set("0, 0.5");
        ProjectDocument opened = ProjectFiles.open(save(first, "settings.cwproj"));

        Lab second = new Lab();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals("0, 0.5", second.recommender.lambdasProperty().get());
        assertEquals("", second.project.notSaved());
        assertNull(second.recommender.resultProperty().get());
        assertNull(second.treatments.resultProperty().get());
        assertFalse(entry(opened, AnalysisType.RECOMMENDER_SWEEP).ranWhenSaved());
    }

    @Test
    void openDuringRun_restartsWithProjectSettings() throws Exception {
        ProjectDocument opened = ProjectFiles.open(save(ranLab(), "lab.cwproj"));
        Lab busy = new Lab();
        busy.treatments.seedProperty().set(9);
        busy.treatments.run();
        assertTrue(busy.treatments.runningProperty().get());

        busy.project.restore(opened);
        busy.awaitRuns();
        ui.runUntil(() -> busy.treatments.resultProperty().get() != null
                && !busy.treatments.runningProperty().get(), 120_000);

        assertEquals(4, busy.treatments.seedProperty().get());
        assertEquals(stored(opened, AnalysisType.STRUCTURED_TREATMENTS), TreatmentsCodec.result(
                busy.treatments.lab(), 4, busy.treatments.resultProperty().get()));
        assertFalse(busy.treatments.staleProperty().get());
    }

    @Test
    void secondOpenDuringCancel_startsOneRun() throws Exception {
        ProjectDocument opened = ProjectFiles.open(save(ranLab(), "lab.cwproj"));
        Lab busy = new Lab();
        busy.treatments.seedProperty().set(9);
        busy.treatments.run();
        AtomicInteger starts = new AtomicInteger();
        busy.treatments.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                starts.incrementAndGet();
            }
        });

        busy.project.restore(opened);
        busy.project.restore(opened);
        ui.runUntil(() -> busy.treatments.resultProperty().get() != null
                && !busy.treatments.runningProperty().get(), 120_000);
        busy.awaitRuns();

        assertEquals(1, starts.get(), "runs started after the two opens");
        assertEquals(4, busy.treatments.seedProperty().get());
    }

    @Test
    void entryThatNeverRan_clearsPreviousResults() throws Exception {
        ProjectDocument neverRan = ProjectFiles.open(save(new Lab(), "empty.cwproj"));
        Lab lab = ranLab();

        lab.project.restore(neverRan);
        lab.awaitRuns();

        assertNull(lab.recommender.resultProperty().get());
        assertNull(lab.treatments.resultProperty().get());
        assertFalse(lab.treatments.staleProperty().get());
        assertTrue(lab.treatments.statusProperty().get().startsWith("Press Run"),
                lab.treatments.statusProperty().get());
        assertFalse(entry(lab.project.capture("again", JsonValues.MAPPER.createObjectNode()),
                AnalysisType.STRUCTURED_TREATMENTS).ranWhenSaved(), "a resave keeps ran false");
    }

    @Test
    void report_rejectsUnknownPreset() throws Exception {
        ProjectDocument saved = ProjectFiles.open(save(new Lab(), "unrun.cwproj"));
        AnalysisEntry entry = entry(saved, AnalysisType.RECOMMENDER_SWEEP);
        ObjectNode settings = entry.configuration().deepCopy().put("preset", "HUGE");
        Path damaged = folder.resolve("huge.cwproj");
        ProjectFiles.save(replaced(saved, new AnalysisEntry(entry.id(), entry.type(),
                entry.data(), settings, entry.seeds(), null, false)), damaged, null);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLine.run(new String[] {"report", damaged.toString()},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(CommandLine.ERROR, code, message);
        assertTrue(message.contains("the recommender preset 'HUGE' is unknown"), message);
    }

    @Test
    void badLabEntry_stopsOpenBeforeAnyChange() throws Exception {
        ProjectDocument opened = ProjectFiles.open(save(ranLab(), "lab.cwproj"));
        AnalysisEntry entry = entry(opened, AnalysisType.STRUCTURED_TREATMENTS);
        ObjectNode seeds = entry.seeds().deepCopy().put("seed", 3_000_000_000L);
        ProjectDocument damaged = replaced(opened, new AnalysisEntry(entry.id(), entry.type(),
                entry.data(), entry.configuration(), seeds, null, false));
        Lab target = new Lab();
        target.recommender.lambdasProperty().set("0.7");

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> target.project.restore(damaged));

        assertTrue(error.getMessage().contains("the field 'seed' must lie in 0 to 2147483647"),
                error.getMessage());
        assertEquals("0.7", target.recommender.lambdasProperty().get(),
                "the recommender entry before it was not applied");
    }

    @Test
    void invalidLambdaText_opensAsTyped() throws Exception {
        Lab first = new Lab();
        first.recommender.lambdasProperty().set("0, abc");
        ProjectDocument opened = ProjectFiles.open(save(first, "abc.cwproj"));

        Lab second = new Lab();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals("0, abc", second.recommender.lambdasProperty().get());
        assertNull(second.recommender.resultProperty().get());
    }

    @Test
    void invalidLambdasAfterRun_saveAsNotRun() throws Exception {
        Lab first = ranLab();
        first.recommender.lambdasProperty().set("0, 0.1, oops");

        String leftOut = first.project.notSaved();
        ProjectDocument opened = ProjectFiles.open(save(first, "oops.cwproj"));
        AnalysisEntry entry = entry(opened, AnalysisType.RECOMMENDER_SWEEP);
        Lab second = new Lab();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals("The recommender sweep on screen is not saved, because the lambda list is"
                + " invalid; its text is saved as typed.", leftOut);
        assertFalse(entry.ranWhenSaved());
        assertNull(entry.result());
        assertEquals("0, 0.1, oops", second.recommender.lambdasProperty().get());
        assertNull(second.recommender.resultProperty().get());
        assertNotNull(second.treatments.resultProperty().get(), "the other panel still runs");
    }

    @Test
    void invalidLambdasMarkedRan_areRejected() throws Exception {
        ProjectDocument saved = ProjectFiles.open(save(ranLab(), "ran.cwproj"));
        AnalysisEntry entry = entry(saved, AnalysisType.RECOMMENDER_SWEEP);
        ObjectNode edited = entry.configuration().deepCopy();
        edited.put("lambdas", "0, abc");
        ProjectDocument opened = replaced(saved, new AnalysisEntry(entry.id(), entry.type(),
                entry.data(), edited, entry.seeds(), entry.result(), entry.stale()));

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> new Lab().project.restore(opened));

        assertTrue(error.getMessage().contains("lambda \"abc\" is not a number"),
                error.getMessage());
    }

    private static ProjectDocument replaced(ProjectDocument project, AnalysisEntry entry) {
        List<AnalysisEntry> analyses = project.analyses().stream()
                .map(a -> a.id().equals(entry.id()) ? entry : a).toList();
        return new ProjectDocument(project.kind(), project.title(),
                project.applicationVersion(), project.saved(), project.data(), analyses,
                project.layout());
    }

    @Test
    void kuaiRandSweep_isLeftOutOfProject() throws Exception {
        SimulatedKuaiRandLogs.LogFiles logs = SimulatedKuaiRandLogs.write(folder, 150, 200, 5);
        Lab lab = new Lab();
        lab.recommender.lambdasProperty().set("0");
        lab.recommender.loadKuaiRand(new KuaiRandRequest(logs.standard(), logs.random(), 100));
        lab.awaitRuns();
        assertNotNull(lab.recommender.kuaiRandProperty().get());

        ProjectDocument saved = lab.project.capture("KuaiRand",
                JsonValues.MAPPER.createObjectNode());

        assertTrue(saved.analyses().stream()
                .noneMatch(a -> a.type() == AnalysisType.RECOMMENDER_SWEEP), "no logs embedded");
        assertEquals(1, saved.analyses().size(), "the structured-treatment panel is stored");
        assertEquals("The recommender sweep on imported KuaiRand logs is not saved, because"
                + " projects do not store the logs.", lab.project.notSaved());
    }

    @Test
    void unknownPreset_namesAnalysisAndValidNames() throws Exception {
        ProjectDocument opened = ProjectFiles.open(save(new Lab(), "preset.cwproj"));
        AnalysisEntry entry = entry(opened, AnalysisType.RECOMMENDER_SWEEP);
        ObjectNode edited = entry.configuration().deepCopy();
        edited.put("preset", "HUGE");
        ProjectDocument damaged = replaced(opened, new AnalysisEntry(entry.id(), entry.type(),
                entry.data(), edited, entry.seeds(), null, false));

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> new Lab().project.restore(damaged));

        assertTrue(error.getMessage().contains("'recommender-sweep'"), error.getMessage());
        assertTrue(error.getMessage().contains("the recommender preset 'HUGE' is unknown;"
                + " expected one of [TEACHING, QUICK, FULL]"), error.getMessage());
    }

    private static AnalysisEntry entry(ProjectDocument project, AnalysisType type) {
        return project.analyses().stream().filter(a -> a.type() == type).findFirst()
                .orElseThrow();
    }

    private static ObjectNode stored(ProjectDocument project, AnalysisType type) {
        ObjectNode result = entry(project, type).result();
        assertNotNull(result, type + " stored no result");
        return result;
    }
}
