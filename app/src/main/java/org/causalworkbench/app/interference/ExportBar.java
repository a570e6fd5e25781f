package org.causalworkbench.app.interference;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * The buttons that save the outcome on screen: the unit table with I and e_hat, the estimates
 * and the assumptions log. The view model writes the files.
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
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(kind, file.toPath());
        }
    }
}
