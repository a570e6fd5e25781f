package org.causalworkbench.app.interference.classical;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.shell.TypedSpinners;

/**
 * The Aronow-Samii section: the design, a run with progress and cancel, and the tables of
 * exposure conditions and contrasts.
 */
final class AronowSamiiPane extends VBox {

    /** Header of the contrast column, with the direction of the difference. */
    static final String CONTRAST_HEADER = "d_k - d_l: \u03bc(d_k) - \u03bc(d_l)";

    private final AronowSamiiViewModel model;
    /** Kept so the bidirectional bindings of the spinners are not garbage-collected. */
    private ObjectProperty<Double> probabilityValue;
    private ObjectProperty<Integer> treatedValue;
    private ObjectProperty<Integer> drawsValue;

    AronowSamiiPane(AronowSamiiViewModel model, ReadOnlyObjectProperty<InterferenceData> data) {
        this.model = model;
        getStyleClass().add("classical-section");
        setId("classicalAronowSamii");

        Label structure = ClassicalPane.caption("");
        structure.setId("classicalAsStructure");
        data.addListener((obs, old, now) -> structure.setText(describe(now)));
        structure.setText(describe(data.get()));

        Label status = new Label();
        status.setId("classicalAsStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Label error = ClassicalPane.bindError(model.errorProperty(), "classicalAsError");
        Label warnings = new Label();
        warnings.setId("classicalAsWarnings");
        warnings.getStyleClass().add("interference-notes");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        model.reportProperty().addListener((obs, old, now) -> warnings.setText(now == null ? ""
                : String.join("\n", now.warnings())));

        getChildren().addAll(ClassicalPane.heading("Aronow-Samii exposure estimates (known"
                + " design)"), structure, designRow(), runRow(status), error, exposureTable(),
                ClassicalPane.subheading("Contrasts \u03c4(d_k, d_l) = \u03bc(d_k) -"
                        + " \u03bc(d_l): exposure minus reference, the opposite of the"
                        + " \"0 minus 1\" signs of Hudgens-Halloran"), contrastTable(), warnings);
    }

    private static String describe(InterferenceData data) {
        if (data == null) {
            return "";
        }
        long edges = 0;
        for (int[] neighbours : data.neighbours()) {
            edges += neighbours.length;
        }
        return String.format(Locale.ROOT, "Exposure mapping AS4 at hop 1 on the current"
                + " structure (%d units, %d edges): own treatment crossed with \"at least one"
                + " treated neighbour\". The design must be the one that assigned the"
                + " treatment; probabilities are exact or relative frequencies over R draws."
                + " At most %d units.", data.size(), edges / 2, AronowSamiiReport.MAX_UNITS);
    }

    private FlowPane designRow() {
        ComboBox<DesignChoice.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(DesignChoice.Kind.values());
        kind.setId("classicalDesignKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());

        Spinner<Double> probability = new Spinner<>(0.01, 0.99, model.probabilityProperty()
                .get(), 0.05);
        probability.setId("classicalProbability");
        TypedSpinners.allowTyping(probability);
        probability.setPrefWidth(90);
        probabilityValue = model.probabilityProperty().asObject();
        probability.getValueFactory().valueProperty().bindBidirectional(probabilityValue);
        probability.disableProperty().bind(model.kindProperty().isNotEqualTo(
                DesignChoice.Kind.BERNOULLI));

        Spinner<Integer> treated = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE,
                model.treatedProperty().get());
        treated.setId("classicalTreated");
        treated.setPrefWidth(100);
        treatedValue = model.treatedProperty().asObject();
        treated.getValueFactory().valueProperty().bindBidirectional(treatedValue);
        treated.disableProperty().bind(model.kindProperty().isNotEqualTo(
                DesignChoice.Kind.COMPLETE));

        CheckBox exact = new CheckBox("Exact (enumerate all assignments)");
        exact.setId("classicalExact");
        exact.selectedProperty().bindBidirectional(model.exactProperty());

        Spinner<Integer> draws = new Spinner<>(new SpinnerValueFactory
                .IntegerSpinnerValueFactory(1, 10_000_000, model.drawsProperty().get(), 500));
        draws.setId("classicalDraws");
        TypedSpinners.allowTyping(draws);
        draws.setPrefWidth(110);
        drawsValue = model.drawsProperty().asObject();
        draws.getValueFactory().valueProperty().bindBidirectional(drawsValue);
        draws.disableProperty().bind(model.exactProperty());

        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("classicalSeed");
        seed.setPrefColumnCount(7);
        seed.setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("-?\\d{0,18}") ? change : null));
        seed.textProperty().addListener((obs, old, now) -> {
            if (now.matches("-?\\d+")) {
                model.seedProperty().set(Long.parseLong(now));
            }
        });
        model.seedProperty().addListener((obs, old, now) -> {
            if (!seed.getText().equals(now.toString())) {
                seed.setText(now.toString());
            }
        });
        seed.disableProperty().bind(model.exactProperty());

