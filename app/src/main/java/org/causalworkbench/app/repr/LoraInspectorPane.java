package org.causalworkbench.app.repr;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.causalworkbench.app.chart.LoraCharts;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.jfree.chart.fx.ChartViewer;

/**
 * The LoRA adapter inspector: opens a PEFT adapter folder, shows the singular spectrum of the
 * selected module's update and a heat map of |cos| between top directions across layers or
 * modules, and exports the directions to CSV. A second adapter folder adds the comparison of
 * the two adapters' directions.
 */
public final class LoraInspectorPane extends BorderPane {

    private final LoraInspectorViewModel model;
    private final ChartViewer spectrumChart = viewer("loraSpectrumChart");
    private final ChartViewer cosineChart = viewer("loraCosineChart");
    private final ComboBox<String> modules = new ComboBox<>();
    private File lastFolder;
    private boolean revealComparison;

    /**
     * Creates the pane around a view model; call it on the FX thread.
     *
     * @param model the view model
     */
    public LoraInspectorPane(LoraInspectorViewModel model) {
        this.model = model;
        setId("loraInspector");

        Label caption = new Label("Reads a PEFT LoRA adapter (adapter_config.json and"
                + " adapter_model.safetensors). Each module's update scale \u00b7 B \u00b7 A is"
                + " decomposed from its factors. The heat map compares one singular direction"
                + " across modules by |cos|, because singular vectors have no fixed sign. Grey"
                + " n/a cells pair directions of different dimension, or a module whose update"
                + " is zero, as in a freshly initialised adapter. Compare with adapter reads a"
                + " second adapter B and draws |cos| between the modules of A and of B.");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("loraSummary");
        summary.textProperty().bind(model.summaryProperty());
        Label status = new Label();
        status.setId("loraStatus");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("loraError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());

        setTop(new VBox(6, caption, toolBar(), new FlowPane(8, 4, summary, progress, status),
                error));
        setCenter(scrollingCharts());

        model.spectraProperty().addListener((obs, old, now) -> showModules(now));
        model.selectedModuleProperty().addListener((obs, old, now) ->
                modules.getSelectionModel().select(now.intValue()));
        modules.setOnAction(event -> {
            int index = modules.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.selectedModuleProperty().set(index);
            }
        });
        model.selectedSpectrumProperty().addListener((obs, old, now) -> showSpectrum(now));
        model.cosineViewProperty().addListener((obs, old, now) -> showCosines(now));
    }

    /** Returns the pane's view model, for the window's status bar. */
    public LoraInspectorViewModel model() {
        return model;
    }

    /**
     * Creates the pane with its own view model, which reads on a daemon worker thread.
     *
     * @return the pane
     */
    public static LoraInspectorPane create() {
        return new LoraInspectorPane(new LoraInspectorViewModel(Platform::runLater,
                WorkerThreads.singleDaemon("lora-inspector")));
    }

