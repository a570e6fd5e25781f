package org.causalworkbench.app.view;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.project.DataSource;
import org.causalworkbench.app.project.ProjectDocument;
import org.causalworkbench.app.project.ProjectFileException;
import org.causalworkbench.app.project.ProjectFiles;
import org.causalworkbench.app.project.ProjectKind;
import org.causalworkbench.app.project.ProjectSession;
import org.causalworkbench.app.project.RecoveryStore;
import org.causalworkbench.app.project.WorkspaceProject;
import org.causalworkbench.app.shell.Shortcuts;
import org.causalworkbench.sample.SampleProjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project commands of the main window: open, save, save as template, new from template,
 * the examples menu, recovery after a crash and the autosave timer. The logic lives in
 * {@link ProjectSession}, and this class shows the dialogs.
 */
final class ProjectMenu {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectMenu.class);
    private static final Duration AUTOSAVE_INTERVAL = Duration.seconds(60);

    private final Stage stage;
    private final TabPane workspaces;
    private final WorkspaceProject bridge;
    private final RecoveryStore recovery;
    private final ProjectSession session;
    private Timeline autosave;
    private TabPane labPanes;

    ProjectMenu(Stage stage, TabPane workspaces, WorkspaceProject bridge,
            RecoveryStore recovery, CommandStack commands) {
        this.stage = stage;
        this.workspaces = workspaces;
        this.bridge = bridge;
        this.recovery = recovery;
        this.session = new ProjectSession(bridge, recovery, Platform::runLater, this::layout,
                Clock.systemUTC(), commands);
    }

    ProjectSession session() {
        return session;
    }

    /**
     * Stores the selected pane of the Representation lab in each project's layout and selects
     * it again on opening, so a GRASP project opens on the GRASP pane.
     */
    void rememberLabPane(TabPane panes) {
        this.labPanes = panes;
    }

    WorkspaceProject bridge() {
        return bridge;
    }

    /** Returns the File menu entries, in menu order. */
    List<MenuItem> fileItems() {
        MenuItem open = item("openProject", "Open project...",
                Shortcuts.get(Shortcuts.OPEN_PROJECT).primary(), this::chooseProject);
        MenuItem template = item("newFromTemplate", "New from template...", null,
                this::chooseTemplate);
        MenuItem save = item("saveProject", "Save project",
                Shortcuts.get(Shortcuts.SAVE_PROJECT).primary(), () -> save());
        MenuItem saveAs = item("saveProjectAs", "Save project as...",
                Shortcuts.get(Shortcuts.SAVE_PROJECT_AS).primary(), () -> saveAs(false));
        MenuItem saveTemplate = item("saveTemplate", "Save as template...", null,
                () -> saveAs(true));
        MenuItem report = item("exportReport", "Export report (HTML)...", null,
                this::exportReport);
        return List.of(open, template, new SeparatorMenuItem(), save, saveAs, saveTemplate,
                report, new SeparatorMenuItem());
    }

    /** Returns Help > Examples, one entry per shipped sample project. */
    Menu examplesMenu() {
        Menu examples = new Menu("Examples");
        examples.setId("examplesMenu");
        for (SampleProjects.SampleProject sample : SampleProjects.ALL) {
            MenuItem entry = new MenuItem(sample.title());
            entry.setOnAction(e -> openExample(sample));
            examples.getItems().add(entry);
        }
        return examples;
    }

    private static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Offers to recover the autosave of a session that crashed, claims the recovery folder and
     * starts the autosave timer. Call once, when the window opens.
     */
    void startSession() {
        Optional<RecoveryStore.Recoverable> pending = recovery.pending();
        try {
            recovery.sessionStarted();
        } catch (IOException unwritable) {
            LOG.warn("Autosave is off: cannot write the recovery folder: {}",
                    unwritable.getMessage());
            return;
        }
        pending.ifPresent(this::offerRecovery);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> session.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    private void offerRecovery(RecoveryStore.Recoverable recoverable) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The workbench did not close"
                + " normally last time. An autosave from " + recoverable.saved()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (UTC) contains the work"
                + " on screen then. Recover it? Choose Cancel to discard"
                + " it.", ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Recover unsaved work?");
        boolean recover = ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
        if (!recover) {
            discardAutosave();
            return;
        }
        // The autosave stays until the recovered work is saved or the user quits without it.
        session.read(recoverable.file(), project -> {
            try {
                session.recover(project);
                applyLayout(project.layout());
            } catch (IllegalArgumentException | IllegalStateException invalid) {
                showError("Cannot recover the autosave", invalid.getMessage());
            }
        }, message -> showError("Cannot recover the autosave", message));
    }

    private void discardAutosave() {
        try {
            recovery.discard();
        } catch (IOException failed) {
            LOG.warn("Cannot delete the autosave: {}", failed.getMessage());
        }
    }

    /** Waits for a save in progress and clears the recovery folder. */
    void close() {
        if (autosave != null) {
            autosave.stop();
        }
        session.close();
    }

    private ObjectNode layout() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Tab selected = workspaces.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getId() != null) {
            node.put("workspace", selected.getId());
        }
        Tab labPane = labPanes == null ? null : labPanes.getSelectionModel().getSelectedItem();
        if (labPane != null && labPane.getId() != null) {
            node.put("labPane", labPane.getId());
        }
        node.put("width", stage.getWidth());
        node.put("height", stage.getHeight());
        return node;
    }

    private void applyLayout(ObjectNode node) {
        String id = node.path("workspace").asText("");
        workspaces.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> workspaces.getSelectionModel().select(tab));
        String pane = node.path("labPane").asText("");
        if (labPanes != null) {
            labPanes.getTabs().stream().filter(tab -> pane.equals(tab.getId())).findFirst()
                    .ifPresent(tab -> labPanes.getSelectionModel().select(tab));
        }
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Causal Workbench projects", "*"
                        + ProjectFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /**
     * Asks what to do with unsaved edits before they would be replaced or dropped: save them,
     * discard them or cancel.
     *
     * @param action what is about to happen, such as "opening another project"
     * @return whether to go ahead
     */
    boolean confirmDiscard(String action) {
        if (!session.isModified()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save");
        ButtonType discard = new ButtonType("Don't save");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The project has changes that are"
                + " not saved. Save them before " + action + "?", saveButton, discard,
                ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setHeaderText("Save changes to " + session.title() + "?");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == saveButton) {
            // Saves run on the project thread, which reads or closes only after them.
            return save();
        }
        return true;
    }

    private void chooseProject() {
        if (!confirmDiscard("opening another project")) {
            return;
        }
        File file = projectChooser("Open a project").showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Opens a project file. A template needs its data chosen, and a referenced data file that
     * is missing or changed is looked for with the user's help.
     *
     * @param file the project file
     */
    void open(Path file) {
        session.read(file, project -> {
            if (project.kind() == ProjectKind.TEMPLATE) {
                startTemplate(project);
                return;
            }
            Optional<ProjectDocument> located = locateMissingData(project, file);
            located.ifPresent(complete -> restore(complete, file));
        }, message -> showError("Cannot open " + file.getFileName(), message));
    }

    private void restore(ProjectDocument project, Path file) {
        try {
            session.check(project, file);
        } catch (ProjectFileException invalid) {
            LOG.warn("Cannot open the project: {}", invalid.getMessage());
            showError("Cannot open " + file.getFileName(), invalid.getMessage()
                    + " Nothing in the window was changed.");
            return;
        }
        try {
            session.restore(project, file);
            applyLayout(project.layout());
        } catch (IllegalArgumentException | IllegalStateException | ProjectFileException invalid) {
            LOG.warn("Cannot restore the project: {}", invalid.getMessage());
            showError("Cannot open " + file.getFileName(), invalid.getMessage() + " The"
                    + " workspaces may show part of it; the window is now an unsaved, untitled"
                    + " project, so saving asks for a new file name.");
        }
    }

    private Optional<ProjectDocument> locateMissingData(ProjectDocument project, Path file) {
        ProjectDocument current = project;
        for (DataSource missing : project.unavailableData()) {
            Alert ask = new Alert(Alert.AlertType.WARNING, "The project reads " + missing.name()
                    + " from '" + missing.reference() + "' next to " + file.getFileName()
                    + ", but that file is missing or has changed since the save (SHA-256 "
                    + missing.sha256() + "). Locate the original file to continue.",
                    ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.setHeaderText("Data file not found");
            if (ask.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
                return Optional.empty();
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Locate " + missing.name());
            File chosen = chooser.showOpenDialog(stage);
            if (chosen == null) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(chosen.toPath());
            } catch (IOException unreadable) {
                showError("Cannot read " + chosen.getName(), unreadable.getMessage());
                return Optional.empty();
            }
            if (!DataSource.sha256(bytes).equals(missing.sha256())) {
                showError("Not the same data", chosen.getName() + " has SHA-256 "
                        + DataSource.sha256(bytes) + ", but the project was saved with "
                        + missing.sha256() + ". The results would not be those of the saved"
                        + " project, so it was not opened. Locate the original file.");
                return Optional.empty();
            }
            // A file inside the project's folder stays referenced; one elsewhere is embedded,
            // since references may not leave the project's folder.
            Path folder = file.toAbsolutePath().getParent();
            Path chosenPath = chosen.toPath().toAbsolutePath().normalize();
            String reference = chosenPath.startsWith(folder)
                    ? folder.relativize(chosenPath).toString() : null;
            current = current.withSource(new DataSource(missing.id(), missing.name(),
                    missing.mediaType(), reference, missing.sha256(), bytes));
        }
        return Optional.of(current);
    }

    private void chooseTemplate() {
        if (!confirmDiscard("starting from a template")) {
            return;
        }
        File file = projectChooser("Open a template").showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    private void startTemplate(ProjectDocument template) {
        boolean needsPanel = template.analyses().stream().anyMatch(a -> a.type()
                == org.causalworkbench.app.project.AnalysisType.SYNTHETIC_CONTROL);
        DataSource panel = null;
        if (needsPanel) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the panel CSV for the template " + template.title());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files",
                    "*.csv", "*.CSV"));
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                try {
                    panel = DataSource.embedded("chosen", chosen.getName(), "text/csv",
                            Files.readAllBytes(chosen.toPath()));
                } catch (IOException unreadable) {
                    showError("Cannot read " + chosen.getName(), unreadable.getMessage());
                    return;
                }
            }
        }
        try {
            List<String> applied = session.startFromTemplate(template, panel);
            applyLayout(template.layout());
            if (applied.isEmpty()) {
                showError("Nothing to apply", "The template's analyses need data: open a CSV"
                        + " for the synthetic control, or load data into the other"
                        + " workspaces, then choose the template again.");
            }
        } catch (IllegalArgumentException invalid) {
            showError("The data do not fit the template", invalid.getMessage());
        }
    }

    /** Saves to the project's file, asking for one the first time; false if the user cancels. */
    private boolean save() {
        Path current = session.fileProperty().get();
        if (current == null) {
            return saveAs(false);
        }
        session.save(current, false, this::reportSaveFailure);
        return true;
    }

    private boolean saveAs(boolean template) {
        FileChooser chooser = projectChooser(template ? "Save as template" : "Save project");
        chooser.setInitialFileName(session.title() + (template ? "-template" : "")
                + ProjectFiles.EXTENSION);
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return false;
        }
        Path target = file.toPath();
        if (!target.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
            target = target.resolveSibling(target.getFileName() + ProjectFiles.EXTENSION);
        }
        session.save(target, template, this::reportSaveFailure);
        return true;
    }

    private void reportSaveFailure(IOException failure) {
        if (failure != null) {
            showError("The project was not saved", failure.getMessage() + ". The previous file,"
                    + " if any, is unchanged; choose another folder.");
        }
    }

    private void exportReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        chooser.setInitialFileName(session.title() + "-report.html");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            session.exportReport(file.toPath(), this::reportSaveFailure);
        }
    }

    private void openExample(SampleProjects.SampleProject sample) {
        if (!confirmDiscard("opening the example")) {
            return;
        }
        Path copy;
        try (InputStream in = sample.open()) {
            copy = Files.createTempFile("example-", ProjectFiles.EXTENSION);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | IllegalStateException failed) {
            showError("Cannot open the example", failed.getMessage());
            return;
        }
        session.read(copy, project -> restore(project, null),
                message -> showError("Cannot open the example", message));
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
