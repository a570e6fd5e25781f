package org.causalworkbench.app.view;

import java.io.File;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.importer.ImportWizard;
import org.causalworkbench.app.importer.ImportWizardViewModel;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.InterferenceWorkspace;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.project.RecoveryStore;
import org.causalworkbench.app.project.WorkspaceProject;
import org.causalworkbench.app.obsexp.ObsExpWorkspace;
import org.causalworkbench.app.shell.MemoryPreferences;
import org.causalworkbench.app.shell.Shortcut;
import org.causalworkbench.app.shell.Shortcuts;
import org.causalworkbench.app.shell.WindowShell;
import org.causalworkbench.app.synth.AnalysisPane;
import org.causalworkbench.app.synth.ResultsPane;
import org.causalworkbench.app.synth.SpilloverTabs;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.synth.robustness.RobustnessTabs;
import org.causalworkbench.app.theme.Theme;
import org.causalworkbench.app.theme.ThemeSetting;
import org.causalworkbench.app.theme.ThemeStylesheets;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.sample.SampleDatasets;
import org.controlsfx.control.StatusBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: menus, one tab per workspace and a status bar with the running task's
 * progress. The synthetic-control workspace has the analysis pane on the left and results and
 * data tabs on the right. The observational-plus-experimental workspace opens its teaching
 * example, and the interference workspace its household sample, the first time its tab is
 * selected. These starting loads are no edits, so they leave the project unmodified.
 *
 * <p>All workspaces record their edits on one {@link CommandStack}, the synthetic-control view
 * model's, which the Edit menu undoes and redoes and {@link #commands()} returns.
 */
public final class MainWindow {

    /** The window title. */
    public static final String TITLE = "Causal Workbench";

    private static final double PREFERRED_WIDTH = 1360;
    private static final double PREFERRED_HEIGHT = 860;

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final Shortcut UNDO = Shortcuts.get(Shortcuts.UNDO);
    private static final Shortcut REDO = Shortcuts.get(Shortcuts.REDO);

    private final Stage stage;
    private final SynthViewModel model;
    private final CommandStack commands;
    private final DataPane dataPane = new DataPane();
    private final StatusBar status = new StatusBar();
    private final RobustnessTabs robustness;
    private final ProjectMenu projects;
    private ImportSettings importSettings;
    private final ObsExpViewModel obsExpModel;
    private final InterferenceViewModel interferenceModel;
    private final WindowShell shell;
    private final TabPane workspaces;
    private final LabWorkspace labWorkspace;

    /**
     * Builds the window's scene on a stage, with an observational-plus-experimental view model
     * that runs on its own worker thread and updates the window through the FX thread. Every
     * workspace records its edits on the stack of {@code model}. User settings such as the zoom
     * level are kept in memory only.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     */
    public MainWindow(Stage stage, SynthViewModel model) {
        this(stage, model, obsExpModelFor(stage, model.commands()));
    }

    /**
     * Builds the window's scene on a stage, like {@link #MainWindow(Stage, SynthViewModel)},
     * storing user settings in a preferences node.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     * @param preferences the node that stores user settings such as the zoom level
     */
    public MainWindow(Stage stage, SynthViewModel model, Preferences preferences) {
        this(stage, model, obsExpModelFor(stage, model.commands()),
                interferenceModelFor(stage, model.commands()), preferences);
    }

    /**
     * Builds the window's scene on a stage. The interference workspace records its edits on the
     * stack of {@code model}.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     * @param obsExpModel the observational-plus-experimental view model
     */
    public MainWindow(Stage stage, SynthViewModel model, ObsExpViewModel obsExpModel) {
        this(stage, model, obsExpModel, interferenceModelFor(stage, model.commands()));
    }

    /**
     * Builds the window's scene on a stage. The Edit menu acts on the stack of {@code model};
     * pass view models built on the same stack, or their edits are not undoable from the menu.
     * User settings such as the zoom level are kept in memory only.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     * @param obsExpModel the observational-plus-experimental view model
     * @param interferenceModel the interference view model
     */
    public MainWindow(Stage stage, SynthViewModel model, ObsExpViewModel obsExpModel,
            InterferenceViewModel interferenceModel) {
        this(stage, model, obsExpModel, interferenceModel, new MemoryPreferences());
    }

