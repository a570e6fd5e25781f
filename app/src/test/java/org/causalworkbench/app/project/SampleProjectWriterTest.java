package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.causalworkbench.app.obsexp.TeachingExample;
import org.causalworkbench.app.repr.GraspViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.sample.SampleDatasets;
import org.causalworkbench.sample.SampleProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample projects of the sample-data module through the workspaces, as a user would
 * save them. It runs only on request:
 * {@code mvn -pl app -am test -Dtest=SampleProjectWriterTest -DwriteSampleProjects=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, from the repository root.
 */
@EnabledIfSystemProperty(named = "writeSampleProjects", matches = "true")
class SampleProjectWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"),
            ZoneOffset.UTC);
    private static final Path TARGET = Path.of("..", "sample-data", "src", "main", "resources",
            "org", "causalworkbench", "sample", "projects");

    private final UiQueue ui = new UiQueue();

    private interface Loader {
        void load(SynthViewModel synth, ObsExpViewModel obsExp,
                InterferenceViewModel interference, WorkspaceProject project) throws Exception;
    }

    private GraspViewModel grasp;

    private void write(SampleProjects.SampleProject sample, String workspace, Loader loader)
            throws Exception {
        ExecutorService worker = WorkbenchApplication.workerPool();
        try {
            SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
            ObsExpViewModel obsExp = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run);
            InterferenceViewModel interference = new InterferenceViewModel(ui, worker,
                    InterferenceAnalysis::run);
            WorkspaceProject project = new WorkspaceProject(synth, obsExp, interference, CLOCK);
            grasp = null;
            loader.load(synth, obsExp, interference, project);
            ui.runUntil(() -> !synth.runningProperty().get() && !obsExp.runningProperty().get()
                    && !interference.runningProperty().get()
                    && !synth.spillover().screenRunningProperty().get()
                    && (grasp == null || !grasp.runningProperty().get()), 120_000);
            ObjectNode layout = JsonValues.MAPPER.createObjectNode().put("workspace", workspace);
            if (grasp != null) {
                layout.put("labPane", "graspTab");
            }
            ProjectDocument document = project.capture(sample.title(), layout);
            for (AnalysisEntry entry : document.analyses()) {
                if (entry.ranWhenSaved()) {
                    assertNotNull(entry.result(), entry.id());
                }
            }
            Files.createDirectories(TARGET);
            ProjectFiles.save(document, TARGET.resolve(sample.fileName()), null);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void writeSampleProjects() throws Exception {
        write(SampleProjects.SYNTHETIC_CONTROL, "synthTab", (synth, obsExp, interference, p) -> {
            var panel = SampleLoader.factorPanel();
            var data = SampleDatasets.FACTOR_PANEL;
            try (var in = data.open()) {
                p.synthDataRead(data.fileName(), in.readAllBytes(), panel);
            }
            synth.loadPanel(panel, TreatmentProposal.of(panel), SampleLoader.factorPanelNote());
            synth.placeboProperty().set(true);
            synth.run();
            synth.spillover().runScreen();
        });
        write(SampleProjects.OBS_EXP, "obsExpTab", (synth, obsExp, interference, p) -> {
            obsExp.load(TeachingExample.generate());
            obsExp.run();
        });
        write(SampleProjects.HOUSEHOLDS, "interferenceTab", (synth, obsExp, interference, p) -> {
            interference.load(SampleLoader.households());
            interference.replicatesProperty().set(200);
            interference.run();
        });
        write(SampleProjects.GRAPH, "interferenceTab", (synth, obsExp, interference, p) -> {
            interference.loadGraphExample();
        });
        write(SampleProjects.GRASP, "reprLabTab", (synth, obsExp, interference, p) -> {
            grasp = new GraspViewModel(ui, Runnable::run);
            p.withGrasp(grasp);
            grasp.run();
        });
    }
}
