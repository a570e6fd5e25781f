package org.causalworkbench.app.synth.robustness;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.RobustnessCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.synth.FirstStageDiagnostics;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The debias tab: the proximal (instrumented) synthetic control beside the plain one, with the
 * instruments, the kept donors, first-stage strength and a warning when the instruments are too
 * few. It only binds controls to a {@link DebiasViewModel}.
 */
public final class DebiasPane extends VBox {

    private final DebiasViewModel model;
    private final Label plainAtt = headlineValue("debiasPlainAtt");
    private final Label debiasedAtt = headlineValue("debiasAtt");
    private final Label change = headlineValue("debiasChange");
    private final Label method = headlineValue("debiasMethod");
    private final Label warning = new Label();
    private final Label instruments = PaneParts.wrapping("");
    private final Label kept = PaneParts.wrapping("");
    private final Label strength = PaneParts.wrapping("");
    private final Label notes = PaneParts.wrapping("");
    private final ChartViewer weights = PaneParts.viewer("debiasWeightsChart");
    private final ChartViewer partialR2 = PaneParts.viewer("partialR2Chart");

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public DebiasPane(DebiasViewModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(8));

        Label heading = new Label("Debias with excluded donors (proximal synthetic control)");
        heading.getStyleClass().add("pane-heading");
        Label caption = PaneParts.wrapping("Kept donors measure the common factors with noise,"
                + " which shrinks their weights. Donors you excluded measure the same factors"
                + " with independent noise, so their pre-period outcomes serve as instruments"
                + " (two-stage least squares). Their post-period values are never used.");

