package org.causalworkbench.app.graph;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.causalworkbench.app.export.Java2dExport;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.graph.GraphFiles;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits and imports the interference graph over the units of a unit table, for embedding in a
 * workspace. The node ids are exactly the unit ids. A click on empty space places the next unit
 * of the table that is not on the canvas yet. No new id can be made up, because a node without a
 * table row would have no data. Every unit starts on the canvas, arranged in a grid in
 * table order. A deleted unit leaves the canvas but stays in {@link #currentGraph()} as an
 * isolated unit.
 *
 * <p>Imports read the file and lay it out on a worker thread, then replace the graph as one
 * undo step. Errors appear in the message line below the canvas, with the reader's text naming
 * the file and the line or edge.
 *
 * <p>Positions are not exported: GraphML and DOT files carry the units and edges only.
 */
public final class GraphEditorPane extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(GraphEditorPane.class);

    private final GraphModel model;
    private final GraphCanvas canvas;
    private final Executor uiExecutor;
    private final Executor worker;
    private final ObjectBinding<InterferenceGraph> graph = new ObjectBinding<>() {
        @Override
        protected InterferenceGraph computeValue() {
            return GraphConversion.toInterferenceGraph(model);
        }
    };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Label status = new Label();
    private final Label message = new Label();
    private GraphStatistics statistics;

    /**
     * Creates the editor over the units of a unit table, with every unit on the canvas and no
     * edges. Layouts and imports run on a daemon worker thread.
     *
     * @param unitIds the unit ids in table row order
     * @throws IllegalArgumentException if an id is blank or occurs twice
     */
    public GraphEditorPane(List<String> unitIds) {
        this(unitIds, new CommandStack());
    }

    /**
     * Creates the editor over the units of a unit table, recording its edits on the window's
     * stack, so Edit &gt; Undo and the editor's own Undo button revert the same entries.
     *
     * @param unitIds the unit ids in table row order
     * @param commands the stack of the window
     * @throws IllegalArgumentException if an id is blank or occurs twice
     */
    public GraphEditorPane(List<String> unitIds, CommandStack commands) {
        this(unitIds, commands, Platform::runLater, WorkerThreads.singleDaemon("graph-editor"));
    }

    GraphEditorPane(List<String> unitIds, CommandStack commands, Executor uiExecutor,
            Executor worker) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        model = new GraphModel(unitIds, commands);
        canvas = new GraphCanvas(model);
        canvas.setId("graphCanvas");
        GraphInteraction interaction = new GraphInteraction(model, canvas, this::showMessage);
        GraphToolBar toolBar = new GraphToolBar(this, model, interaction, busy.getReadOnlyProperty());
        setTop(toolBar);
        setCenter(canvas);
        status.setId("graphStatus");
        status.getStyleClass().add("pane-caption");
        message.setId("graphMessage");
        message.getStyleClass().add("pane-caption");
        message.setWrapText(true);
        setBottom(new VBox(status, message));
        model.addListener(change -> {
            if (change == GraphModel.Change.STRUCTURE) {
                structureChanged();
            }
        });
        model.reset(unitIds, new GraphSnapshot(grid(unitIds), Map.of()));
        showMessage("Click empty space to place a unit, click two units to connect them, drag to"
                + " move, wheel to zoom.");
    }

    /** Returns the graph as the estimators take it: every unit of the table is a node. */
    public InterferenceGraph currentGraph() {
        return graph.get();
    }

    /**
     * Returns the current graph, invalidated after every change of units or edges (not of
     * positions). The graph is built when first read after a change, so edits stay fast on large
     * graphs unless a change listener reads every new value.
     */
    public ObservableObjectValue<InterferenceGraph> graphProperty() {
        return graph;
    }

    /**
     * Shows a graph, every unit placed. Over the same units this is one undo step; over other
     * units it also switches the unit table and discards the editor's earlier undo steps.
     * Graphs of up to {@value GraphLayouts#BACKGROUND_MIN_NODES} units with edges are laid out
     * at once, larger ones are placed in a grid until the user presses Layout.
     */
    public void setGraph(InterferenceGraph replacement) {
        GraphSnapshot snapshot = placeAll(replacement);
        if (replacement.unitIds().equals(model.unitIds())) {
            model.replace(snapshot, "Replace graph");
        } else {
            model.reset(replacement.unitIds(), snapshot);
        }
        canvas.fit();
    }

    /**
     * Shows a graph as the start of a new history, for a newly loaded unit table: the
     * editor's earlier undo steps are discarded even when the unit ids repeat, because they
     * were made on other data. Layout is as for {@link #setGraph}.
     */
    public void startFrom(InterferenceGraph start) {
        model.reset(start.unitIds(), placeAll(start));
        canvas.fit();
    }

    private GraphSnapshot placeAll(InterferenceGraph graph) {
        boolean small = graph.unitCount() < GraphLayouts.BACKGROUND_MIN_NODES;
        return small ? place(graph, canvas.aspect())
                : GraphConversion.toSnapshot(graph, grid(graph.unitIds())::get);
    }

    /** Returns the editable model, for tests and for callers that script edits. */
    public GraphModel model() {
        return model;
    }

    /** Returns the statistics shown in the status line. */
    public GraphStatistics statistics() {
        return statistics;
    }

    /** Returns whether a layout or an import is running on the worker thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Reads a graph file on the worker thread and, if it is valid, replaces the graph with it as
     * one undo step. A failure leaves the graph unchanged and shows the reader's message.
     *
     * @param path the file
     * @param format the format, or {@code null} to guess it from the file name
     */
    public void importFile(Path path, GraphFileFormat format) {
        List<String> units = model.unitIds();
        String name = String.valueOf(path.getFileName());
        double aspect = canvas.aspect();
        busy.set(true);
        showMessage("Reading " + name + " ...");
        worker.execute(() -> {
            try {
                GraphFileFormat chosen = format != null ? format : GraphFileFormat.guess(path)
                        .orElseThrow(() -> new IllegalArgumentException(name + ": unknown file"
                                + " type; use .csv, .graphml, .xml, .gml, .dot or .gv."));
                InterferenceGraph read = chosen.read(path, units);
                GraphSnapshot snapshot = place(read, aspect);
                uiExecutor.execute(() -> {
                    busy.set(false);
                    if (!model.unitIds().equals(units)) {
                        showError(name + ": the unit table changed while the file was read;"
                                + " import it again.");
                        return;
                    }
                    model.replace(snapshot, "Import graph from " + name);
                    canvas.fit();
                    showMessage("Imported " + read.edgeCount() + " edges from " + name + ".");
                });
            } catch (IllegalArgumentException | UncheckedIOException invalid) {
                LOG.warn("Graph import from {} failed: {}", path, invalid.getMessage());
                uiExecutor.execute(() -> {
                    busy.set(false);
                    showError(invalid.getMessage());
                });
            }
        });
    }

    /**
     * Writes the current graph as GraphML or DOT, chosen by {@code graphMl}.
     *
     * @return whether the file was written; a failure shows its reason in the message line
     */
    public boolean exportFile(Path path, boolean graphMl) {
        try {
            if (graphMl) {
                GraphFiles.writeGraphMl(currentGraph(), path);
            } else {
                GraphFiles.writeDot(currentGraph(), path);
            }
            showMessage("Wrote " + currentGraph().edgeCount() + " edges to " + path + ".");
            return true;
        } catch (UncheckedIOException failed) {
            LOG.warn("Graph export to {} failed: {}", path, failed.getMessage());
            showError(failed.getMessage());
            return false;
        }
    }

    /** The file formats of a graph picture. */
    enum PictureFormat {
        SVG, PDF, PNG
    }

    /** The size of an exported graph picture in points, a landscape half page. */
    static final double PICTURE_WIDTH = 640;
    static final double PICTURE_HEIGHT = 480;

    /**
     * Writes a picture of the placed units and edges, in the light palette with a legend, and
     * shows the outcome in the message line.
     *
     * @param path the file
     * @param format the format
     * @param dpi the PNG resolution in pixels per inch; ignored for SVG and PDF
     * @return whether the file was written
     */
    public boolean exportPicture(Path path, PictureFormat format, int dpi) {
        GraphPicture picture = new GraphPicture(model);
        try {
            switch (format) {
                case SVG -> Java2dExport.writeSvg(picture, path, PICTURE_WIDTH, PICTURE_HEIGHT);
                case PDF -> Java2dExport.writePdf(picture, path, PICTURE_WIDTH, PICTURE_HEIGHT);
                case PNG -> Java2dExport.writePng(picture, path, PICTURE_WIDTH, PICTURE_HEIGHT,
                        dpi);
            }
        } catch (IOException failed) {
            LOG.warn("Graph picture export to {} failed", path, failed);
            showError("Could not write " + path + ": " + failed.getMessage()
                    + ". Choose a folder you can write to.");
            return false;
        }
        showMessage("Wrote a picture of " + model.positions().size() + " units to " + path
                + ".");
        return true;
    }

    void chooseAndExportPicture(PictureFormat format, int dpi) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the graph as " + format.name());
        chooser.setInitialFileName("interference-graph." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(),
                "*." + extension));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportPicture(file.toPath(), format, dpi);
        }
    }

    /**
     * Lays out the placed units as one undo step, on the worker thread for graphs of
     * {@value GraphLayouts#BACKGROUND_MIN_NODES} units or more.
     */
    public void layOut() {
        GraphSnapshot snapshot = model.snapshot();
        Map<String, Integer> rows = GraphLayouts.rows(model.unitIds());
        double aspect = canvas.aspect();
        int count = snapshot.positions().size();
        Consumer<Map<String, Point2D>> apply = positions -> {
            model.applyLayout(positions);
            canvas.fit();
        };
        if (count < GraphLayouts.BACKGROUND_MIN_NODES) {
            apply.accept(GraphLayouts.layout(snapshot, rows, aspect));
            showMessage("Laid out " + count + " units.");
            return;
        }
        busy.set(true);
        showMessage("Laying out " + count + " units ...");
        long start = System.nanoTime();
        worker.execute(() -> {
            Map<String, Point2D> positions;
            try {
                positions = GraphLayouts.layout(snapshot, rows, aspect);
            } catch (RuntimeException failed) {
                // JGraphT 1.5.2's quadtree rejects some point sets; without this the editor
                // would stay busy for good.
                LOG.warn("Layout of {} units failed", count, failed);
                uiExecutor.execute(() -> {
                    busy.set(false);
                    showError("Layout of " + count + " units failed (" + failed
                            + "); the units keep their places. Press Layout to try again.");
                });
                return;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            uiExecutor.execute(() -> {
                busy.set(false);
                apply.accept(positions);
                showMessage("Laid out " + count + " units in " + millis + " ms.");
            });
        });
    }

    /** Zooms and pans so that every placed unit is in view. */
    public void fit() {
        canvas.fit();
    }

    /** Opens a file chooser and imports the chosen file. */
    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import interference graph");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All graph files",
                "*.csv", "*.graphml", "*.xml", "*.gml", "*.dot", "*.gv"));
        Map<FileChooser.ExtensionFilter, GraphFileFormat> formats = new LinkedHashMap<>();
        for (GraphFileFormat format : GraphFileFormat.values()) {
            formats.put(new FileChooser.ExtensionFilter(format.description(), format.patterns()),
                    format);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            importFile(file.toPath(), formats.get(chooser.getSelectedExtensionFilter()));
        }
    }

    /** Opens a save dialog and exports to the chosen file. */
    void chooseAndExport(boolean graphMl) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(graphMl ? "Export graph as GraphML" : "Export graph as DOT");
        chooser.setInitialFileName(graphMl ? "interference.graphml" : "interference.dot");
        chooser.getExtensionFilters().add(graphMl
                ? new FileChooser.ExtensionFilter("GraphML", "*.graphml")
                : new FileChooser.ExtensionFilter("DOT", "*.dot"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportFile(file.toPath(), graphMl);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /**
     * Updates the statistics and clears the message, which described the previous edit. An
     * edit that sets a message, such as a connection, sets it after this runs, so only undo,
     * redo and a new table leave the line empty.
     */
    private void structureChanged() {
        showMessage("");
        statistics = GraphStatistics.of(model);
        status.setText(statistics.describe());
        graph.invalidate();
    }

    private GraphSnapshot place(InterferenceGraph source, double aspect) {
        if (source.edgeCount() == 0) {
            return GraphConversion.toSnapshot(source, grid(source.unitIds())::get);
        }
        GraphSnapshot unplaced = GraphConversion.toSnapshot(source, id -> Point2D.ZERO);
        Map<String, Point2D> positions =
                GraphLayouts.layout(unplaced, GraphLayouts.rows(source.unitIds()), aspect);
        return GraphConversion.toSnapshot(source, positions::get);
    }

    /** Places units in rows of a square grid, in table order. */
    private static Map<String, Point2D> grid(List<String> unitIds) {
        Map<String, Point2D> positions = new LinkedHashMap<>();
        GraphLayouts.placeInRows(unitIds, 0, 0, positions);
        return positions;
    }

    private void showMessage(String text) {
        message.getStyleClass().remove("error-text");
        message.setText(text);
    }

    private void showError(String text) {
        if (!message.getStyleClass().contains("error-text")) {
            message.getStyleClass().add("error-text");
        }
        message.setText(text);
    }
}
