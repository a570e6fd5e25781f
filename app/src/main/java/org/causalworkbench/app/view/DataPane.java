package org.causalworkbench.app.view;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.data.Panel;

/**
 * Shows the panel as a table: one row per unit, one column per time. Missing outcomes show as
 * "NA", never as an empty cell.
 */
public final class DataPane extends BorderPane {

    private final TableView<Integer> table = new TableView<>();
    private final Label caption = new Label();

    /** Creates an empty pane. */
    public DataPane() {
        table.setId("dataTable");
        TableExportMenu.install(table, "panel-data");
        table.setPlaceholder(new Label("No data loaded. Use File > Open CSV."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        caption.getStyleClass().add("pane-caption");
        setTop(caption);
        setCenter(table);
    }

    /**
     * Shows a panel, replacing the previous one.
     *
     * @param panel the panel, or {@code null} to clear
     */
    public void show(Panel panel) {
        table.getColumns().clear();
        table.getItems().clear();
        if (panel == null) {
            caption.setText("");
            return;
        }
        caption.setText(panel.sourceName() + ": " + panel.spec().outcomeColumn() + " by "
                + panel.spec().unitColumn() + " (rows) and " + panel.spec().timeColumn()
                + " (columns)");
        TableColumn<Integer, String> unitColumn = new TableColumn<>(panel.spec().unitColumn());
        unitColumn.setCellValueFactory(row ->
                new ReadOnlyStringWrapper(panel.units().get(row.getValue())));
        unitColumn.setPrefWidth(150);
        table.getColumns().add(unitColumn);
        for (int t = 0; t < panel.timeCount(); t++) {
            int time = t;
            TableColumn<Integer, String> column =
                    new TableColumn<>(Panel.formatTime(panel.time(t)));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    format(panel.outcome(row.getValue(), time))));
            column.setPrefWidth(70);
            column.setSortable(false);
            column.getStyleClass().add("number-column");
            table.getColumns().add(column);
        }
        for (int u = 0; u < panel.unitCount(); u++) {
            table.getItems().add(u);
        }
    }

    /** Formats a value as in the file: every digit kept, no decimal point on whole numbers. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
