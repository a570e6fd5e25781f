package org.causalworkbench.app.interference;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inputs of the interference workspace: the unit table, the interaction structure, the
 * signature builder, the isolated-unit policy, the propensity model, the trimming bound, the
 * bootstrap and the default interference level, with Run and Cancel. It only binds controls to the {@link InterferenceViewModel}.
 */
final class InputsPane extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(InputsPane.class);

    /** The widest the pane gets when the split divider is dragged, in pixels. */
    static final double MAX_WIDTH = 480;

    private final InterferenceViewModel model;
    /** Bidirectional bindings hold their ends weakly, so the object views are kept here. */
    private final List<ObjectProperty<?>> boundValues = new ArrayList<>();

    InputsPane(InterferenceViewModel model) {
        this.model = model;
        VBox settings = new VBox();
        settings.getStyleClass().add("interference-inputs");

        Label heading = new Label("Interference (TACE)");
        heading.getStyleClass().add("pane-heading");

        Label dataName = new Label();
        dataName.setId("interferenceDataName");
        dataName.setWrapText(true);
        model.dataProperty().addListener((obs, old, now) -> dataName.setText(describe(now)));
        dataName.setText(describe(model.dataProperty().get()));
        Button open = new Button("Open unit table...");
        open.setId("interferenceOpen");
        open.setOnAction(e -> chooseTable());
        open.disableProperty().bind(model.runningProperty());

        Button example = new Button("Load graph example");
        example.setId("interferenceGraphExample");
        example.setOnAction(e -> model.loadGraphExample());
        example.disableProperty().bind(model.runningProperty());
        open.setMaxWidth(Double.MAX_VALUE);
        example.setMaxWidth(Double.MAX_VALUE);
        example.setTooltip(new Tooltip("300 simulated units on a small-world network, with"
                + " spillovers along the edges and a true TACE of 2."));

        settings.getChildren().addAll(heading, section("Data"), dataName,
                open, example, section("Interaction structure"),
                StructureInputs.sourceBox(model),
                section("Signature I (tick one or more for a vector)"));
        for (SignatureComponent component : SignatureComponent.values()) {
            CheckBox box = new CheckBox(component.toString());
            box.setId("signature_" + component.name());
            box.selectedProperty().bindBidirectional(model.componentProperty(component));
            box.setTooltip(new Tooltip(tooltip(component)));
            settings.getChildren().add(box);
        }
        settings.getChildren().addAll(powerRow(), modifierBox(),
                section("Units without neighbours (0/0)"),
                policyChoice(), StructureInputs.isolatedLabel(model), section("Propensity e(X, I)"), propensityChoice(), binsRow(),
                section("Trimming"), trimmingRow(), section("Uncertainty and identifiability"),
                UncertaintyInputs.bootstrapRow(model, boundValues),
                UncertaintyInputs.inflationRow(model), UncertaintyInputs.defaultLevelRow(model));
        settings.setMinWidth(Region.USE_PREF_SIZE);

        // Run and Cancel stay in view however far the settings are scrolled.
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        VBox actions = new VBox(6, runButtons(), messages());
        actions.getStyleClass().add("interference-actions");
        // A long message wraps at the pane's width instead of widening the pane, which the
        // split pane would never narrow again.
        actions.setMinWidth(0);
        actions.setPrefWidth(0);
        setBottom(actions);
        setMinWidth(Region.USE_PREF_SIZE);
        setMaxWidth(MAX_WIDTH);
    }

    private static String describe(InterferenceData data) {
        if (data == null) {
            return "No unit table loaded.";
        }
        String covariates = data.covariateNames().isEmpty() ? "no covariates"
                : "covariates " + String.join(", ", data.covariateNames());
        return data.name() + ": " + data.size() + " units, " + covariates + ". " + data.note();
    }

    private static String tooltip(SignatureComponent component) {
        return switch (component) {
            case GROUP_FRACTION -> "Fraction of the other members of the unit's group treated.";
            case NEIGHBOUR_FRACTION -> "Fraction of the unit's neighbours treated; with a group"
                    + " column the neighbours are the other group members.";
            case TREATED_COUNT -> "Number of treated neighbours, a whole number.";
            case INVERSE_DISTANCE -> "Treated fraction weighted by hop distance to the power p;"
                    + " on a group column every housemate is one hop away, so it equals the"
                    + " group fraction. Needs the binned or logistic propensity.";
        };
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("interference-section");
        label.setWrapText(true);
        return label;
    }

    private HBox powerRow() {
        Spinner<Double> power = new Spinner<>(0.5, 6, model.distancePowerProperty().get(), 0.5);
        power.setId("interferencePower");
        power.setPrefWidth(90);
        ObjectProperty<Double> value = model.distancePowerProperty().asObject();
        boundValues.add(value);
        power.getValueFactory().valueProperty().bindBidirectional(value);
        power.disableProperty().bind(
                model.componentProperty(SignatureComponent.INVERSE_DISTANCE).not());
        return row(new Label("Distance power p"), power);
    }

    private VBox modifierBox() {
        CheckBox modifier = new CheckBox("Own-treatment modifier");
        modifier.setId("interferenceModifier");
        modifier.setWrapText(true);
        modifier.selectedProperty().bindBidirectional(model.ownTreatmentModifierProperty());
        TextField reduction = new TextField();
        reduction.setId("interferenceReduction");
        reduction.setPrefColumnCount(4);
        reduction.textProperty().bindBidirectional(model.ownTreatmentReductionProperty());
        reduction.disableProperty().bind(model.ownTreatmentModifierProperty().not());
        reduction.setTooltip(new Tooltip("A fraction such as 1/10 or a decimal such as 0.1;"
                + " applies to every fraction component."));
        HBox constant = row(new Label("c in max(0, I - c T)"), reduction);
        constant.setPadding(new Insets(0, 0, 0, 24));
        return new VBox(4, modifier, constant);
    }

    private ComboBox<IsolatedUnitPolicy> policyChoice() {
        ComboBox<IsolatedUnitPolicy> policy = new ComboBox<>();
        policy.getItems().setAll(IsolatedUnitPolicy.values());
        policy.setId("interferencePolicy");
        policy.valueProperty().bindBidirectional(model.isolatedUnitPolicyProperty());
        policy.setMaxWidth(Double.MAX_VALUE);
        policy.setTooltip(new Tooltip("A unit without neighbours has the fraction 0/0. Set to 0"
                + " treats it as having no treated neighbour; Missing drops it from the TACE"
                + " estimate only."));
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(IsolatedUnitPolicy value) {
                if (value == null) {
                    return "";
                }
                return switch (value) {
                    case REJECT -> "Reject (stop with an error)";
                    case ZERO -> "Set I to 0";
                    case MISSING -> "Missing (leave out of TACE)";
                };
            }

            @Override
            public IsolatedUnitPolicy fromString(String text) {
                return null;
            }
        });
        return policy;
    }

    private ComboBox<PropensityModel> propensityChoice() {
        ComboBox<PropensityModel> propensity = new ComboBox<>();
        propensity.getItems().setAll(PropensityModel.values());
        propensity.setId("interferencePropensity");
        propensity.valueProperty().bindBidirectional(model.propensityModelProperty());
        propensity.setMaxWidth(Double.MAX_VALUE);
        return propensity;
    }

    private HBox binsRow() {
        Spinner<Integer> bins = new Spinner<>(1, SignatureChoice.MAX_BINS,
                model.binsProperty().get());
        bins.setId("interferenceBins");
        TypedSpinners.allowTyping(bins);
        bins.setPrefWidth(90);
        ObjectProperty<Integer> value = model.binsProperty().asObject();
        boundValues.add(value);
        bins.getValueFactory().valueProperty().bindBidirectional(value);
        bins.disableProperty().bind(model.propensityModelProperty()
                .isNotEqualTo(PropensityModel.BINS));
        return row(new Label("Bins K"), bins);
    }

    private HBox trimmingRow() {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.49,
                        model.trimmingProperty().get(), 0.01);
        Spinner<Double> trimming = new Spinner<>(factory);
        trimming.setId("interferenceTrimming");
        TypedSpinners.allowTyping(trimming);
        trimming.setPrefWidth(90);
        ObjectProperty<Double> value = model.trimmingProperty().asObject();
        boundValues.add(value);
        factory.valueProperty().bindBidirectional(value);
        trimming.setTooltip(new Tooltip("Cells with e outside [eps, 1 - eps] drop; cells with one"
                + " arm only always drop."));
        return row(new Label("eps"), trimming);
    }

    private HBox runButtons() {
        Button run = new Button("Run");
        run.setId("interferenceRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canRunBinding().not());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("interferenceCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        run.setMaxWidth(Double.MAX_VALUE);
        cancel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);
        HBox buttons = new HBox(6, run, cancel);
        return buttons;
    }

    private VBox messages() {
        Label error = new Label();
        error.setId("interferenceError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label problem = new Label();
        problem.setId("interferencePreviewProblem");
        problem.getStyleClass().add("interference-warning");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.textProperty().bind(model.previewProblemProperty());
        // A rejected run repeats the preview's problem as its error; show it once, in red.
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty()
                .and(problem.textProperty().isNotEqualTo(model.errorProperty())));
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(6, problem, error);
    }

    static HBox row(javafx.scene.Node label, javafx.scene.Node control) {
        HBox row = new HBox(8, label, control);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void chooseTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a unit table (one row per unit)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        CsvTable table;
        try {
            table = CsvTable.read(file.toPath());
        } catch (DataFormatException invalid) {
            LOG.warn("Cannot open {}: {}", file, invalid.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, invalid.getMessage());
            alert.initOwner(getScene().getWindow());
            alert.setHeaderText("Cannot open " + file.getName());
            alert.showAndWait();
            return;
        }
        Optional<InterferenceData> data =
                new UnitTableImportDialog(getScene().getWindow(), table).showAndWait();
        data.ifPresent(loaded -> {
            LOG.info("Opened {} with {} units for the interference workspace", file,
                    loaded.size());
            model.load(loaded);
            model.run();
        });
    }
}