        return ControlRows.row(ControlRows.field("Design:", kind),
                ControlRows.field("p", probability), ControlRows.field("m", treated), exact,
                ControlRows.field("R draws", draws), ControlRows.field("seed", seed));
    }

    private HBox runRow(Label status) {
        Button run = new Button("Run");
        run.setId("classicalAsRun");
        run.setDefaultButton(false);
        run.disableProperty().bind(model.canRunBinding().not());
        run.setOnAction(event -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("classicalAsCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("classicalAsProgress");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        HBox row = new HBox(8, ControlRows.keepWidth(run), ControlRows.keepWidth(cancel),
                ControlRows.keepWidth(progress), status);
        row.getStyleClass().add("classical-controls");
        return row;
    }

    private TableView<ExposureRow> exposureTable() {
        TableView<ExposureRow> table = Tables.table("classicalExposureTable", model.exposures(),
                4, "Press Run to compute the exposure probabilities and estimates.");
        table.getColumns().add(Tables.column("Condition", 80, ExposureRow::condition, false));
        table.getColumns().add(Tables.column("Meaning", 270, ExposureRow::meaning, false));
        table.getColumns().add(Tables.column("Units observed", 150, ExposureRow::observed,
                true));
        table.getColumns().add(Tables.column("\u03c0 range (all units)", 150,
                row -> String.format(Locale.ROOT, "%.3f to %.3f", row.minProbability(),
                        row.maxProbability()), true));
        table.getColumns().add(Tables.column("HT mean", 95,
                row -> row.show(row.horvitzThompson()), true));
        table.getColumns().add(Tables.withNegativeVarianceTip(Tables.column("HT SE", 85,
                row -> row.show(row.horvitzThompsonError()), true)));
        table.getColumns().add(Tables.column("Hajek mean", 95,
                row -> row.show(row.hajek()), true));
        table.getColumns().add(Tables.withNegativeVarianceTip(Tables.column("Hajek SE", 85,
                row -> row.show(row.hajekError()), true)));
        return table;
    }

    private TableView<ContrastRow> contrastTable() {
        TableView<ContrastRow> table = Tables.table("classicalContrastTable", model.contrasts(),
                6, "Press Run to see the contrasts.");
        table.getColumns().add(Tables.column(CONTRAST_HEADER, 170, ContrastRow::contrast,
                false));
        table.getColumns().add(Tables.column("HT", 95,
                row -> row.show(row.horvitzThompson()), true));
        table.getColumns().add(Tables.withNegativeVarianceTip(Tables.column(
                "HT SE (conservative)", 150, row -> row.show(row.horvitzThompsonError()),
                true)));
        table.getColumns().add(Tables.column("Hajek", 95,
                row -> row.show(row.hajek()), true));
        table.getColumns().add(Tables.withNegativeVarianceTip(Tables.column(
                "Hajek SE (linearised)", 150, row -> row.show(row.hajekError()), true)));
        table.getColumns().add(Tables.column("Why undefined", 200, ContrastRow::undefinedReason,
                false));
        return table;
    }
}
