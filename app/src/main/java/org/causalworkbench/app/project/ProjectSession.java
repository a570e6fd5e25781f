package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.report.ProjectReport;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open project of a window: saving and opening on one background thread, autosave to the
 * recovery folder, and a wait for a save in progress when the window closes. Captures happen on
 * the UI thread, because they read the workspaces. Writing happens on the project thread, so a
 * large embedded file does not freeze the window.
 */
public final class ProjectSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);
    /** The layout field of an autosave that names the project file it belongs to. */
    static final String PROJECT_FILE = "projectFile";
    /** How long closing waits for a save in progress. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final WorkspaceProject workspaces;
    private final RecoveryStore recovery;
    private final Executor uiExecutor;
    private final Supplier<ObjectNode> layout;
    private final Clock clock;
    private final CommandStack commands;
    private final ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "project-io");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * Creates a session.
     *
     * @param workspaces the bridge to the workspaces
     * @param recovery the recovery folder
     * @param uiExecutor runs tasks on the UI thread
     * @param layout returns the window layout to store
     * @param clock the clock of save times
     * @param commands the window's undo stack: opening a project clears it and a save marks
     *     it saved
     */
    public ProjectSession(WorkspaceProject workspaces, RecoveryStore recovery,
            Executor uiExecutor, Supplier<ObjectNode> layout, Clock clock,
            CommandStack commands) {
        this.workspaces = workspaces;
        this.recovery = recovery;
        this.uiExecutor = uiExecutor;
        this.layout = layout;
        this.clock = clock;
        this.commands = commands;
    }

    /** Returns the project file, or {@code null} before the first save. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Returns the last save, open or autosave message, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the project title: the file name without extension, or "Untitled". */
    public String title() {
        Path current = file.get();
        if (current == null) {
            return "Untitled";
        }
        String name = current.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION)
                ? name.substring(0, name.length() - ProjectFiles.EXTENSION.length()) : name;
    }

    /**
     * Saves the workspaces as a project, with an HTML copy of their results. Call on the UI
     * thread; the file is written on the project thread.
     *
     * @param target the file
     * @param template whether to save a template without data and results
     * @param done receives {@code null} on success or the failure, on the UI thread
     */
    public void save(Path target, boolean template, Consumer<IOException> done) {
        String name = target.getFileName().toString();
        String projectTitle = name.endsWith(ProjectFiles.EXTENSION)
                ? name.substring(0, name.length() - ProjectFiles.EXTENSION.length()) : name;
        WorkspaceProject.Captured captured = workspaces.captureWithOutcomes(projectTitle,
                layout.get());
        String leftOut = workspaces.notSaved();
        status.set("Saving " + name + "...");
        io.execute(() -> {
            try {
                if (template) {
                    ProjectFiles.save(captured.document().asTemplate(), target, null);
                } else {
                    String html = ProjectReport.html(captured.document(), name, captured.shown(),
                            clock);
                    ProjectFiles.save(captured.document(), target, html);
                }
                LOG.info("Saved {} {}", template ? "the template" : "the project", target);
                if (!template) {
                    // The saved file is now newer than any autosave, which would only
                    // offer stale work after a crash.
                    discardAutosave();
                }
                uiExecutor.execute(() -> {
                    if (!template) {
                        file.set(target);
                        commands.markSaved();
                    }
                    status.set(("Saved " + name + ". " + leftOut).strip());
                    done.accept(null);
                });
            } catch (IOException failed) {
                LOG.warn("Saving {} failed: {}", target, failed.getMessage());
                uiExecutor.execute(() -> {
                    status.set("Not saved: " + failed.getMessage());
                    done.accept(failed);
                });
            } catch (RuntimeException unexpected) {
                LOG.error("Saving {} failed unexpectedly", target, unexpected);
                IOException wrapped = new IOException("saving failed unexpectedly ("
                        + unexpected + ")", unexpected);
                uiExecutor.execute(() -> {
                    status.set("Not saved: " + wrapped.getMessage());
                    done.accept(wrapped);
                });
            }
        });
    }

    /**
     * Writes the HTML report of the results on screen. Call on the UI thread.
     *
     * @param target the HTML file
     * @param done receives {@code null} on success or the failure, on the UI thread
     */
    public void exportReport(Path target, Consumer<IOException> done) {
        WorkspaceProject.Captured captured = workspaces.captureWithOutcomes(title(),
                layout.get());
        io.execute(() -> {
            try {
                String html = ProjectReport.html(captured.document(), title(), captured.shown(),
                        clock);
                AtomicFiles.write(target, html.getBytes(StandardCharsets.UTF_8));
                uiExecutor.execute(() -> {
                    status.set("Wrote the report " + target.getFileName() + ".");
                    done.accept(null);
                });
            } catch (IOException failed) {
                LOG.warn("Writing the report {} failed: {}", target, failed.getMessage());
                uiExecutor.execute(() -> done.accept(failed));
            }
        });
    }

    /**
     * Reads a project file on the project thread.
     *
     * @param source the file
     * @param opened receives the project on the UI thread
     * @param failed receives the reason on the UI thread
     */
    public void read(Path source, Consumer<ProjectDocument> opened, Consumer<String> failed) {
        status.set("Opening " + source.getFileName() + "...");
        io.execute(() -> {
            try {
                ProjectDocument project = ProjectFiles.open(source);
                uiExecutor.execute(() -> opened.accept(project));
            } catch (ProjectFileException invalid) {
                LOG.warn("Cannot open {}: {}", source, invalid.getMessage());
                uiExecutor.execute(() -> {
                    status.set("Not opened: " + source.getFileName());
                    failed.accept(invalid.getMessage());
                });
            } catch (RuntimeException unexpected) {
                LOG.error("Opening {} failed unexpectedly", source, unexpected);
                uiExecutor.execute(() -> {
                    status.set("Not opened: " + source.getFileName());
                    failed.accept("Opening failed unexpectedly (" + unexpected
                            + "). Please report this with the file.");
                });
            }
        });
    }

    /**
     * Checks the settings of {@code project} that need no data, leaving the workspaces, the
     * project file and the modified state as they are. On failure the status line reports
     * that the project was not opened.
     *
     * @throws ProjectFileException naming the analysis and its first invalid setting
     */
    public void check(ProjectDocument project, Path source) {
        try {
            WorkspaceProject.check(project);
        } catch (RuntimeException invalid) {
            status.set("Not opened: " + (source == null ? project.title()
                    : source.getFileName()));
            throw invalid;
        }
    }

    /**
     * Loads an opened project into the workspaces and makes it the session's project.
     *
     * @param project the project, every data file at hand
     * @param source the file it came from, or {@code null} for a copy that must be saved
     *     elsewhere, such as a shipped example or a recovered autosave
     */
    public void restore(ProjectDocument project, Path source) {
        LOG.info("Restoring {} with {} analyses", source == null ? project.title() : source,
                project.analyses().size());
        // Opening is not an edit: the restored settings are the starting state of the stack.
        try {
            commands.runUnrecorded(() -> workspaces.restore(project));
        } catch (RuntimeException invalid) {
            // Some workspaces may already hold the new project's data, so a plain save must not
            // write this mixture over the file that was open before.
            file.set(null);
            commands.markUnsaved();
            status.set("Not opened: " + (source == null ? project.title()
                    : source.getFileName()));
            throw invalid;
        }
        commands.clear();
        file.set(source);
        status.set("Opened " + (source == null ? project.title() : source.getFileName())
                + "; the analyses are running again.");
    }

    /**
     * Loads recovered work: like {@link #restore}, back on the project file it belonged to if
     * that still exists, but marked unsaved, so the title shows it and quitting offers to save
     * the work first.
     *
     * @param project the autosaved project
     */
    public void recover(ProjectDocument project) {
        String saved = project.layout().path(PROJECT_FILE).asText("");
        Path original = saved.isEmpty() ? null : Path.of(saved);
        restore(project, original != null && java.nio.file.Files.isRegularFile(original)
                ? original : null);
        commands.markUnsaved();
        status.set("Recovered unsaved work from the autosave; save it to keep it.");
    }

    /** Returns whether there are edits since the last save or open. */
    public boolean isModified() {
        return commands.modifiedProperty().get();
    }

    /**
     * Starts a project from a template.
     *
     * @param template the template
     * @param synthCsv the CSV for its synthetic-control analysis, or {@code null}
     * @return the analyses applied
     */
    public List<String> startFromTemplate(ProjectDocument template, DataSource synthCsv) {
        List<String> applied = new java.util.ArrayList<>();
        commands.runUnrecorded(() -> applied.addAll(workspaces.startFromTemplate(template,
                synthCsv)));
        commands.clear();
        // The new project exists only in memory until it is saved.
        commands.markUnsaved();
        file.set(null);
        status.set("Started from the template " + template.title() + ".");
        return applied;
    }

    /** Writes an autosave of the workspaces. Call on the UI thread. */
    public void autosave() {
        if (!commands.modifiedProperty().get()) {
            // Nothing to lose: the project on disk, if any, has every edit.
            return;
        }
        ObjectNode layoutWithFile = layout.get();
        if (file.get() != null) {
            layoutWithFile.put(PROJECT_FILE, file.get().toAbsolutePath().toString());
        }
        ProjectDocument project = workspaces.capture(title(), layoutWithFile);
        if (project.analyses().isEmpty()) {
            return;
        }
        io.execute(() -> {
            try {
                recovery.autosave(project);
            } catch (IOException failed) {
                LOG.warn("Autosave failed: {}", failed.getMessage());
            }
        });
    }

    private void discardAutosave() {
        try {
            recovery.discard();
        } catch (IOException failed) {
            LOG.warn("Cannot delete the autosave after a save: {}", failed.getMessage());
        }
    }

    /**
     * Ends the session: waits for a save in progress, then removes the autosave and the lock.
     * When edits are still unsaved, because the user chose to quit without saving, the autosave
     * goes as well; the caller asks before that.
     */
    public void close() {
        io.shutdown();
        try {
            if (!io.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.error("A save did not finish within {} s; the autosave is kept for"
                        + " recovery", CLOSE_WAIT_SECONDS);
                return;
            }
            recovery.cleanExit();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (IOException failed) {
            LOG.warn("Cannot clean the recovery folder: {}", failed.getMessage());
        }
    }
}
