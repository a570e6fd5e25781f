package org.causalworkbench.app.interference.teaching;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.export.TableExportMenu;

/**
 * A fixed teaching example: its unit tables side by side, the estimates (or the estimator's
 * rejection message) and the explanation.
 */
final class ExampleView extends VBox {

    private static final double CELL_HEIGHT = 26;

    private final HBox tables = new HBox(12);
    private final TableView<EstimateLine> estimates = new TableView<>();
    private final Label explanation = new Label();
    private final Label warning = new Label();

    ExampleView(TeachingViewModel model) {
        getStyleClass().add("interference-pane");
        setId("teachingExampleView");
        tables.setId("teachingUnitTables");
        explanation.setId("teachingExplanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        warning.setId("teachingWarning");
        warning.getStyleClass().add("interference-banner");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        buildEstimates();
        Label unitsHeading = heading("Units");
        Label estimatesHeading = heading("Estimates");
        getChildren().addAll(warning, unitsHeading, tables, estimatesHeading, estimates, explanation);
        model.exampleProperty().addListener((obs, old, now) -> show(now));
        show(model.exampleProperty().get());
    }

    private void show(TeachingExample example) {
        tables.getChildren().clear();
        estimates.getItems().clear();
        explanation.setText("");
        warning.setText("");
        if (example == null) {
            return;
        }
        for (int k = 0; k < example.dataSets().size(); k++) {
            ExampleDataSet dataSet = example.dataSets().get(k);
            VBox box = new VBox(4, heading(dataSet.name()), unitTable(dataSet, k));
            HBox.setHgrow(box, Priority.ALWAYS);
            tables.getChildren().add(box);
        }
        estimates.getItems().setAll(example.estimates());
        // A fixed height with every row, so the table neither shrinks to one row nor scrolls.
        double height = CELL_HEIGHT * (example.estimates().size() + 1) + 8;
        estimates.setPrefHeight(height);
        estimates.setMinHeight(height);
        estimates.setMaxHeight(height);
        explanation.setText(example.explanation());
        warning.setText(example.warning());
    }

    private static TableView<UnitRow> unitTable(ExampleDataSet dataSet, int index) {
        TableView<UnitRow> table = new TableView<>();
        table.setId("teachingUnitTable" + index);
        table.setFixedCellSize(CELL_HEIGHT);
        table.setPrefHeight(CELL_HEIGHT * (Math.min(dataSet.rows().size(), 14) + 1) + 8);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.getColumns().add(column("id", 60, row -> String.valueOf(row.id())));
        table.getColumns().add(column("T", 60, row -> String.valueOf(row.treatment())));
        table.getColumns().add(column("Y", 90, row -> String.format(Locale.ROOT, "%.4f",
                row.outcome())));
        table.getColumns().add(column("I", 120, UnitRow::signature));
        table.getItems().setAll(dataSet.rows());
        return table;
    }

    private void buildEstimates() {
        estimates.setId("teachingEstimates");
        TableExportMenu.install(estimates, "teaching-estimates");
        estimates.setFixedCellSize(CELL_HEIGHT);
        // The columns share the width, so no horizontal scroll bar covers the last row. A
        // note cut short keeps its full text in the tooltip.
        estimates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<EstimateLine, String> name = new TableColumn<>("Estimator");
        name.setCellValueFactory(line -> new ReadOnlyStringWrapper(line.getValue().estimator()));
        name.setPrefWidth(230);
        TableColumn<EstimateLine, String> value = new TableColumn<>("Estimate");
        value.setCellValueFactory(line -> new ReadOnlyStringWrapper(
                line.getValue().value().isPresent()
                        ? String.format(Locale.ROOT, "%.4f", line.getValue().value().getAsDouble())
                        : "no estimate"));
        value.setPrefWidth(100);
        TableColumn<EstimateLine, EstimateLine> note = new TableColumn<>("Note");
        note.setCellValueFactory(line -> new ReadOnlyObjectWrapper<>(line.getValue()));
        note.setCellFactory(column -> new NoteCell());
        note.setPrefWidth(700);
        estimates.getColumns().add(name);
        estimates.getColumns().add(value);
        estimates.getColumns().add(note);
        estimates.setPlaceholder(new Label("Choose an example preset."));
    }

    private static TableColumn<UnitRow, String> column(String header, double width,
            java.util.function.Function<UnitRow, String> text) {
        TableColumn<UnitRow, String> column = new TableColumn<>(header);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("interference-section");
        return label;
    }

    /** Shows the note, in the warning style when the estimator rejected the data. */
    private static final class NoteCell extends javafx.scene.control.TableCell<EstimateLine,
            EstimateLine> {

        @Override
        protected void updateItem(EstimateLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("interference-warning");
            if (empty || line == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(line.note());
            setTooltip(new javafx.scene.control.Tooltip(line.note()));
            if (line.value().isEmpty()) {
                getStyleClass().add("interference-warning");
            }
        }
    }
}
