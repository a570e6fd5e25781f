package org.causalworkbench.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a table view a context menu that copies or exports its visible columns as CSV, LaTeX or
 * Markdown.
 *
 * <p>Cells are exported as their values, through {@code String.valueOf}, not as a cell factory
 * formats them on screen, so numbers keep their full precision.
 */
public final class TableExportMenu {

    private static final Logger LOG = LoggerFactory.getLogger(TableExportMenu.class);

    private TableExportMenu() {
    }

    /**
     * Adds "Copy table as" and "Export table as" menus to the table's context menu, creating the
     * context menu when the table has none.
     *
     * @param table the table
     * @param fileName the file name the save dialog proposes, without extension
     */
    public static void install(TableView<?> table, String fileName) {
        Menu copy = new Menu("Copy table as");
        Menu export = new Menu("Export table as");
        for (TableExport.Format format : TableExport.Format.values()) {
            MenuItem copyItem = new MenuItem(format.label());
            copyItem.setOnAction(e -> copy(table, format));
            copy.getItems().add(copyItem);
            MenuItem exportItem = new MenuItem(format.label() + "...");
            exportItem.setOnAction(e -> export(table, format, fileName));
            export.getItems().add(exportItem);
        }
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            table.setContextMenu(new ContextMenu(copy, export));
        } else {
            menu.getItems().addAll(new SeparatorMenuItem(), copy, export);
        }
    }

    /**
     * Returns the visible columns and all rows of a table, headers from the column text or,
     * when a column shows a label as its header, from the label.
     *
     * @param table the table
     * @return the table's text
     */
    public static TableExport snapshot(TableView<?> table) {
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        List<String> header = new ArrayList<>();
        for (TableColumn<?, ?> column : columns) {
            header.add(title(column));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new ArrayList<>();
            for (TableColumn<?, ?> column : columns) {
                Object value = column.getCellData(r);
                row.add(value == null ? "" : String.valueOf(value));
            }
            rows.add(row);
        }
        return new TableExport(header, rows);
    }

    /**
     * Returns a column's title. Headers broken onto two lines for narrow columns are joined
     * again, without a space after a hyphen.
     */
    private static String title(TableColumn<?, ?> column) {
        String text = column.getText();
        Node graphic = column.getGraphic();
        if ((text == null || text.isEmpty()) && graphic instanceof Labeled label) {
            text = label.getText();
        }
        if (text == null) {
            return "";
        }
        return text.replace("-\n", "-").replace('\n', ' ').strip();
    }

    private static void copy(TableView<?> table, TableExport.Format format) {
        ClipboardContent content = new ClipboardContent();
        content.putString(snapshot(table).render(format));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void export(TableView<?> table, TableExport.Format format, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the table as " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(),
                "*." + format.extension()));
        chooser.setInitialFileName(fileName + "." + format.extension());
        var window = table.getScene() == null ? null : table.getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file.toPath(),
                    snapshot(table).render(format).getBytes(StandardCharsets.UTF_8));
            LOG.info("Exported the table {} to {}", fileName, file);
        } catch (IOException failed) {
            LOG.warn("Exporting the table {} to {} failed", fileName, file, failed);
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.getMessage());
            alert.initOwner(window);
            alert.setHeaderText("Could not export the table to " + file.getName());
            alert.showAndWait();
        }
    }
}