    /**
     * Builds the window's scene on a stage.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     * @param obsExpModel the observational-plus-experimental view model
     * @param interferenceModel the interference view model
     * @param preferences the node that stores user settings such as the zoom level
     */
    public MainWindow(Stage stage, SynthViewModel model, ObsExpViewModel obsExpModel,
            InterferenceViewModel interferenceModel, Preferences preferences) {
        this.stage = stage;
        this.model = model;
        this.commands = model.commands();
        this.obsExpModel = obsExpModel;
        this.interferenceModel = interferenceModel;
        this.shell = new WindowShell(stage, preferences);

        TabPane tabs = new TabPane(new Tab("Results", new ResultsPane(model)),
                new Tab("Data", dataPane));
        tabs.getTabs().addAll(1, SpilloverTabs.create(model));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        robustness = new RobustnessTabs(stage, model);
        // Order of work: choose donors, screen them, bound the damage, then the other checks.
        tabs.getTabs().addAll(tabs.getTabs().size() - 1, robustness.tabs());
        ScrollPane analysis = new ScrollPane(new AnalysisPane(model));
        analysis.setFitToWidth(true);
        analysis.setFitToHeight(true);
        analysis.setMinWidth(250);
        SplitPane split = new SplitPane(analysis, tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(analysis, false);

        Tab synthTab = new Tab("Synthetic control", ZoomScroll.wrap(split));
        synthTab.setId("synthTab");
        ObsExpWorkspace obsExpWorkspace = new ObsExpWorkspace(obsExpModel);
        Tab obsExpTab = new Tab("Observational + experimental", ZoomScroll.wrap(obsExpWorkspace));
        obsExpTab.setId("obsExpTab");
        InterferenceWorkspace interferenceWorkspace = new InterferenceWorkspace(interferenceModel);
        Tab interferenceTab = new Tab("Interference", ZoomScroll.wrap(interferenceWorkspace));
        interferenceTab.setId("interferenceTab");
        LabWorkspace labWorkspace = new LabWorkspace(this::bindStatus);
        Tab labTab = labWorkspace.tab();
        TabPane workspaces = new TabPane(synthTab, obsExpTab, interferenceTab, labTab);
        workspaces.setId("workspaceTabs");
        workspaces.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        projects = new ProjectMenu(stage, workspaces, new WorkspaceProject(model, obsExpModel,
                interferenceModel, Clock.systemUTC()).withDebias(robustness.debias())
                .withChecks(robustness.checks()).withObsExpStudy(obsExpWorkspace.study())
                .withSpilloverStudy(robustness.study()).withGrasp(labWorkspace.grasp())
                .withLab(labWorkspace.recommender(), labWorkspace.treatments())
                .withClassical(interferenceWorkspace.classical()),
                RecoveryStore.forUser(), commands);
        projects.rememberLabPane(labWorkspace.panes());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> projects.close());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!projects.confirmDiscard("closing the window")) {
                e.consume();
            }
        });
        this.workspaces = workspaces;
        WorkspaceTasks.trackAll(shell, model, robustness, obsExpModel, obsExpWorkspace.study(),
                interferenceModel);
        labWorkspace.track(shell, commands);
        this.labWorkspace = labWorkspace;

        status.setId("statusBar");
        // A long message, such as what a save left out, is cut at the window's width.
        Tooltip fullStatus = new Tooltip();
        fullStatus.textProperty().bind(status.textProperty());
        fullStatus.setWrapText(true);
        fullStatus.setMaxWidth(640);
        status.setTooltip(fullStatus);
        bindStatus(model.statusProperty(), model.runningProperty(), model.progressProperty());
        workspaces.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == obsExpTab) {
                bindStatus(obsExpModel.statusProperty(), obsExpModel.runningProperty(),
                        obsExpModel.progressProperty());
                if (obsExpModel.datasetProperty().get() == null) {
                    obsExpModel.openStartingExample();
                }
            } else if (now == interferenceTab) {
                bindStatus(interferenceModel.statusProperty(), interferenceModel.runningProperty(),
                        interferenceModel.progressProperty());
                if (interferenceModel.dataProperty().get() == null) {
                    interferenceModel.commands().runUnrecorded(
                            () -> interferenceModel.load(SampleLoader.households()));
                    interferenceModel.run();
                }
            } else if (now == labTab) {
                labWorkspace.showStatus();
            } else {
                bindStatus(model.statusProperty(), model.runningProperty(),
                        model.progressProperty());
            }
        });

        BorderPane root = new BorderPane(workspaces);
        root.setTop(menus());
        root.setBottom(status);
        root.setRight(shell.drawer());
        status.getRightItems().add(shell.drawer().toggleButton());
        model.panelProperty().addListener((obs, old, now) -> dataPane.show(now));
        dataPane.show(model.panelProperty().get());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Stylesheets.WORKBENCH);
        ThemeStylesheets.follow(scene, Stylesheets.WORKBENCH_DARK_RESOURCE);
        // A menu item takes one accelerator, so the second redo shortcut goes to the scene.
        REDO.combinations().stream().skip(1).forEach(key ->
                scene.getAccelerators().put(key, commands::redo));
        shell.install(scene);
        stage.setScene(scene);
        // An asterisk marks edits since the last save or open, as most editors do.
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (commands.modifiedProperty().get() ? "*" : "")
                        + (projects.session().fileProperty().get() == null ? TITLE
                                : projects.session().title() + " - " + TITLE),
                projects.session().fileProperty(), commands.modifiedProperty()));
        Label projectStatus = new Label();
        projectStatus.setId("projectStatus");
        // A save or open message goes after a while, so it never describes an older state.
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(8));
        fade.setOnFinished(e -> projectStatus.setText(""));
        projects.session().statusProperty().addListener((obs, old, now) -> {
            projectStatus.setText(now);
            fade.playFromStart();
        });
        status.getRightItems().add(projectStatus);
    }

    /** Returns the undo history of every workspace of the window. */
    public CommandStack commands() {
        return commands;
    }

    /**
     * Creates the observational-plus-experimental view model with its own worker, which stops
     * when the window closes.
     */
    private static ObsExpViewModel obsExpModelFor(Stage stage, CommandStack commands) {
        ExecutorService worker = WorkbenchApplication.workerPool();
        ObsExpViewModel obsExp = new ObsExpViewModel(Platform::runLater, worker,
                ObsExpAnalysis::run, commands);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            obsExp.cancel();
            worker.shutdownNow();
        });
        return obsExp;
    }

    /**
     * Creates the interference view model with its own worker, which stops when the window
     * closes.
     */
    private static InterferenceViewModel interferenceModelFor(Stage stage,
            CommandStack commands) {
        ExecutorService worker = WorkbenchApplication.workerPool();
        InterferenceViewModel interference = new InterferenceViewModel(Platform::runLater,
                worker, InterferenceAnalysis::run, commands);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            interference.cancel();
            worker.shutdownNow();
        });
        return interference;
    }

    /** Shows the status and progress of the workspace on screen in the status bar. */
    private void bindStatus(ReadOnlyStringProperty text, ReadOnlyBooleanProperty running,
            ReadOnlyDoubleProperty progress) {
        status.textProperty().bind(text);
        status.progressProperty().bind(Bindings.when(running).then(progress).otherwise(0.0));
    }

    private MenuBar menus() {
        MenuItem open = shell.menuItem(Shortcuts.OPEN_CSV, "Open CSV...", this::chooseCsv);
        open.setId("openCsv");
        MenuItem sample = new MenuItem("Open sample panel");
        sample.setOnAction(e -> openSample());
        MenuItem quit = shell.menuItem(Shortcuts.QUIT, "Quit", () -> {
            if (projects.confirmDiscard("quitting")) {
                stage.close();
            }
        });
        Menu file = new Menu("File", null, open, sample, new SeparatorMenuItem());
        file.getItems().addAll(projects.fileItems());
        file.getItems().add(quit);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkTheme");
        dark.setSelected(ThemeSetting.current().get() == Theme.DARK);
        dark.setOnAction(e -> {
            ThemeSetting.current().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT);
            ThemeSetting.save();
        });
        Menu view = shell.viewMenu();
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        // Another window or a test may change the theme, so the tick is refreshed on opening.
        view.setOnShowing(e -> dark.setSelected(ThemeSetting.current().get() == Theme.DARK));

        MenuItem run = shell.menuItem(Shortcuts.RUN, "Run", this::runActiveWorkspace);
        // The LoRA inspector reads adapters that the user chooses; it has nothing to run.
        run.disableProperty().bind(labWorkspace.inspectorShown());
        Menu analysis = new Menu("Analysis", null, run,
                shell.menuItem(Shortcuts.CANCEL, "Cancel", this::cancelActiveWorkspace));
        Menu help = new Menu("Help", null, projects.examplesMenu());
        help.getItems().addAll(shell.helpItems());
        return new MenuBar(file, editMenu(), analysis, view, help);
    }

    /**
     * Offers recovery after a crash and starts autosaving. Call once, after the window is
     * shown; tests that build windows leave it out, so they never touch the user's recovery
     * folder.
     */
    public void startSession() {
        projects.startSession();
    }

    /**
     * Opens a project file, as File > Open project does.
     *
     * @param file the project file
     */
    public void openProject(java.nio.file.Path file) {
        projects.open(file);
    }

    /**
     * Saves the workspaces as a project, as File > Save project as does.
     *
     * @param file the target
     * @param done receives {@code null} on success or the failure, on the FX thread
     */
    public void saveProject(java.nio.file.Path file,
            java.util.function.Consumer<java.io.IOException> done) {
        projects.session().save(file, false, done);
    }

    /** Builds Edit with Undo and Redo items whose text names the entry they act on. */
    private Menu editMenu() {
        MenuItem undo = new MenuItem();
        undo.setId("undoItem");
        undo.textProperty().bind(Bindings.when(commands.canUndoProperty())
                .then(Bindings.concat("Undo ", commands.undoNameProperty())).otherwise("Undo"));
        undo.disableProperty().bind(commands.canUndoProperty().not());
        undo.setAccelerator(UNDO.primary());
        undo.setOnAction(e -> commands.undo());
        MenuItem redo = new MenuItem();
        redo.setId("redoItem");
        redo.textProperty().bind(Bindings.when(commands.canRedoProperty())
                .then(Bindings.concat("Redo ", commands.redoNameProperty())).otherwise("Redo"));
        redo.disableProperty().bind(commands.canRedoProperty().not());
        redo.setAccelerator(REDO.primary());
        redo.setOnAction(e -> commands.redo());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("editMenu");
        return edit;
    }

    /** Runs the analysis of the workspace on screen, if its inputs allow a run. */
    private void runActiveWorkspace() {
        String selected = workspaces.getSelectionModel().getSelectedItem().getId();
        if ("obsExpTab".equals(selected)) {
            if (obsExpModel.canRunBinding().get()) {
                obsExpModel.run();
            }
        } else if ("interferenceTab".equals(selected)) {
            if (interferenceModel.canRunBinding().get()) {
                interferenceModel.run();
            }
        } else if ("reprLabTab".equals(selected)) {
            labWorkspace.runSelected();
        } else if (model.canRunBinding().get()) {
            model.run();
        }
    }

    /** Cancels the running analysis of the workspace on screen. */
    private void cancelActiveWorkspace() {
        String selected = workspaces.getSelectionModel().getSelectedItem().getId();
        if ("obsExpTab".equals(selected)) {
            obsExpModel.cancel();
        } else if ("interferenceTab".equals(selected)) {
            interferenceModel.cancel();
        } else if ("reprLabTab".equals(selected)) {
            labWorkspace.cancelSelected();
        } else {
            model.cancel();
        }
    }

    /** Loads the embedded sample panel, proposes its treated unit and runs the analysis. */
    public void openSample() {
        var panel = SampleLoader.factorPanel();
        var sample = SampleDatasets.FACTOR_PANEL;
        try (var in = sample.open()) {
            projects.bridge().synthDataRead(sample.fileName(), in.readAllBytes(), panel);
        } catch (java.io.IOException unreadable) {
            LOG.warn("Cannot keep the sample's bytes for a project save: {}",
                    unreadable.getMessage());
        }
        model.loadPanel(panel, TreatmentProposal.of(panel), SampleLoader.factorPanelNote());
        model.run();
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a long-format CSV panel");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openCsv(file);
        }
    }

    /**
     * Detects how to read a CSV file and shows the import wizard; errors appear in a dialog.
     *
     * @param file the file
     */
    public void openCsv(File file) {
        ImportWizardViewModel wizard;
        try {
            wizard = ImportWizardViewModel.detect(file.toPath());
        } catch (DataFormatException invalid) {
            LOG.warn("Cannot open {}: {}", file, invalid.getMessage());
            showError("Cannot open " + file.getName(), invalid.getMessage());
            return;
        }
        Optional<ImportWizardViewModel.Imported> imported =
                new ImportWizard(stage, wizard).showAndWait();
        imported.ifPresent(result -> {
            try {
                projects.bridge().synthDataRead(file.getName(),
                        java.nio.file.Files.readAllBytes(file.toPath()), result.settings(),
                        result.panel());
            } catch (java.io.IOException unreadable) {
                LOG.warn("Cannot keep the bytes of {} for a project save: {}", file,
                        unreadable.getMessage());
            }
            LOG.info("Opened {} with {} units and {} periods", file,
                    result.panel().unitCount(), result.panel().timeCount());
            importSettings = result.settings();
            model.loadPanel(result.panel(), result.proposal());
            robustness.useSourceTable(result.panel(), result.table());
        });
    }

    /**
     * Returns the settings the last imported CSV file was read with, for a project file.
     *
     * @return the settings, or empty before a file was imported
     */
    public Optional<ImportSettings> importSettings() {
        return Optional.ofNullable(importSettings);
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    /** Returns the Representation lab workspace, for tests of its menu actions. */
    LabWorkspace labWorkspace() {
        return labWorkspace;
    }

    /** Returns the window's shell, for tests of the tasks it tracks. */
    WindowShell shell() {
        return shell;
    }
}
