package org.causalworkbench.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.causalworkbench.app.project.AnalysisEntry;
import org.causalworkbench.app.project.DataSource;
import org.causalworkbench.app.project.ProjectDocument;
import org.causalworkbench.app.project.ProjectFileException;
import org.causalworkbench.app.project.ProjectFiles;
import org.causalworkbench.app.project.ProjectKind;
import org.causalworkbench.app.project.ProjectRunner;
import org.causalworkbench.app.project.WorkspaceProject;
import org.causalworkbench.app.report.ProjectReport;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * The {@code report} command: opens a project, re-runs every analysis without a window through
 * the code the workspaces use, and writes the HTML report.
 */
final class ReportCommand {

    static final String USAGE = "usage: causal-workbench report PROJECT.cwproj [--out FILE.html]";
    static final String OPTIONS = """
              PROJECT        a project file saved by the workbench
              --out FILE     write the HTML report to FILE instead of standard output
            Exit codes: 0 success, 2 error, 3 a re-run differs from a result stored in the
            project (results saved as out of date with their settings are not compared).""";

    /** The report and the analyses whose new result differs from the stored one. */
    record Output(String html, List<String> mismatches, Path out) {
    }

    private ReportCommand() {
    }

    static Output run(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("missing the project file; " + USAGE);
        }
        Path project = Path.of(args.get(0));
        Options options = Options.parse(args.subList(1, args.size()), Set.of("--out"),
                Set.of(), USAGE);
        Path out = options.get("--out").map(Path::of).orElse(null);
        if (out != null && sameFile(out, project)) {
            throw new IllegalArgumentException("--out names the project file " + project
                    + "; writing there would destroy it, so choose another file");
        }

        ProjectDocument document = open(project);
        try {
            // The same check as the window's, so report and window accept the same files.
            WorkspaceProject.check(document);
        } catch (ProjectFileException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
        if (out != null) {
            rejectOutputOnData(out, project, document);
        }
        for (DataSource missing : document.unavailableData()) {
            throw new IllegalArgumentException("the data file " + missing.name()
                    + " referenced as '" + missing.reference() + "' is missing or no longer"
                    + " matches its SHA-256 " + missing.sha256() + "; put the original file"
                    + " next to " + project.getFileName());
        }

        List<ProjectRunner.Rerun> reruns = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (var entry : document.analyses()) {
            if (!ranInWindow(entry, document)) {
                // There is nothing to reproduce.
                continue;
            }
            ProjectRunner.Rerun rerun = rerun(entry, document);
            reruns.add(rerun);
            // A stale result belongs to older settings, so a difference shows nothing about
            // reproducibility.
            if (!entry.stale()) {
                rerun.firstDifference().ifPresent(at -> mismatches.add(entry.id() + " (" + at
                        + ")"));
            }
        }
        String html = ProjectReport.html(document, String.valueOf(project.getFileName()),
                reruns, Clock.systemUTC());
        return new Output(html, mismatches, out);
    }

    /** Opens a saved project, rejecting damaged files and templates. */
    private static ProjectDocument open(Path project) {
        ProjectDocument document;
        try {
            document = ProjectFiles.open(project);
        } catch (ProjectFileException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
        if (document.kind() == ProjectKind.TEMPLATE) {
            throw new IllegalArgumentException(project.getFileName() + " is a template without"
                    + " data; open it in the workbench with File > New from template, save the"
                    + " project, then run report on that file");
        }
        return document;
    }

    private static void rejectOutputOnData(Path out, Path project, ProjectDocument document) {
        Path folder = project.toAbsolutePath().getParent();
        for (DataSource source : document.data()) {
            if (!source.isEmbedded() && sameFile(out, folder.resolve(source.reference()))) {
                throw new IllegalArgumentException("--out names the data file "
                        + source.reference() + " that the project reads; writing there would"
                        + " destroy it, so choose another file");
            }
        }
    }

    private static boolean sameFile(Path first, Path second) {
        return Options.normalized(first.toString()).equals(Options.normalized(second.toString()));
    }

    private static boolean ranInWindow(AnalysisEntry entry, ProjectDocument document) {
        try {
            return entry.ranInWindow();
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("the analysis '" + entry.id() + "' of "
                    + document.title() + " has invalid settings: " + invalid.getMessage()
                    + "; the file was damaged or edited by hand", invalid);
        }
    }

    private static ProjectRunner.Rerun rerun(AnalysisEntry entry, ProjectDocument document) {
        try {
            return ProjectRunner.run(entry, document, ProgressSink.NONE, CancellationToken.NEVER);
        } catch (ProjectFileException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
    }
}
