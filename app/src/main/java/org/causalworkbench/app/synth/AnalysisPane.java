package org.causalworkbench.app.synth;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.causalworkbench.estimators.data.Panel;

/**
 * The analysis pane: treated unit, intervention time, donor pool with include check boxes,
 * placebo options, and Run and Cancel. It only binds controls to the {@link SynthViewModel}.
 */
public final class AnalysisPane extends VBox {

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public AnalysisPane(SynthViewModel model) {
        super(8);
        setPadding(new Insets(10));
        getStyleClass().add("analysis-pane");

        Label heading = new Label("Synthetic control");
        heading.getStyleClass().add("pane-heading");

        ComboBox<String> treated = new ComboBox<>(model.units());
        treated.setId("treatedUnit");
        treated.valueProperty().bindBidirectional(model.treatedUnitProperty());
        treated.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Double> intervention = new ComboBox<>(model.times());
        intervention.setId("interventionTime");
        intervention.valueProperty().bindBidirectional(model.interventionTimeProperty());
        intervention.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double time) {
                return time == null ? "" : Panel.formatTime(time);
            }

            @Override
            public Double fromString(String text) {
                return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
            }
        });
        intervention.setMaxWidth(Double.MAX_VALUE);
        intervention.setTooltip(new Tooltip("The first post-intervention period. Earlier"
                + " periods are used to fit the weights."));

        ListView<DonorChoice> donorList = new ListView<>(model.donors());
        donorList.setId("donorList");
        donorList.setCellFactory(CheckBoxListCell.forListView(DonorChoice::includedProperty));
        donorList.setPrefHeight(260);
        VBox.setVgrow(donorList, Priority.ALWAYS);
        Button all = new Button("Include all");
        all.setOnAction(e -> model.spillover().setAllIncluded(true));
        Button none = new Button("Exclude all");
        none.setOnAction(e -> model.spillover().setAllIncluded(false));

        CheckBox placebo = new CheckBox("Placebo inference (in-space)");
        placebo.setId("placeboCheck");
        placebo.selectedProperty().bindBidirectional(model.placeboProperty());
        CheckBox treatedInPools = new CheckBox("Treated unit may enter placebo pools");
        treatedInPools.selectedProperty().bindBidirectional(model.treatedInPlaceboPoolsProperty());
        treatedInPools.disableProperty().bind(model.placeboProperty().not());
        treatedInPools.setTooltip(new Tooltip("Off by default: the treated unit's post-period"
                + " carries the effect. On small donor pools this choice can change the rank."));

        ComboBox<PreMspeFilter> filter = new ComboBox<>();
        filter.getItems().setAll(PreMspeFilter.values());
        filter.valueProperty().bindBidirectional(model.preMspeFilterProperty());
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.setTooltip(new Tooltip("Which placebos the placebo chart shows. The p-value"
                + " always uses all of them."));

        Button run = new Button("Run");
        run.setId("runButton");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRunBinding().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        run.setMaxWidth(Double.MAX_VALUE);
        cancel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);

        Label error = new Label();
        error.setId("analysisError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        treatedInPools.setWrapText(true);
        placebo.setWrapText(true);
        getChildren().addAll(heading,
                new Label("Treated unit"), treated,
                wrapping("Intervention time (first treated period)"), intervention,
                new Label("Donor pool"), donorList, new HBox(6, all, none),
                placebo, treatedInPools,
                new Label("Placebo chart shows"), filter,
                new HBox(6, run, cancel), error);
        setPrefWidth(280);
        setMinWidth(240);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
