package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.cli.CommandLine;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.sample.SampleProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every shipped sample project in the workspaces and with the {@code report} command, and
 * checks that both give exactly the results stored in the file.
 */
class SampleProjectsTest {

    private static final Pattern RESULT = Pattern.compile(
            "<script type=\"application/json\" class=\"result\" data-analysis=\"([^\"]+)\">"
                    + "(.*?)</script>", Pattern.DOTALL);

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    static java.util.List<SampleProjects.SampleProject> samples() {
        return SampleProjects.ALL;
    }

    private Path copy(SampleProjects.SampleProject sample) throws Exception {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void workspacesReproduceStoredResults(SampleProjects.SampleProject sample) throws Exception {
        ProjectDocument project = ProjectFiles.open(copy(sample));
        assertFalse(project.analyses().isEmpty());
        SynthViewModel synth = new SynthViewModel(ui, worker, SynthAnalysis::run);
        ObsExpViewModel obsExp = new ObsExpViewModel(ui, worker, ObsExpAnalysis::run);
        InterferenceViewModel interference = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);

        var grasp = new org.causalworkbench.app.repr.GraspViewModel(ui, worker);
        ClassicalViewModel classical = new ClassicalViewModel(interference, ui, worker);
        new WorkspaceProject(synth, obsExp, interference, Clock.systemUTC()).withGrasp(grasp)
                .withClassical(classical).restore(project);
        ui.runUntil(() -> !synth.runningProperty().get() && !obsExp.runningProperty().get()
                && !interference.runningProperty().get()
                && !classical.aronowSamii().runningProperty().get()
                && !synth.spillover().screenRunningProperty().get()
                && !grasp.runningProperty().get(), 120_000);

        for (AnalysisEntry entry : project.analyses()) {
            if (entry.result() == null) {
                continue;
            }
            ObjectNode shown = switch (entry.type()) {
                case SYNTHETIC_CONTROL -> SynthControlCodec.result(synth.outcomeProperty().get());
                case DONOR_SCREEN -> DonorScreenCodec.result(
                        synth.spillover().screenResultProperty().get());
                case GRASP_EXPERIMENT -> GraspCodec.result(
                        grasp.resultConfigurationProperty().get(), grasp.resultProperty().get());
                case SPILLOVER_SENSITIVITY -> SensitivityCodec.result(
                        synth.spillover().sensitivityProperty().get());
                case DEBIASED_SYNTHETIC_CONTROL, ROBUSTNESS_CHECKS, OBS_EXP_SIMULATION_STUDY,
                        SPILLOVER_SIMULATION_STUDY, RECOMMENDER_SWEEP, STRUCTURED_TREATMENTS ->
                        throw new AssertionError("the sample projects hold no robustness fits,"
                                + " studies or recommender and treatment runs");
                case OBS_EXP -> ObsExpCodec.result(obsExp.outcomeProperty().get());
                case INTERFERENCE -> InterferenceCodec.result(
                        interference.outcomeProperty().get());
                case HUDGENS_HALLORAN -> HudgensHalloranCodec.result(
                        classical.hudgensHalloran().reportProperty().get());
                case ARONOW_SAMII -> AronowSamiiCodec.result(
                        classical.aronowSamii().reportProperty().get());
                case ALLOCATION_CURVES -> AllocationCurvesCodec.result(
                        classical.allocation().curves());
            };
            assertEquals(entry.result(), shown, sample.title() + ": " + entry.id());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reportCommandReproducesStoredResults(SampleProjects.SampleProject sample)
            throws Exception {
        Path file = copy(sample);
        Path html = folder.resolve("report.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLine.run(new String[] {"report", file.toString(), "--out",
            html.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(CommandLine.OK, code, err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(html);
        Map<String, ObjectNode> reported = new HashMap<>();
        Matcher matcher = RESULT.matcher(text);
        while (matcher.find()) {
            reported.put(matcher.group(1), JsonValues.object("report", matcher.group(1),
                    matcher.group(2).replace("<\\/", "</").getBytes(StandardCharsets.UTF_8)));
        }
        ProjectDocument project = ProjectFiles.open(file);
        for (AnalysisEntry entry : project.analyses()) {
            if (entry.result() == null) {
                continue;
            }
            assertNotNull(reported.get(entry.id()), entry.id());
            assertEquals(entry.result(), reported.get(entry.id()), entry.id());
        }
        for (var source : project.data()) {
            assertTrue(text.contains(source.sha256()), "provenance lacks " + source.name());
        }
        assertTrue(text.contains("<svg"), "the report has no inline chart");
        assertTrue(text.contains("reproduces the result stored in the project exactly"));
    }
}
