package org.causalworkbench.app.interference.teaching;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.causalworkbench.estimators.interference.simulate.InterferenceShape;

/**
 * The left side of the teaching tab: the preset, the sliders, the truth switch and Run and
 * Cancel. Sliders that the chosen preset does not read are disabled.
 */
final class TeachingControls extends VBox {

    private final SliderRow contexts;
    private final SliderRow unitsPerContext;
    private final SliderRow strength;
    private final SliderRow coefficient;
    private final ComboBox<InterferenceShape> shape = new ComboBox<>();
    private final Label shapeName = new Label("Covariate dependence");
    private final SliderRow replicates;
    private final SliderRow seed;
    private final ComboBox<GraphGenerator> generator = new ComboBox<>();
    private final Label generatorName = new Label("Graph generator");
    private final SliderRow nodes;
    private final SliderRow degree;

    TeachingControls(TeachingViewModel model) {
        getStyleClass().add("interference-inputs");
        setId("teachingControls");

        ComboBox<TeachingPreset> preset = new ComboBox<>();
        preset.setId("teachingPreset");
        preset.getItems().setAll(TeachingPreset.values());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);

        contexts = SliderRow.ofInt("Contexts", model.contextsProperty(), 50, 10_000, 50,
                "teachingContexts");
        unitsPerContext = SliderRow.ofInt("Units per context", model.unitsPerContextProperty(),
                2, 30, 1, "teachingUnitsPerContext");
        strength = SliderRow.ofDouble("Context confounding s", model.contextStrengthProperty(),
                0, 0.6, 0.05, "teachingStrength");
        coefficient = SliderRow.ofDouble("Interference k", model.interferenceCoefficientProperty(),
                0, 10, 0.5, "teachingCoefficient");
        shape.setId("teachingShape");
        shape.getItems().setAll(InterferenceShape.values());
        shape.setConverter(shapeLabels());
        shape.valueProperty().bindBidirectional(model.shapeProperty());
        replicates = SliderRow.ofInt("Replicates R", model.replicatesProperty(), 10, 1000, 10,
                "teachingReplicates");
        seed = SliderRow.ofInt("Seed", model.seedProperty(), 1, 1000, 1, "teachingSeed");
        generator.setId("teachingGenerator");
        generator.getItems().setAll(GraphGenerator.values());
        generator.valueProperty().bindBidirectional(model.generatorProperty());
        nodes = SliderRow.ofInt("Nodes", model.nodesProperty(), 50, 5000, 50, "teachingNodes");
        degree = SliderRow.ofInt("Mean degree", model.degreeProperty(), 2, 20, 1,
                "teachingDegree");

        shapeName.setMinWidth(Region.USE_PREF_SIZE);
        generatorName.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        contexts.addTo(grid, 0);
        unitsPerContext.addTo(grid, 1);
        strength.addTo(grid, 2);
        coefficient.addTo(grid, 3);
        grid.add(shapeName, 0, 4);
        grid.add(shape, 1, 4, 2, 1);
        replicates.addTo(grid, 5);
        seed.addTo(grid, 6);
        grid.add(generatorName, 0, 7);
        grid.add(generator, 1, 7, 2, 1);
        nodes.addTo(grid, 8);
        degree.addTo(grid, 9);

        CheckBox reveal = new CheckBox("Reveal truth");
        reveal.setId("teachingReveal");
        reveal.selectedProperty().bindBidirectional(model.revealTruthProperty());

        Button run = new Button("Run");
        run.setId("teachingRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("teachingCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.setId("teachingStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        Label presetHeading = heading("Preset");
        Label sliderHeading = heading("Process");
        getChildren().addAll(presetHeading, preset, sliderHeading, grid, reveal,
                new HBox(8, run, cancel, progress), status);
        model.presetProperty().addListener((obs, old, now) -> enableFor(now));
        enableFor(model.presetProperty().get());
    }

    private void enableFor(TeachingPreset preset) {
        boolean context = preset.usesContexts();
        boolean households = preset == TeachingPreset.HOUSEHOLDS;
        boolean graph = preset == TeachingPreset.GRAPH;
        contexts.name.setText(households ? "Households" : "Contexts");
        unitsPerContext.name.setText(households ? "Household size" : "Units per context");
        contexts.setDisable(!(context || households));
        unitsPerContext.setDisable(!(context || households));
        strength.setDisable(!context);
        coefficient.setDisable(!(context || graph));
        shape.setDisable(!context);
        shapeName.setDisable(!context);
        replicates.setDisable(!preset.isStudy());
        seed.setDisable(!preset.isStudy());
        generator.setDisable(!graph);
        generatorName.setDisable(!graph);
        nodes.setDisable(!graph);
        degree.setDisable(!graph);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("interference-section");
        return label;
    }

    private static StringConverter<InterferenceShape> shapeLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(InterferenceShape shape) {
                if (shape == null) {
                    return "";
                }
                return shape == InterferenceShape.BERNOULLI_LINEAR ? "None"
                        : "Grows with X";
            }

            @Override
            public InterferenceShape fromString(String text) {
                throw new UnsupportedOperationException("The shape list is not editable.");
            }
        };
    }
}
