package org.causalworkbench.app.interference;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Keeps the text of narrow table columns readable: headers break onto two lines with an
 * explanation as tooltip, and cells show their whole text as tooltip when it may be cut off.
 */
final class TableText {

    private TableText() {
    }

    /**
     * Replaces the column's header text with a label that breaks its title onto two lines at
     * the first space or hyphen. A fixed break, unlike wrapping, also sets the header's height.
     *
     * @param column the column whose title is the header
     * @param explanation the tooltip, such as what the column's numbers are
     */
    static <T> void wrapHeader(TableColumn<T, ?> column, String explanation) {
        String title = column.getText();
        int space = title.indexOf(' ');
        int hyphen = title.indexOf('-');
        String broken = title;
        if (space > 0) {
            broken = title.substring(0, space) + "\n" + title.substring(space + 1);
        } else if (hyphen > 0) {
            broken = title.substring(0, hyphen + 1) + "\n" + title.substring(hyphen + 1);
        }
        Label header = new Label(broken);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTooltip(new Tooltip(explanation));
        column.setText("");
        column.setGraphic(header);
    }

    /** Gives every non-empty cell of the column its text as tooltip. */
    static <T> void tooltipCells(TableColumn<T, String> column) {
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                setTooltip(blank ? null : wrapped(item));
            }
        });
    }

    private static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }
}
