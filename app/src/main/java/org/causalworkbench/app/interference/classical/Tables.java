package org.causalworkbench.app.interference.classical;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.causalworkbench.app.export.TableExportMenu;

/** Builds the read-only text tables of the classical tab. */
final class Tables {

    private static final double ROW_HEIGHT = 26;

    private Tables() {
    }

    /**
     * Creates a table that shows every row without scrolling, up to a maximum.
     *
     * @param id the node id
     * @param items the rows
     * @param visibleRows the number of rows the table is sized for
     * @param placeholder the text shown when there are no rows
     */
    static <T> TableView<T> table(String id, ObservableList<T> items, int visibleRows,
            String placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        TableExportMenu.install(table, id);
        table.setFixedCellSize(ROW_HEIGHT);
        // The header and the borders need about one more row's height.
        double height = ROW_HEIGHT * (visibleRows + 1) + 6;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return table;
    }

    /** Creates a text column; numeric columns are right-aligned. */
    static <T> TableColumn<T, String> column(String title, double width,
            Function<T, String> value, boolean numeric) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        if (numeric) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    /** Tooltip of a standard error shown as "-", which only a negative variance gives. */
    static final String NEGATIVE_VARIANCE_TIP = "No standard error: the variance estimate is"
            + " negative. The bound on the pairs that are never observed together can leave a"
            + " negative estimate in small samples, and frequencies over R draws add noise to"
            + " the joint probabilities. The notes below list the values.";

    /**
     * Adds {@link #NEGATIVE_VARIANCE_TIP} to the cells of a standard-error column that show
     * "-".
     */
    static <T> TableColumn<T, String> withNegativeVarianceTip(TableColumn<T, String> column) {
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(!empty && "-".equals(item) ? negativeVarianceTip() : null);
            }
        });
        return column;
    }

    private static Tooltip negativeVarianceTip() {
        Tooltip tip = new Tooltip(NEGATIVE_VARIANCE_TIP);
        tip.setWrapText(true);
        tip.setPrefWidth(420);
        return tip;
    }

    /** Formats a number with 4 decimals, or "-" when it is undefined. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "-";
    }

    /** Formats a 95% interval, or "-" when it is undefined. */
    static String interval(double lower, double upper) {
        return Double.isFinite(lower) && Double.isFinite(upper)
                ? String.format(Locale.ROOT, "[%.4f, %.4f]", lower, upper) : "-";
    }
}
