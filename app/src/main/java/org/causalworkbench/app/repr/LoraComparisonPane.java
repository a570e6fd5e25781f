package org.causalworkbench.app.repr;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.LoraCharts;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.app.repr.LoraComparison.CrossView;
import org.causalworkbench.app.repr.LoraComparison.MatchedCosine;
import org.jfree.chart.fx.ChartViewer;

/**
 * The comparison of the LoRA inspector's adapter A with a second adapter B: a |cos| heat map
 * of A's modules against B's and a table of the modules both have. It is hidden until B is
 * read.
 */
final class LoraComparisonPane extends VBox {

    private final ChartViewer chart = LabPanes.viewer("loraCompareChart", 360, 320);
    private final TableView<MatchedCosine> table = new TableView<>();

    LoraComparisonPane(LoraInspectorViewModel model) {
        super(6);
        setId("loraComparison");
        LoraComparison comparison = model.comparison();
        visibleProperty().bind(comparison.adapterProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        Label heading = new Label();
        heading.setId("loraCompareHeading");
        heading.getStyleClass().add("pane-heading");
        heading.textProperty().bind(comparison.headingProperty());
        Button export = new Button("Export comparison...");
        export.setId("loraCompareExport");
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(event -> {
            Path file = CsvSaveDialog.show(this, "Export the LoRA comparison",
                    "lora-comparison.csv");
            if (file != null) {
                model.exportComparison(file);
            }
        });
        Button clear = new Button("Clear comparison");
        clear.setId("loraCompareClear");
        clear.disableProperty().bind(model.runningProperty());
        clear.setOnAction(event -> model.clearComparison());
        Label summary = LabPanes.wrapped("");
        summary.setId("loraCompareSummary");
        summary.textProperty().bind(comparison.summaryProperty());

        getChildren().addAll(new FlowPane(8, 4, heading, clear, export), summary, body());
        comparison.viewProperty().addListener((obs, old, now) -> show(now));
        comparison.matchedProperty().addListener((obs, old, now) -> showMatched(now));
    }

    private GridPane body() {
        table.setId("loraMatchedTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The adapters share no module name."));
        TableColumn<MatchedCosine, String> module = new TableColumn<>("Module in A and B");
        module.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().label()));
        module.setPrefWidth(200);
        TableColumn<MatchedCosine, Double> cosine = new TableColumn<>("|cos| A vs B");
        cosine.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().cosine()));
        cosine.setCellFactory(column -> new CosineCell());
        table.getColumns().setAll(List.of(module, cosine));
        TableExportMenu.install(table, "lora-matched-cosines");

        // The heat map takes two thirds of the width and the table one third.
        GridPane body = LabPanes.grid(3, 1);
        body.add(chart, 0, 0, 2, 1);
        body.add(table, 2, 0);
        body.setMinHeight(340);
        VBox.setVgrow(body, Priority.ALWAYS);
        return body;
    }

    /** Draws the matrix, or hides the chart when there is none, as when B lacks the projection. */
    private void show(CrossView view) {
        chart.setVisible(view != null);
        if (view != null) {
            chart.setChart(LoraCharts.crossHeatMap(view.title(), view.rowAxis(),
                    view.columnAxis(), view.rowLabels(), view.columnLabels(), view.cosines()));
        }
    }

    private void showMatched(List<MatchedCosine> matched) {
        table.getItems().setAll(matched);
    }

    /** Shows |cos| with three decimals, and "n/a" for directions of different dimension. */
    private static final class CosineCell extends TableCell<MatchedCosine, Double> {

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
            } else {
                setText(Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value)
                        : "n/a");
            }
        }
    }
}
