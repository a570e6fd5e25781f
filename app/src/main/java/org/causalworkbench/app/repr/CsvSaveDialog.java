package org.causalworkbench.app.repr;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The save dialog of the LoRA inspector's CSV exports. */
final class CsvSaveDialog {

    private CsvSaveDialog() {
    }

    /**
     * Asks for a CSV file to write, adding {@code .csv} to a name without an extension.
     *
     * @param owner a node of the window that owns the dialog
     * @param title the dialog title
     * @param initialFileName the proposed file name
     * @return the file, or null when the user cancelled
     */
    static Path show(Node owner, String title, String initialFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files",
                "*.csv"));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null
                : owner.getScene().getWindow());
        if (file == null) {
            return null;
        }
        String name = file.getName();
        return name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + ".csv");
    }
}
