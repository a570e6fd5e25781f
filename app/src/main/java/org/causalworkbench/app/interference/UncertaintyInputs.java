package org.causalworkbench.app.interference;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.interference.VarianceInflation;

/**
 * The controls of the inputs pane's Uncertainty and Identifiability sections: bootstrap
 * replicates, seed, variance inflation and the default interference level.
 */
final class UncertaintyInputs {

    private UncertaintyInputs() {
    }

    /** Returns one row with the replicates B and the seed. */
    static HBox bootstrapRow(InterferenceViewModel model, List<ObjectProperty<?>> keep) {
        Spinner<Integer> replicates = new Spinner<>(0, UncertaintyChoice.MAX_REPLICATES,
                model.replicatesProperty().get(), 50);
        replicates.setId("interferenceReplicates");
        TypedSpinners.allowTyping(replicates);
        replicates.setPrefWidth(90);
        ObjectProperty<Integer> count = model.replicatesProperty().asObject();
        keep.add(count);
        replicates.getValueFactory().valueProperty().bindBidirectional(count);
        replicates.setTooltip(new Tooltip("Block-bootstrap replicates B for the 95% interval of"
                + " the TACE; 0 turns the interval off."));

        Spinner<Integer> seed = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE,
                model.seedProperty().get());
        seed.setId("interferenceSeed");
        seed.setPrefWidth(80);
        ObjectProperty<Integer> seedValue = model.seedProperty().asObject();
        keep.add(seedValue);
        seed.getValueFactory().valueProperty().bindBidirectional(seedValue);
        seed.disableProperty().bind(model.replicatesProperty().isEqualTo(0));
        seed.setTooltip(new Tooltip("Seed of the block draws: the same seed gives the same"
                + " interval. " + TypedSpinners.rangeText(seed.getValueFactory()) + "."));
        HBox row = InputsPane.row(new Label("B"), replicates);
        row.getChildren().addAll(new Label("Seed"), seed);
        return row;
    }

    static VBox inflationRow(InterferenceViewModel model) {
        ComboBox<VarianceInflation> inflation = new ComboBox<>();
        inflation.setId("interferenceInflation");
        inflation.getItems().setAll(VarianceInflation.AVERAGE,
                VarianceInflation.SPECTRAL_RADIUS, VarianceInflation.MAXIMUM,
                VarianceInflation.NONE);
        inflation.valueProperty().bindBidirectional(model.inflationProperty());
        inflation.disableProperty().bind(model.replicatesProperty().isEqualTo(0));
        inflation.setCellFactory(list -> new InflationCell());
        inflation.setButtonCell(new InflationCell());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> explain(inflation.getValue()), inflation.valueProperty()));
        inflation.setTooltip(tooltip);
        inflation.setMaxWidth(Double.MAX_VALUE);

        ComboBox<InflationGraph> graph = new ComboBox<>();
        graph.setId("interferenceInflationGraph");
        graph.getItems().setAll(InflationGraph.values());
        graph.valueProperty().bindBidirectional(model.inflationGraphProperty());
        graph.disableProperty().bind(model.replicatesProperty().isEqualTo(0));
        Tooltip graphTip = new Tooltip();
        graphTip.setWrapText(true);
        graphTip.setMaxWidth(360);
        graphTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> graph.getValue() == null ? "" : graph.getValue().explain(),
                graph.valueProperty()));
        graph.setTooltip(graphTip);
        graph.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, new Label("Variance inflation D"), inflation,
                new Label("from the dependence between"), graph);
    }

    static VBox defaultLevelRow(InterferenceViewModel model) {
        CheckBox additive = new CheckBox("Assume additivity in T and I");
        additive.setId("interferenceAssumeAdditivity");
        additive.setWrapText(true);
        additive.selectedProperty().bindBidirectional(model.assumeAdditivityProperty());
        Tooltip additiveTip = new Tooltip("The TACE estimator's model is Y = f(T, X) + g(I, X):"
                + " then the default level cancels and the TACE is identified. Untick it to see"
                + " the non-identifiability banner when no kept unit has the default level.");
        additiveTip.setWrapText(true);
        additiveTip.setMaxWidth(360);
        additive.setTooltip(additiveTip);
        return new VBox(4, additive, levelRow(model));
    }

    private static HBox levelRow(InterferenceViewModel model) {
        TextField level = new TextField();
        level.setId("interferenceDefaultLevel");
        level.setPrefColumnCount(4);
        level.textProperty().bindBidirectional(model.defaultLevelProperty());
        level.setTooltip(new Tooltip("Signature value without interference, 0 for fractions and"
                + " counts, from 0 to 1 for fractions; a note or banner appears when no kept unit"
                + " has it."));
        return InputsPane.row(new Label("Default level of I"), level);
    }

    static String label(VarianceInflation inflation) {
        return switch (inflation) {
            case AVERAGE -> "Average D_avg";
            case SPECTRAL_RADIUS -> "Spectral radius D_sr";
            case MAXIMUM -> "Maximum D_max";
            case NONE -> "None (D = 1)";
        };
    }

    static String explain(VarianceInflation inflation) {
        if (inflation == null) {
            return "";
        }
        return switch (inflation) {
            case AVERAGE -> "Mean number of units each unit depends on: optimistic.";
            case SPECTRAL_RADIUS -> "Largest eigenvalue of the dependency matrix: the usual"
                    + " choice, between average and maximum.";
            case MAXIMUM -> "Largest number of units any unit depends on: conservative.";
            case NONE -> "No inflation: only when every dependent pair shares a block.";
        };
    }

    /** Shows an inflation's name, with its explanation as the cell's tooltip. */
    private static final class InflationCell extends ListCell<VarianceInflation> {
        @Override
        protected void updateItem(VarianceInflation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
            setTooltip(empty || item == null ? null : new Tooltip(explain(item)));
        }
    }
}