        getChildren().addAll(heading, caption, options(), noExclusionsBox(),
                PaneParts.errorLabel(model, "debiasError"),
                PaneParts.staleNotice(model, "debiasStale"), warningBanner(), headline(),
                charts(), details());
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(model.outcomeProperty().get());
    }

    private HBox options() {
        ComboBox<InstrumentSource> source = new ComboBox<>();
        source.setId("instrumentSource");
        source.getItems().setAll(InstrumentSource.values());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        CheckBox intercept = new CheckBox("Intercept");
        intercept.setId("debiasIntercept");
        intercept.selectedProperty().bindBidirectional(model.interceptProperty());
        intercept.setTooltip(new Tooltip("Fits a constant in both stages, so the synthetic"
                + " control may sit at another level than the donors."));
        CheckBox unconstrained = new CheckBox("Unconstrained 2SLS");
        unconstrained.setId("debiasUnconstrained");
        unconstrained.selectedProperty().bindBidirectional(model.unconstrainedProperty());
        unconstrained.setTooltip(new Tooltip("Drops the simplex constraint: weights may be"
                + " negative and need not sum to one."));
        Spinner<Integer> components = new Spinner<>(0, 100, 0);
        components.setId("componentCount");
        components.setPrefWidth(80);
        TypedSpinners.allowTyping(components);
        components.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.componentCountProperty().set(now == null ? 0 : now));
        model.componentCountProperty().addListener(
                (obs, old, now) -> components.getValueFactory().setValue(now.intValue()));
        components.setTooltip(new Tooltip("Principal components of the instruments used in"
                + " stage 1; 0 uses the instruments themselves unless they are too many or"
                + " collinear."));

        HBox row = new HBox(10, new Label("Instruments:"), source, intercept, unconstrained,
                new Label("Components (0 = automatic):"), components,
                PaneParts.runBar(model, "debiasRun", "Run debiased fit", model::run));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox noExclusionsBox() {
        Label text = PaneParts.wrapping("The instruments are the donors you exclude from the"
                + " pool, and none is excluded now. Untick donors you suspect of spillover on"
                + " the left, or use the donors that get zero weight in the plain fit.");
        Button useZero = new Button("Use zero-weight donors of the plain fit");
        useZero.setId("useZeroWeight");
        useZero.setOnAction(e -> {
            model.sourceProperty().set(InstrumentSource.ZERO_WEIGHT_DONORS);
            model.run();
        });
        VBox box = new VBox(6, text, useZero);
        box.setId("noExclusionsBox");
        box.setStyle(PaneParts.INFO_STYLE);
        PaneParts.showWhen(box, Bindings.createBooleanBinding(
                () -> model.sourceProperty().get() == InstrumentSource.EXCLUDED_DONORS
                        && model.excludedCountProperty().get() == 0,
                model.sourceProperty(), model.excludedCountProperty()));
        return box;
    }

    private Label warningBanner() {
        warning.setId("debiasWarning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setStyle(PaneParts.WARNING_STYLE);
        PaneParts.showWhen(warning, warning.textProperty().isNotEmpty());
        return warning;
    }

    private GridPane headline() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(2);
        String[] names = {"Plain ATT", "Debiased ATT", "Change", "Method"};
        Label[] values = {plainAtt, debiasedAtt, change, method};
        for (int i = 0; i < names.length; i++) {
            Label name = new Label(names[i]);
            name.getStyleClass().add("headline-label");
            grid.add(name, i, 0);
            grid.add(values[i], i, 1);
        }
        return grid;
    }

    private GridPane charts() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(row);
        grid.add(weights, 0, 0);
        grid.add(partialR2, 1, 0);
        weights.setPrefHeight(340);
        partialR2.setPrefHeight(340);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return grid;
    }

    private ScrollPane details() {
        instruments.setId("debiasInstruments");
        kept.setId("debiasKept");
        strength.setId("debiasStrength");
        notes.setId("debiasNotes");
        VBox box = new VBox(4, instruments, kept, strength, notes);
        box.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(150);
        scroll.setMinHeight(90);
        return scroll;
    }

    private void show(DebiasOutcome outcome) {
        if (outcome == null) {
            String message = "Press Run debiased fit to see this chart.";
            weights.setChart(SynthCharts.placeholder("Weights of the kept donors", message));
            partialR2.setChart(SynthCharts.placeholder("First stage: partial R² per kept donor",
                    message));
            for (Label label : List.of(plainAtt, debiasedAtt, change, method)) {
                label.setText("-");
            }
            for (Label label : List.of(warning, instruments, kept, strength, notes)) {
                label.setText("");
            }
            return;
        }
        ProximalSyntheticControlResult fit = outcome.proximal();
        plainAtt.setText(format(fit.plainAtt()));
        debiasedAtt.setText(format(fit.att()));
        change.setText(String.format(Locale.ROOT, "%+.4f", fit.attChange()));
        method.setText(methodText(fit.method()));

        warning.setText(outcome.fellBack() || !fit.warnings().isEmpty()
                ? "Warning: " + String.join(" ", fit.warnings()) : "");
        weights.setChart(RobustnessCharts.weightComparison(fit, outcome.plain()));
        partialR2.setChart(RobustnessCharts.partialRSquared(fit));

        FirstStageDiagnostics stage = fit.firstStage();
        instruments.setText(String.format(Locale.ROOT, "Instruments (%s): %d, %s",
                outcome.source().toString().toLowerCase(Locale.ROOT), stage.instruments().size(),
                String.join(", ", stage.instruments())));
        kept.setText(String.format(Locale.ROOT, "Kept donors (positive plain weight): %d, %s",
                fit.keptDonors().size(), String.join(", ", fit.keptDonors())));
        strength.setText(strengthText(stage, outcome.intercept()));
        notes.setText(String.join(" ", fit.notes()));
    }

    private static String strengthText(FirstStageDiagnostics stage, boolean intercept) {
        String plainNote = intercept ? " The plain weights in the chart come from the fit"
                + " without intercept; the plain ATT above uses the intercept." : "";
        if (stage.componentCount() == 0) {
            return "First stage: none, because the fit fell back to the plain synthetic"
                    + " control." + plainNote;
        }
        String directions = stage.principalComponents()
                ? stage.componentCount() + " leading principal components of the instruments"
                : stage.componentCount() + " instruments";
        return String.format(Locale.ROOT, "First stage: %s. Smallest singular value of the"
                + " projected kept donors %.4g (in outcome units; near 0 means weak"
                + " instruments).%s", directions, stage.smallestSingularValue(), plainNote);
    }

    private static String methodText(ProximalSyntheticControlResult.Method method) {
        return switch (method) {
            case CONSTRAINED_2SLS -> "Constrained 2SLS";
            case UNCONSTRAINED_2SLS -> "Unconstrained 2SLS";
            case PLAIN_FALLBACK -> "Plain fallback";
        };
    }

    private static Label headlineValue(String id) {
        Label label = new Label("-");
        label.setId(id);
        label.getStyleClass().add("headline-value");
        return label;
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value)
                : Double.toString(value);
    }
}
