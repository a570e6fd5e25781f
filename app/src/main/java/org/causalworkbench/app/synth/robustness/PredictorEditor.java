package org.causalworkbench.app.synth.robustness;

import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.causalworkbench.estimators.data.Panel;

/** The editable table of predictors: column, first time and last time, with add and remove. */
final class PredictorEditor extends VBox {

    PredictorEditor(ChecksViewModel model) {
        super(6);
        TableView<PredictorRow> table = new TableView<>(model.predictors());
        table.setId("predictorTable");
        table.setEditable(true);
        TableColumn<PredictorRow, String> column = new TableColumn<>("Column");
        column.setCellValueFactory(row -> row.getValue().columnProperty());
        column.setCellFactory(ComboBoxTableCell.forTableColumn(model.predictorColumns()));
        column.setPrefWidth(150);
        TableColumn<PredictorRow, Double> from = timeColumn("From", true);
        TableColumn<PredictorRow, Double> to = timeColumn("To", false);
        table.getColumns().add(column);
        table.getColumns().add(from);
        table.getColumns().add(to);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button("Add row");
        add.setId("addPredictor");
        add.setOnAction(e -> model.addPredictor());
        Button remove = new Button("Remove row");
        remove.setId("removePredictor");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.predictors()
                .remove(table.getSelectionModel().getSelectedItem()));
        Button reset = new Button("Outcome lags");
        reset.setOnAction(e -> model.resetPredictors());
        getChildren().addAll(PaneParts.wrapping("Predictors: the mean of a column from one"
                + " time to another, both inclusive. Double-click a cell to edit it."), table,
                new HBox(6, add, remove, reset));
    }

    private static TableColumn<PredictorRow, Double> timeColumn(String name, boolean first) {
        TableColumn<PredictorRow, Double> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> first ? row.getValue().fromProperty()
                : row.getValue().toProperty());
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Double time) {
                return time == null ? "" : Panel.formatTime(time);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null
                            : Double.valueOf(text.strip());
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }));
        column.setPrefWidth(80);
        return column;
    }
}
