package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.UnitTableImport;
import org.causalworkbench.app.interference.classical.AllocationViewModel;
import org.causalworkbench.app.interference.classical.AronowSamiiViewModel;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.interference.classical.DesignChoice;
import org.causalworkbench.app.interference.classical.HudgensHalloranViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves the classical tab's three estimators with non-default settings, opens the file into
 * fresh view models and compares every result number. Re-runs the file without a window as
 * the report does, and checks that wrongly typed settings are rejected by name.
 */
class ClassicalRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"),
            ZoneOffset.UTC);

    /** Four groups on two strategies, each group with both arms; arm is constant per group. */
    private static final String GROUPS = """
            id,group,arm,x,treated,y
            a1,A,s0,0,1,1
            a2,A,s0,1,0,3
            a3,A,s0,0,0,5
            b1,B,s0,1,1,2
            b2,B,s0,0,0,6
            c1,C,s1,0,1,0
            c2,C,s1,1,1,2
            c3,C,s1,0,0,4
            d1,D,s1,1,1,1
            d2,D,s1,0,0,3
            """;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private final class Workspaces {
        final InterferenceViewModel interference = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        final ClassicalViewModel classical = new ClassicalViewModel(interference, ui, worker);
        final WorkspaceProject project = new WorkspaceProject(
                new SynthViewModel(ui, worker, SynthAnalysis::run),
                new ObsExpViewModel(ui, worker, ObsExpAnalysis::run), interference, CLOCK)
                .withClassical(classical);

        void awaitRuns() throws InterruptedException {
            ui.runUntil(() -> !interference.runningProperty().get()
                    && !classical.aronowSamii().runningProperty().get(), 60_000);
        }
    }

    private static InterferenceData groups() {
        CsvTable table = CsvTable.read(new StringReader(GROUPS), "groups.csv");
        return UnitTableImport.build(table,
                new UnitTableImport.Roles("id", "treated", "y", List.of("x", "arm"), "group"),
                "", Double.NaN);
    }

    /** Runs all three estimators with settings other than the defaults. */
    private Workspaces analysed() throws InterruptedException {
        Workspaces w = new Workspaces();
        w.interference.load(groups());
        AronowSamiiViewModel as = w.classical.aronowSamii();
        as.kindProperty().set(DesignChoice.Kind.BERNOULLI);
        as.probabilityProperty().set(0.55);
        as.drawsProperty().set(700);
        as.seedProperty().set(4242);
        as.run();
        AllocationViewModel allocation = w.classical.allocation();
        allocation.propensityProperty().set(AllocationViewModel.Propensity.KNOWN);
        allocation.knownProbabilityProperty().set(0.5);
        allocation.fromProperty().set(0.3);
        allocation.toProperty().set(0.7);
        allocation.pointsProperty().set(5);
        allocation.referenceIndexProperty().set(2);
        allocation.estimate();
        w.awaitRuns();
        assertNotNull(w.classical.hudgensHalloran().reportProperty().get(),
                w.classical.hudgensHalloran().errorProperty().get());
        assertNotNull(as.reportProperty().get(), as.errorProperty().get());
        assertNotNull(allocation.curves(), allocation.errorProperty().get());
        return w;
    }

    private static AnalysisEntry entry(ProjectDocument document, AnalysisType type) {
        return document.analyses().stream().filter(a -> a.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " entry"));
    }

    @Test
    void classicalAnalysesRoundTrip() throws Exception {
        Workspaces first = analysed();
        Path file = folder.resolve("classical.cwproj");
        ProjectFiles.save(first.project.capture("Classical",
                JsonValues.MAPPER.createObjectNode()), file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(HudgensHalloranCodec.result(
                first.classical.hudgensHalloran().reportProperty().get()),
                HudgensHalloranCodec.result(
                        second.classical.hudgensHalloran().reportProperty().get()));
        assertEquals(AronowSamiiCodec.result(first.classical.aronowSamii().reportProperty()
                .get()), AronowSamiiCodec.result(second.classical.aronowSamii()
                        .reportProperty().get()));
        assertEquals(AllocationCurvesCodec.result(first.classical.allocation().curves()),
                AllocationCurvesCodec.result(second.classical.allocation().curves()));
        assertEquals(4242, second.classical.aronowSamii().seedProperty().get());
        assertEquals(700, second.classical.aronowSamii().drawsProperty().get());
        assertEquals(DesignChoice.Kind.BERNOULLI,
                second.classical.aronowSamii().kindProperty().get());
        assertEquals(5, second.classical.allocation().pointsProperty().get());
        assertEquals(2, second.classical.allocation().referenceIndexProperty().get());
        assertEquals("arm", second.classical.hudgensHalloran().strategyColumnProperty().get());

        for (AnalysisType type : List.of(AnalysisType.HUDGENS_HALLORAN,
                AnalysisType.ARONOW_SAMII, AnalysisType.ALLOCATION_CURVES)) {
            AnalysisEntry stored = entry(opened, type);
            assertFalse(stored.stale(), type.toString());
            assertEquals(List.of(WorkspaceProject.INTERFERENCE_UNITS), stored.data());
            ProjectRunner.Rerun rerun = ProjectRunner.run(stored, opened, ProgressSink.NONE,
                    CancellationToken.NEVER);
            assertTrue(rerun.matchesStored(), type.toString());
        }
        assertEquals(4242, entry(opened, AnalysisType.ARONOW_SAMII).seeds().get("draws")
                .asLong());
    }

    @Test
    void reportCommandShowsClassicalSections() throws Exception {
        ProjectDocument captured = analysed().project.capture("Report",
                JsonValues.MAPPER.createObjectNode());
        // The TACE cannot run on four small groups, and the classical entries need only the
        // unit table, so the file keeps them alone.
        Path file = folder.resolve("report.cwproj");
        ProjectFiles.save(captured.withAnalyses(captured.analyses().stream()
                .filter(a -> a.type() != AnalysisType.INTERFERENCE).toList()), file, null);
        Path html = folder.resolve("report.html");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int code = org.causalworkbench.app.cli.CommandLine.run(new String[] {"report",
            file.toString(), "--out", html.toString()}, new java.io.PrintStream(
                    new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err, true,
                            java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(org.causalworkbench.app.cli.CommandLine.OK, code, err.toString(
                java.nio.charset.StandardCharsets.UTF_8));
        String text = java.nio.file.Files.readString(html);
        for (String id : List.of("hudgens-halloran", "aronow-samii", "allocation-curves")) {
            assertTrue(text.contains("<section id=\"analysis-" + id + "\">"), id);
            assertTrue(text.contains("data-analysis=\"" + id + "\""), id);
        }
        assertEquals(3, text.split("reproduces the result stored in the project exactly",
                -1).length - 1);
        assertTrue(text.contains("Two-stage randomisation"));
        assertTrue(text.contains("conservative variance estimate"));
        assertTrue(text.contains("Partial interference"));
        assertTrue(text.contains("<svg"), "the allocation curves have no chart");
    }

    @Test
    void twoStageExampleRoundTrips() throws Exception {
        Workspaces first = new Workspaces();
        first.classical.loadExample();
        first.classical.aronowSamii().drawsProperty().set(300);
        first.classical.aronowSamii().seedProperty().set(99);
        first.classical.aronowSamii().run();
        first.awaitRuns();
        assertNotNull(first.classical.aronowSamii().reportProperty().get(),
                first.classical.aronowSamii().errorProperty().get());
        Path file = folder.resolve("example.cwproj");
        ProjectFiles.save(first.project.capture("Example",
                JsonValues.MAPPER.createObjectNode()), file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        second.project.restore(opened);
        second.awaitRuns();

        assertEquals(first.interference.dataProperty().get().ids(),
                second.interference.dataProperty().get().ids());
        assertEquals(HudgensHalloranCodec.result(
                first.classical.hudgensHalloran().reportProperty().get()),
                HudgensHalloranCodec.result(
                        second.classical.hudgensHalloran().reportProperty().get()));
        assertEquals(AronowSamiiCodec.result(first.classical.aronowSamii().reportProperty()
                .get()), AronowSamiiCodec.result(second.classical.aronowSamii()
                        .reportProperty().get()));
        assertTrue(opened.analyses().stream().noneMatch(
                a -> a.type() == AnalysisType.ALLOCATION_CURVES), "the curves never ran");
        for (AnalysisType type : List.of(AnalysisType.HUDGENS_HALLORAN,
                AnalysisType.ARONOW_SAMII)) {
            assertTrue(ProjectRunner.run(entry(opened, type), opened, ProgressSink.NONE,
                    CancellationToken.NEVER).matchesStored(), type.toString());
        }
    }

    @Test
    void strategyTableRoundTrips() throws Exception {
        Workspaces first = new Workspaces();
        first.interference.load(groups());
        HudgensHalloranViewModel hh = first.classical.hudgensHalloran();
        // Pairs A with C and B with D, unlike the arm column, so the effects differ from it.
        hh.loadStrategyTable(CsvTable.read(new StringReader("""
                group,strategy
                A,low
                B,high
                C,low
                D,high
                """), "strategies.csv"));
        assertEquals("", hh.errorProperty().get());
        Path file = folder.resolve("strategies.cwproj");
        ProjectFiles.save(first.project.capture("Strategies",
                JsonValues.MAPPER.createObjectNode()), file, null);

        ProjectDocument opened = ProjectFiles.open(file);
        Workspaces second = new Workspaces();
        second.project.restore(opened);

        HudgensHalloranViewModel restored = second.classical.hudgensHalloran();
        assertEquals(HudgensHalloranViewModel.Source.TABLE, restored.sourceProperty().get());
        assertEquals(HudgensHalloranCodec.result(hh.reportProperty().get()),
                HudgensHalloranCodec.result(restored.reportProperty().get()));
        AnalysisEntry stored = entry(opened, AnalysisType.HUDGENS_HALLORAN);
        assertEquals(List.of(WorkspaceProject.INTERFERENCE_UNITS,
                ClassicalProject.STRATEGIES_DATA), stored.data());
        assertTrue(ProjectRunner.run(stored, opened, ProgressSink.NONE,
                CancellationToken.NEVER).matchesStored());
    }

    @Test
    void designChangedAfterRunIsStale() throws Exception {
        Workspaces first = analysed();
        first.classical.aronowSamii().drawsProperty().set(800);
        first.classical.allocation().pointsProperty().set(6);

        ProjectDocument saved = first.project.capture("Stale",
                JsonValues.MAPPER.createObjectNode());

        AnalysisEntry exposures = entry(saved, AnalysisType.ARONOW_SAMII);
        assertTrue(exposures.stale());
        assertEquals(800, exposures.configuration().get("draws").asInt());
        assertTrue(entry(saved, AnalysisType.ALLOCATION_CURVES).stale());
        assertFalse(entry(saved, AnalysisType.HUDGENS_HALLORAN).stale());
    }

    @Test
    void wronglyTypedSettingsNamed() throws Exception {
        ProjectDocument saved = analysed().project.capture("Strict",
                JsonValues.MAPPER.createObjectNode());
        record Case(AnalysisType type, String field, Object value) {
        }
        List<Case> cases = List.of(new Case(AnalysisType.ARONOW_SAMII, "draws", "700"),
                new Case(AnalysisType.ARONOW_SAMII, "exact", "no"),
                new Case(AnalysisType.ARONOW_SAMII, "design", "POISSON"),
                new Case(AnalysisType.ALLOCATION_CURVES, "points", 5.5),
                new Case(AnalysisType.ALLOCATION_CURVES, "propensity", 1),
                new Case(AnalysisType.HUDGENS_HALLORAN, "strategySource", "COLUMNS"));
        for (Case c : cases) {
            List<AnalysisEntry> analyses = new ArrayList<>();
            for (AnalysisEntry a : saved.analyses()) {
                if (a.type() != c.type()) {
                    analyses.add(a);
                    continue;
                }
                ObjectNode broken = a.configuration().deepCopy();
                broken.set(c.field(), JsonValues.MAPPER.valueToTree(c.value()));
                analyses.add(new AnalysisEntry(a.id(), a.type(), a.data(), broken, a.seeds(),
                        a.result(), a.stale()));
            }
            ProjectDocument damaged = new ProjectDocument(saved.kind(), saved.title(),
                    saved.applicationVersion(), saved.saved(), saved.data(), analyses,
                    saved.layout());
            AnalysisEntry target = entry(damaged, c.type());

            ProjectFileException rerun = assertThrows(ProjectFileException.class,
                    () -> ProjectRunner.run(target, damaged, ProgressSink.NONE,
                            CancellationToken.NEVER), c.toString());
            assertTrue(rerun.getMessage().contains("'" + c.field() + "'"), rerun.getMessage());
            ProjectFileException restore = assertThrows(ProjectFileException.class,
                    () -> new Workspaces().project.restore(damaged), c.toString());
            assertTrue(restore.getMessage().contains("'" + c.field() + "'"),
                    restore.getMessage());
        }
    }

    @Test
    void wronglyTypedSeedNamed() throws Exception {
        ProjectDocument saved = analysed().project.capture("Seed",
                JsonValues.MAPPER.createObjectNode());
        AnalysisEntry exposures = entry(saved, AnalysisType.ARONOW_SAMII);
        ObjectNode seeds = exposures.seeds().deepCopy().put("draws", "4242");
        AnalysisEntry broken = new AnalysisEntry(exposures.id(), exposures.type(),
                exposures.data(), exposures.configuration(), seeds, exposures.result(), false);

        ProjectFileException thrown = assertThrows(ProjectFileException.class,
                () -> ProjectRunner.run(broken, saved, ProgressSink.NONE,
                        CancellationToken.NEVER));

        assertTrue(thrown.getMessage().contains("'draws'"), thrown.getMessage());
    }
}
