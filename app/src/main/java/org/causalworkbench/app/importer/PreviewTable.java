package org.causalworkbench.app.importer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.ImportSettings;

/**
 * The wizard's preview of the first rows. Each column header carries the column's type, its own
 * missing codes and an ignore switch. A missing cell shows a grey {@code NA} chip, never an empty
 * cell, and an ignored column is greyed out.
 */
final class PreviewTable extends TableView<List<String>> {

    /** Rows shown; the summary covers the whole file. */
    static final int PREVIEW_ROWS = 100;

    private final ImportWizardViewModel model;

    PreviewTable(ImportWizardViewModel model) {
        this.model = model;
        setId("importPreview");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPrefHeight(300);
        setPlaceholder(new Label("The file cannot be read with these settings."));
        rebuild(model.rawProperty().get());
        model.rawProperty().addListener((obs, old, now) -> rebuild(now));
        model.settingsProperty().addListener((obs, old, now) -> refresh());
    }

    private void rebuild(CsvTable raw) {
        getColumns().clear();
        getItems().clear();
        if (raw == null) {
            return;
        }
        for (int c = 0; c < raw.columns().size(); c++) {
            getColumns().add(column(raw.columns().get(c), c));
        }
        for (int row = 0; row < Math.min(PREVIEW_ROWS, raw.rowCount()); row++) {
            getItems().add(raw.row(row));
        }
    }

    private TableColumn<List<String>, String> column(String name, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>();
        column.setGraphic(header(name, index));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(165);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
        column.setCellFactory(c -> new PreviewCell(name));
        return column;
    }

    private VBox header(String name, int index) {
        ImportSettings settings = model.settingsProperty().get();
        Label label = new Label(name.isEmpty() ? "(unnamed)" : name);
        label.getStyleClass().add("column-name");

        ComboBox<ColumnType> type = new ComboBox<>(FXCollections.observableArrayList(
                ColumnType.values()));
        type.setId("importType" + index);
        type.setValue(settings.typeOf(name).orElse(null));
        type.setPromptText("type");
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColumnType value) {
                return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public ColumnType fromString(String text) {
                return ColumnType.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        });
        type.setMaxWidth(Double.MAX_VALUE);
        type.setOnAction(e -> {
            if (type.getValue() != null) {
                model.setColumnType(name, type.getValue());
            }
        });

        TextField codes = new TextField(ImportWizardViewModel.formatCodes(
                settings.missingCodesOf(name)));
        codes.setId("importColumnCodes" + index);
        codes.setPromptText("codes, e.g. 999");
        codes.textProperty().addListener((obs, old, now) -> {
            if (model.checkCodes(now).isEmpty()) {
                model.setColumnMissingCodes(name, now);
            }
        });

        CheckBox ignore = new CheckBox("Ignore");
        ignore.setId("importIgnore" + index);
        ignore.setSelected(settings.ignoredColumns().contains(name));
        ignore.setOnAction(e -> model.setIgnored(name, ignore.isSelected()));

        VBox box = new VBox(3, label, type, codes, ignore);
        box.getStyleClass().add("column-header-controls");
        java.util.function.Consumer<ImportSettings> show = now -> {
            boolean leftOut = now.isLeftOut(name);
            box.setDisable(name.equals(now.indexColumn()));
            label.setText((name.isEmpty() ? "(unnamed)" : name)
                    + (name.equals(now.indexColumn()) ? " (index)" : ""));
            label.getStyleClass().remove("left-out");
            if (leftOut) {
                label.getStyleClass().add("left-out");
            }
        };
        // Applied once now too: a detected index column is left out from the start.
        show.accept(model.settingsProperty().get());
        model.settingsProperty().addListener((obs, old, now) -> show.accept(now));
        return box;
    }

    /** A cell that shows a chip for a missing value and greys out left-out columns. */
    private final class PreviewCell extends TableCell<List<String>, String> {
        private final String column;

        PreviewCell(String column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("left-out-cell");
            if (empty) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (model.settingsProperty().get().isLeftOut(column)) {
                getStyleClass().add("left-out-cell");
            }
            if (model.isMissing(column, cell)) {
                Label chip = new Label(ImportWizardViewModel.MISSING_MARKER);
                chip.getStyleClass().add("missing-chip");
                if (!cell.isBlank()) {
                    chip.setTooltip(new javafx.scene.control.Tooltip("'" + cell + "' is a"
                            + " missing code"));
                }
                setText(null);
                setGraphic(chip);
            } else {
                setText(cell);
                setGraphic(null);
            }
        }
    }
}
