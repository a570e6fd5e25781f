package org.causalworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.app.project.AnalysisEntry;
import org.causalworkbench.app.project.ProjectDocument;
import org.causalworkbench.app.project.ProjectFiles;
import org.causalworkbench.sample.SampleProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command's exit codes and the files it refuses to write. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path example() throws Exception {
        Path file = folder.resolve("example.cwproj");
        try (InputStream in = SampleProjects.HOUSEHOLDS.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void projectSavedBeforeSteeringCurveStillReproduces() throws Exception {
        // Saved by the version before the GRASP result gained its steering curve.
        Path project = folder.resolve("grasp.cwproj");
        try (InputStream in = getClass().getResourceAsStream(
                "grasp-before-steering-curve.cwproj")) {
            Files.copy(in, project);
        }
        Path html = folder.resolve("grasp.html");

        int code = run("report", project.toString(), "--out", html.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(html);
        assertTrue(text.contains("reproduces the result stored"));
        assertTrue(text.contains("<td>Ablation (training)</td>"), "method names as in the panel");
        assertTrue(text.contains("<td>0.302</td>"), "role-play accuracy of the naive fine-tune");
    }

    @Test
    void outThroughSymlinkToProjectIsRejected() throws Exception {
        Path project = example();
        Path link = Files.createSymbolicLink(folder.resolve("link.cwproj"), project);
        byte[] before = Files.readAllBytes(project);

        int code = run("report", project.toString(), "--out", link.toString());

        assertEquals(CommandLine.ERROR, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("names the project file"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project)));
    }

    @Test
    void outThatIsAPipeIsRejected() throws Exception {
        Path project = example();
        Path pipe = folder.resolve("report.html");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0,
                "mkfifo is not available here");

        int code = run("report", project.toString(), "--out", pipe.toString());

        assertEquals(CommandLine.ERROR, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a regular file"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(pipe));
        assertTrue(!Files.isRegularFile(pipe));
    }

    @Test
    void staleStoredResultIsNotAFailedRerun() throws Exception {
        Path project = example();
        ProjectDocument document = ProjectFiles.open(project);
        AnalysisEntry entry = document.analyses().get(0);
        entry.configuration().put("trimming", 0.05);
        AnalysisEntry stale = new AnalysisEntry(entry.id(), entry.type(), entry.data(),
                entry.configuration(), entry.seeds(), entry.result(), true);
        Path edited = folder.resolve("stale.cwproj");
        ProjectFiles.save(document.withAnalyses(List.of(stale)), edited, null);
        Path html = folder.resolve("stale.html");

        int code = run("report", edited.toString(), "--out", html.toString());

        assertEquals(CommandLine.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(html).contains("predates the last change"));
    }

    @Test
    void wronglyTypedSettingIsNamed() throws Exception {
        Path project = example();
        ProjectDocument document = ProjectFiles.open(project);
        document.analyses().get(0).configuration().with("uncertainty")
                .put("replicates", "many");
        Path edited = folder.resolve("typed.cwproj");
        ProjectFiles.save(document, edited, null);

        int code = run("report", edited.toString());

        assertEquals(CommandLine.ERROR, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("'replicates' must be a whole number"), message);
        assertTrue(message.contains("interference"), message);
    }

    @Test
    void changedStoredResultExitsThree() throws Exception {
        Path project = example();
        ProjectDocument document = ProjectFiles.open(project);
        AnalysisEntry entry = document.analyses().get(0);
        entry.configuration().put("trimming", 0.05);
        Path edited = folder.resolve("edited.cwproj");
        ProjectFiles.save(document, edited, null);
        Path html = folder.resolve("edited.html");

        int code = run("report", edited.toString(), "--out", html.toString());

        assertEquals(CommandLine.RESULTS_DIFFER, code);
        assertTrue(Files.readString(html).contains("class=\"mismatch\""));
        String warning = err.toString(StandardCharsets.UTF_8);
        assertTrue(warning.contains(": stored "), "names the first differing value: " + warning);
        assertTrue(warning.contains(", re-run "), warning);
    }
}
