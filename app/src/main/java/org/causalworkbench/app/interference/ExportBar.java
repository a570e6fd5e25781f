package org.causalworkbench.app.interference;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.causalworkbench.app.export.TableExport;

/**
 * The buttons that save the outcome on screen: the unit table with I and e_hat and the
 * estimates, as CSV, LaTeX or Markdown, and the assumptions log. The view model writes the
 * files.
 */
final class ExportBar extends HBox {

    private final InterferenceViewModel model;

    ExportBar(InterferenceViewModel model) {
        super(6);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new Label("Save:"));
        getChildren().add(button("interferenceSaveUnits", "Unit table with I and e...",
                InterferenceExport.Kind.UNIT_TABLE));
        getChildren().add(button("interferenceSaveEstimates", "Estimates...",
                InterferenceExport.Kind.ESTIMATES));
        getChildren().add(button("interferenceSaveLog", "Assumptions log...",
                InterferenceExport.Kind.ASSUMPTIONS));
    }

    private Button button(String id, String text, InterferenceExport.Kind kind) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(model.outcomeProperty().isNull()
                .or(model.runningProperty()));
        button.setOnAction(e -> save(kind));
        return button;
    }

    private void save(InterferenceExport.Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the " + kind.description());
        chooser.setInitialFileName(kind.defaultFileName());
        if (kind != InterferenceExport.Kind.ASSUMPTIONS) {
            for (TableExport.Format format : TableExport.Format.values()) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        format.label(), "*." + format.extension()));
            }
        }
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        String name = file.getName();
        if (chosen != null && !name.contains(".")) {
            // A name typed without extension takes the format chosen in the dialog.
            target = target.resolveSibling(name + chosen.getExtensions().get(0).substring(1));
        }
        model.export(kind, target);
    }
}
