package org.causalworkbench.app.view;

import java.io.File;
import java.util.Locale;
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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.importer.ImportDialog;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.InterferenceWorkspace;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.ObsExpWorkspace;
import org.causalworkbench.app.shell.MemoryPreferences;
import org.causalworkbench.app.shell.Shortcuts;
import org.causalworkbench.app.shell.WindowShell;
import org.causalworkbench.app.synth.AnalysisPane;
import org.causalworkbench.app.synth.ResultsPane;
import org.causalworkbench.app.synth.SpilloverTabs;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.synth.robustness.RobustnessTabs;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
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
 * selected.
 */
public final class MainWindow {

    /** The window title. */
    public static final String TITLE = "Causal Workbench";

    private static final double PREFERRED_WIDTH = 1360;
    private static final double PREFERRED_HEIGHT = 860;

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Stage stage;
    private final SynthViewModel model;
    private final DataPane dataPane = new DataPane();
    private final StatusBar status = new StatusBar();
    private final RobustnessTabs robustness;
    private final ObsExpViewModel obsExpModel;
    private final InterferenceViewModel interferenceModel;
    private final WindowShell shell;
    private final TabPane workspaces;

    /**
     * Builds the window's scene on a stage, with an observational-plus-experimental view model
     * that runs on its own worker thread and updates the window through the FX thread. User
     * settings such as the zoom level are kept in memory only.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     */
    public MainWindow(Stage stage, SynthViewModel model) {
        this(stage, model, obsExpModelFor(stage));
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
        this(stage, model, obsExpModelFor(stage), interferenceModelFor(stage), preferences);
    }

    /**
     * Builds the window's scene on a stage.
     *
     * @param stage the stage
     * @param model the synthetic-control view model
     * @param obsExpModel the observational-plus-experimental view model
     */
    public MainWindow(Stage stage, SynthViewModel model, ObsExpViewModel obsExpModel) {
        this(stage, model, obsExpModel, interferenceModelFor(stage));
    }

    /**
     * Builds the window's scene on a stage. User settings such as the zoom level are kept in
     * memory only.
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

        Tab synthTab = new Tab("Synthetic control", split);
        synthTab.setId("synthTab");
        Tab obsExpTab = new Tab("Observational + experimental", new ObsExpWorkspace(obsExpModel));
        obsExpTab.setId("obsExpTab");
        Tab interferenceTab = new Tab("Interference",
                new InterferenceWorkspace(interferenceModel));
        interferenceTab.setId("interferenceTab");
        TabPane workspaces = new TabPane(synthTab, obsExpTab, interferenceTab);
        workspaces.setId("workspaceTabs");
        workspaces.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.workspaces = workspaces;
        WorkspaceTasks.trackAll(shell, model, robustness, obsExpModel, interferenceModel);

        status.setId("statusBar");
        bindStatus(model.statusProperty(), model.runningProperty(), model.progressProperty());
        workspaces.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == obsExpTab) {
                bindStatus(obsExpModel.statusProperty(), obsExpModel.runningProperty(),
                        obsExpModel.progressProperty());
                if (obsExpModel.datasetProperty().get() == null) {
                    obsExpModel.openTeachingExample();
                }
            } else if (now == interferenceTab) {
                bindStatus(interferenceModel.statusProperty(), interferenceModel.runningProperty(),
                        interferenceModel.progressProperty());
                if (interferenceModel.dataProperty().get() == null) {
                    interferenceModel.load(SampleLoader.households());
                    interferenceModel.run();
                }
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
        shell.install(scene);
        stage.setScene(scene);
        stage.setTitle(TITLE);
    }

    /**
     * Creates the observational-plus-experimental view model with its own worker, which stops
     * when the window closes.
     */
    private static ObsExpViewModel obsExpModelFor(Stage stage) {
        ExecutorService worker = WorkbenchApplication.workerPool();
        ObsExpViewModel obsExp = new ObsExpViewModel(Platform::runLater, worker,
                ObsExpAnalysis::run);
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
    private static InterferenceViewModel interferenceModelFor(Stage stage) {
        ExecutorService worker = WorkbenchApplication.workerPool();
        InterferenceViewModel interference = new InterferenceViewModel(Platform::runLater,
                worker, InterferenceAnalysis::run);
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
        MenuItem quit = shell.menuItem(Shortcuts.QUIT, "Quit", stage::close);
        Menu file = new Menu("File", null, open, sample, quit);

        Menu analysis = new Menu("Analysis", null,
                shell.menuItem(Shortcuts.RUN, "Run", this::runActiveWorkspace),
                shell.menuItem(Shortcuts.CANCEL, "Cancel", this::cancelActiveWorkspace));
        Menu help = new Menu("Help");
        help.getItems().addAll(shell.helpItems());
        return new MenuBar(file, analysis, shell.viewMenu(), help);
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
        } else {
            model.cancel();
        }
    }

    /** Loads the embedded sample panel, proposes its treated unit and runs the analysis. */
    public void openSample() {
        var panel = SampleLoader.factorPanel();
        var sample = SampleDatasets.FACTOR_PANEL;
        model.loadPanel(panel, TreatmentProposal.of(panel), String.format(Locale.ROOT,
                "(simulated sample: the true effect is %s from %s %s)",
                Panel.formatTime(sample.trueEffect()), sample.timeColumn(),
                Panel.formatTime(sample.interventionTime())));
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
     * Reads a CSV file and shows the column-role dialog; errors appear in a dialog.
     *
     * @param file the file
     */
    public void openCsv(File file) {
        CsvTable table;
        try {
            table = CsvTable.read(file.toPath());
        } catch (DataFormatException invalid) {
            LOG.warn("Cannot open {}: {}", file, invalid.getMessage());
            showError("Cannot open " + file.getName(), invalid.getMessage());
            return;
        }
        Optional<ImportDialog.Imported> imported = new ImportDialog(stage, table).showAndWait();
        imported.ifPresent(result -> {
            LOG.info("Opened {} with {} units and {} periods", file,
                    result.panel().unitCount(), result.panel().timeCount());
            model.loadPanel(result.panel(), result.proposal());
            robustness.useSourceTable(result.panel(), table);
        });
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
