package org.causalworkbench.app.interference;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.causalworkbench.app.graph.GraphFileFormat;

/** The interaction-structure controls of the inputs pane and the isolated-unit count. */
final class StructureInputs {

    private StructureInputs() {
    }

    /** Builds the source choice with the graph import and the distance-matrix open buttons. */
    static VBox sourceBox(InterferenceViewModel model) {
        InteractionStructure structure = model.structure();
        ComboBox<StructureSource> source = new ComboBox<>();
        source.setId("interferenceStructure");
        source.getItems().setAll(StructureSource.values());
        source.valueProperty().bindBidirectional(structure.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        source.setTooltip(new Tooltip("Graph: the Structure tab's editor, drawn or imported."
                + " Distance matrix: real distances for the inverse-distance signature."));

        Button importGraph = new Button("Import graph file...");
        importGraph.setId("interferenceImportGraph");
        importGraph.setMaxWidth(Double.MAX_VALUE);
        importGraph.setOnAction(e -> chooseGraph(importGraph, model));
        importGraph.disableProperty().bind(model.dataProperty().isNull()
                .or(model.runningProperty()));
        importGraph.setTooltip(new Tooltip("Edge list or adjacency matrix CSV, GraphML, GML or"
                + " DOT whose node ids are the unit ids; replaces the editor's graph as one"
                + " undo step."));

        Button openDistances = new Button("Open distance matrix...");
        openDistances.setId("interferenceOpenDistances");
        openDistances.setMaxWidth(Double.MAX_VALUE);
        openDistances.setOnAction(e -> chooseDistances(openDistances, model));
        openDistances.disableProperty().bind(model.dataProperty().isNull()
                .or(model.runningProperty()));
        openDistances.setTooltip(new Tooltip("Square CSV matrix with the unit ids as header and"
                + " first column, 0 on the diagonal; used by the inverse-distance signature."));
        return new VBox(6, source, importGraph, openDistances);
    }

    /** Builds the line that counts and names the units without neighbours. */
    static Label isolatedLabel(InterferenceViewModel model) {
        Label label = new Label();
        label.setId("interferenceIsolated");
        label.setWrapText(true);
        label.getStyleClass().add("pane-caption");
        model.isolatedUnitsProperty().addListener((obs, old, now) -> label.setText(
                describe(now)));
        label.setText(describe(model.isolatedUnitsProperty().get()));
        return label;
    }

    static String describe(List<String> isolated) {
        return isolated.isEmpty() ? "No unit without neighbours in this structure."
                : isolated.size() + " unit(s) without neighbours: "
                        + IsolatedUnits.name(isolated) + ".";
    }

    private static void chooseGraph(Node owner, InterferenceViewModel model) {
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
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            model.importGraph(file.toPath(), formats.get(chooser.getSelectedExtensionFilter()));
        }
    }

    private static void chooseDistances(Node owner, InterferenceViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a distance matrix");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv",
                "*.CSV"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            model.importDistanceMatrix(file.toPath());
        }
    }
}
