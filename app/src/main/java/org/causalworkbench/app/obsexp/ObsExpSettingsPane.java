package org.causalworkbench.app.obsexp;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings of the observational-plus-experimental analysis: the data, the propensity, the
 * tests, the score, the hyperparameters, and Run and Cancel. It only binds controls to the
 * {@link ObsExpViewModel}.
 */
public final class ObsExpSettingsPane extends VBox {

    /** The propensity as an object property, kept here because the binding references it weakly. */
    private final ObjectProperty<Double> propensityValue;

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public ObsExpSettingsPane(ObsExpViewModel model) {
        getStyleClass().add("obsexp-settings");

        Label heading = new Label("Observational + experimental");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);

        Label datasetName = caption("");
        datasetName.setId("obsExpDatasetName");
        Label omega = caption("");
        model.datasetProperty().addListener((obs, old, now) -> {
            datasetName.setText(now == null ? "No data loaded." : now.name());
            omega.setText(now == null ? "" : "\u03c9: " + now.omegaDescription());
        });
        datasetName.setText("No data loaded.");
        Button example = new Button("Open the teaching example");
        example.setId("obsExpOpenExample");
        example.setMaxWidth(Double.MAX_VALUE);
        example.disableProperty().bind(model.runningProperty());
        example.setOnAction(e -> model.openTeachingExample());
        Button openTrial = new Button("Open trial CSV...");
        openTrial.setId("obsExpOpenTrial");
        openTrial.setMaxWidth(Double.MAX_VALUE);
        openTrial.disableProperty().bind(model.runningProperty());
        openTrial.setOnAction(e -> openTrial(model));

        TextField propensity = new TextField();
        propensity.setId("obsExpPropensity");
        TextFormatter<Double> formatter = new TextFormatter<>(new LenientDouble());
        propensity.setTextFormatter(formatter);
        propensityValue = model.propensityProperty().asObject();
        formatter.valueProperty().bindBidirectional(propensityValue);
        propensity.setTooltip(new Tooltip("The trial's known probability of treatment,"
                + " strictly between 0 and 1. Press Enter or leave the field to apply it."));

        CheckBox f1 = new CheckBox("F1: average gap (t test)");
        f1.setId("obsExpTestF1");
        f1.selectedProperty().bindBidirectional(model.averageGapTestProperty());
        CheckBox f2 = new CheckBox("F2: gap anywhere in the support (kernel test)");
        f2.setId("obsExpTestF2");
        f2.selectedProperty().bindBidirectional(model.kernelMomentTestProperty());
        CheckBox f3 = new CheckBox("F3: gap inside the band [0, 0] in each bin");
        f3.setId("obsExpTestF3");
        f3.selectedProperty().bindBidirectional(model.bandTestProperty());
        for (CheckBox box : new CheckBox[] {f1, f2, f3}) {
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
        }

        ComboBox<TestScore> score = new ComboBox<>();
        score.setId("obsExpScore");
        score.getItems().setAll(TestScore.values());
        score.valueProperty().bindBidirectional(model.scoreProperty());
        score.setMaxWidth(Double.MAX_VALUE);
        score.setTooltip(new Tooltip("AIPW removes most outcome noise from the tests' score;"
                + " the IPW pseudo-outcome is unbiased too but can miss a clear gap."));

        ComboBox<HyperparameterSource> hyperparameters = new ComboBox<>();
        hyperparameters.setId("obsExpHyperparameters");
        hyperparameters.getItems().setAll(HyperparameterSource.values());
        hyperparameters.valueProperty().bindBidirectional(model.hyperparameterSourceProperty());
        hyperparameters.setMaxWidth(Double.MAX_VALUE);

        Label fixed = caption(String.format(Locale.ROOT, "Fixed: level \u03b1 = %.2f, %d F3"
                + " bins on the first covariate, seed %d. The gap model always uses the IPW"
                + " pseudo-outcome.", ObsExpViewModel.ALPHA, ObsExpViewModel.BAND_BINS,
                ObsExpViewModel.SEED));

        Button run = new Button("Run");
        run.setId("obsExpRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRunBinding().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("obsExpCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        run.setMaxWidth(Double.MAX_VALUE);
        cancel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, cancel);

        Label error = new Label();
        error.setId("obsExpError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(heading, datasetName, omega, example, openTrial,
                section("Propensity \u03c0 (known treatment probability)"), propensity,
                section("Falsification tests"), f1, f2, f3,
                section("Score of the tests"), score,
                section("Gap model hyperparameters"), hyperparameters,
                fixed, buttons, error);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("obsexp-section");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("obsexp-caption");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Converts the propensity field's text. Text that is not a number becomes NaN, which the
     * view model rejects with a message, rather than an exception inside the text field.
     */
    private static final class LenientDouble extends StringConverter<Double> {
        @Override
        public String toString(Double value) {
            return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%s", value);
        }

        @Override
        public Double fromString(String text) {
            if (text == null || text.isBlank()) {
                return Double.NaN;
            }
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }
    }

    /** Asks for a trial CSV, then for its column roles, and loads the result. */
    private void openTrial(ObsExpViewModel model) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Open a randomised trial (CSV)");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        org.causalworkbench.estimators.data.CsvTable table;
        try {
            table = org.causalworkbench.estimators.data.CsvTable.read(file.toPath());
        } catch (org.causalworkbench.estimators.data.DataFormatException invalid) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR, invalid.getMessage());
            alert.initOwner(getScene().getWindow());
            alert.setHeaderText("Cannot open " + file.getName());
            alert.showAndWait();
            return;
        }
        new TrialImportDialog(getScene().getWindow(), table).showAndWait().ifPresent(model::load);
    }
}