    private FlowPane toolBar() {
        Button open = new Button("Open adapter folder...");
        open.setId("loraOpen");
        open.disableProperty().bind(model.runningProperty());
        open.setOnAction(event -> chooseFolder("Open a LoRA adapter folder", model::open));
        Button compare = new Button("Compare with adapter...");
        compare.setId("loraCompare");
        compare.disableProperty().bind(model.runningProperty()
                .or(model.adapterProperty().isNull()));
        compare.setOnAction(event -> chooseFolder("Compare with a LoRA adapter folder",
                model::openComparison));
        Button cancel = new Button("Cancel");
        cancel.setId("loraCancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancel());

        modules.setId("loraModules");
        modules.setPrefWidth(360);
        ComboBox<Side> side = new ComboBox<>(FXCollections.observableArrayList(Side.values()));
        side.setId("loraSide");
        side.valueProperty().bindBidirectional(model.sideProperty());
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Side value) {
                if (value == null) {
                    return "";
                }
                return value == Side.OUTPUT ? "Output (columns of B)" : "Input (rows of A)";
            }

            @Override
            public Side fromString(String text) {
                throw new UnsupportedOperationException("the side box is not editable");
            }
        });
        Spinner<Integer> direction = new Spinner<>(1, 4096, 1);
        direction.setId("loraDirection");
        LabPanes.editable(direction, 80);
        direction.valueProperty().addListener((obs, old, now) ->
                model.directionProperty().set(now - 1));
        ComboBox<LoraInspectorViewModel.Scope> scope = new ComboBox<>(
                FXCollections.observableArrayList(LoraInspectorViewModel.Scope.values()));
        scope.setId("loraScope");
        scope.valueProperty().bindBidirectional(model.scopeProperty());

        Spinner<Integer> count = new Spinner<>(new SpinnerValueFactory
                .IntegerSpinnerValueFactory(1, 4096, model.exportCountProperty().get()));
        count.setId("loraExportCount");
        LabPanes.editable(count, 80);
        count.valueProperty().addListener((obs, old, now) -> model.exportCountProperty()
                .set(now));
        Button export = new Button("Export directions...");
        export.setId("loraExport");
        export.disableProperty().bind(model.runningProperty()
                .or(model.selectedSpectrumProperty().isNull()));
        export.setOnAction(event -> chooseExportFile());

        return new FlowPane(8, 6, open, compare, cancel, new Label("Module"), modules,
                new Label("Side"), side, new Label("Direction"), direction, new Label("Heat map"),
                scope, new Label("Export top"), count, export);
    }

    /**
     * Returns the charts of adapter A above the comparison. The comparison adds a second row of
     * charts, which a window of ordinary height can only show by scrolling.
     */
    private ScrollPane scrollingCharts() {
        GridPane charts = chartGrid();
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox content = new VBox(8, charts, new LoraComparisonPane(model));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("loraScroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        model.comparison().adapterProperty().addListener((obs, old, now) ->
                revealComparison = old == null && now != null);
        // The section appears only in the next layout pass, so scroll once the content grew.
        content.heightProperty().addListener((obs, old, now) -> {
            if (revealComparison) {
                revealComparison = false;
                scroll.setVvalue(scroll.getVmax());
            }
        });
        return scroll;
    }

    private GridPane chartGrid() {
        GridPane charts = new GridPane();
        charts.setHgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            charts.getColumnConstraints().add(half);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        charts.getRowConstraints().add(row);
        charts.add(spectrumChart, 0, 0);
        charts.add(cosineChart, 1, 0);
        charts.setMinHeight(320);
        return charts;
    }

    private static ChartViewer viewer(String id) {
        return LabPanes.viewer(id, 320, 300);
    }

    private void chooseFolder(String title, Consumer<Path> open) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        // Adapters of one study usually sit side by side, so the dialog opens beside the last.
        if (lastFolder != null && lastFolder.getParentFile() != null
                && lastFolder.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.getParentFile());
        }
        File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            lastFolder = folder;
            open.accept(folder.toPath());
        }
    }

    private void chooseExportFile() {
        Path file = CsvSaveDialog.show(this, "Export LoRA directions", "lora-directions.csv");
        if (file != null) {
            model.export(file);
        }
    }

    private void showModules(List<ModuleSpectrum> spectra) {
        modules.getItems().setAll(spectra.stream().map(ModuleSpectrum::name).toList());
    }

    /** Draws the spectrum; null, which passes while a new adapter is installed, is skipped. */
    private void showSpectrum(ModuleSpectrum spectrum) {
        if (spectrum != null) {
            spectrumChart.setChart(LoraCharts.spectrum(spectrum.name(),
                    spectrum.singularValues()));
        }
    }

    private void showCosines(LoraInspectorViewModel.CosineView view) {
        if (view != null) {
            cosineChart.setChart(LoraCharts.cosineHeatMap(view.title(), view.labels(),
                    view.cosines()));
        }
    }
}
