package org.causalworkbench.app.interference.classical;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.AllocationCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.interference.classical.AllocationGrid;
import org.causalworkbench.estimators.interference.classical.EffectEstimate;
import org.jfree.chart.fx.ChartViewer;

/**
 * The allocation-curve section: DE(alpha), TE(alpha0, alpha) and OE(alpha0, alpha) as curves
 * with 95% bands, and IE(alpha0, alpha1) as a heat map, from the inverse-probability-weighted
 * estimator of Tchetgen Tchetgen and VanderWeele (2012).
 */
final class AllocationPane extends VBox {

    private static final String CURVES_TITLE = "Effects over allocations";
    private static final String HEAT_MAP_TITLE = "IE(\u03b10, \u03b11)";

    private final AllocationViewModel model;
    private final ChartViewer curves = viewer("classicalCurvesChart");
    private final ChartViewer heatMap = viewer("classicalIndirectHeatMap");
    private final ComboBox<String> reference = new ComboBox<>();
    /** Kept so the bidirectional bindings of the spinners are not garbage-collected. */
    private ObjectProperty<Double> probabilityValue;
    private ObjectProperty<Double> fromValue;
    private ObjectProperty<Double> toValue;
    private ObjectProperty<Integer> pointsValue;

    AllocationPane(AllocationViewModel model) {
        this.model = model;
        getStyleClass().add("classical-section");
        setId("classicalCurves");

        Label convention = new Label(HudgensHalloranPane.SIGN_CONVENTION.replace("\u03c8",
                "\u03b1"));
        convention.getStyleClass().add("sign-convention");
        convention.setWrapText(true);
        convention.setMinHeight(Region.USE_PREF_SIZE);
        Label caption = ClassicalPane.caption("Inverse-probability-weighted estimates for"
                + " counterfactual allocations in which each member of a group is treated"
                + " independently with probability \u03b1. The group propensity is the product"
                + " of the individual propensities, so it assumes independent treatment within"
                + " groups given the covariates. A design that treats a fixed number per group,"
                + " such as the two-stage example, breaks that assumption: the tab then shows"
                + " no curves and says why, and the Hudgens-Halloran tab has the estimator for it."
                + " The bands ignore the"
                + " estimation of a fitted propensity.");

        Label error = ClassicalPane.bindError(model.errorProperty(), "classicalCurvesError");
        Label notes = new Label();
        notes.setId("classicalCurvesNotes");
        notes.getStyleClass().add("interference-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.textProperty().bind(model.notesProperty());

        GridPane charts = chartGrid();
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(ClassicalPane.heading("Allocation curves (Tchetgen Tchetgen and"
                + " VanderWeele 2012)"), convention, caption, settingsRow(), error, charts,
                notes);

        model.gridProperty().addListener((obs, old, now) -> showGrid(now));
        model.errorProperty().addListener((obs, old, now) -> showGrid(
                model.gridProperty().get()));
        model.referenceIndexProperty().addListener((obs, old, now) -> showCurves(
                model.gridProperty().get()));
        reference.setOnAction(event -> {
            int index = reference.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.referenceIndexProperty().set(index);
            }
        });
        showGrid(null);
    }

    private static ChartViewer viewer(String id) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.setMinSize(360, 300);
        return viewer;
    }

    private GridPane chartGrid() {
        GridPane charts = new GridPane();
        charts.setHgap(6);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(55);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(45);
        charts.getColumnConstraints().addAll(wide, narrow);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        charts.getRowConstraints().add(row);
        charts.add(curves, 0, 0);
        charts.add(heatMap, 1, 0);
        charts.setPrefHeight(460);
        charts.setMinHeight(320);
        return charts;
    }

    private FlowPane settingsRow() {
        ComboBox<AllocationViewModel.Propensity> propensity = new ComboBox<>();
        propensity.getItems().setAll(AllocationViewModel.Propensity.values());
        propensity.setId("classicalPropensity");
        propensity.valueProperty().bindBidirectional(model.propensityProperty());

        Spinner<Double> probability = doubleSpinner("classicalKnownProbability", 0.01, 0.99,
                model.knownProbabilityProperty().get());
        probabilityValue = model.knownProbabilityProperty().asObject();
        probability.getValueFactory().valueProperty().bindBidirectional(probabilityValue);
        probability.disableProperty().bind(model.propensityProperty().isNotEqualTo(
                AllocationViewModel.Propensity.KNOWN));

        Spinner<Double> from = doubleSpinner("classicalAlphaFrom", 0.01, 0.98,
                model.fromProperty().get());
        fromValue = model.fromProperty().asObject();
        from.getValueFactory().valueProperty().bindBidirectional(fromValue);
        Spinner<Double> to = doubleSpinner("classicalAlphaTo", 0.02, 0.99,
                model.toProperty().get());
        toValue = model.toProperty().asObject();
        to.getValueFactory().valueProperty().bindBidirectional(toValue);
        Spinner<Integer> points = new Spinner<>(new SpinnerValueFactory
                .IntegerSpinnerValueFactory(2, 101, model.pointsProperty().get()));
        points.setId("classicalAlphaPoints");
        TypedSpinners.allowTyping(points);
        points.setPrefWidth(80);
        pointsValue = model.pointsProperty().asObject();
        points.getValueFactory().valueProperty().bindBidirectional(pointsValue);

        Button estimate = new Button("Estimate curves");
        estimate.setId("classicalEstimateCurves");
        estimate.setOnAction(event -> model.estimate());
        reference.setId("classicalReferenceAlpha");
        reference.setPrefWidth(90);

        return ControlRows.row(ControlRows.field("Propensity:", propensity),
                ControlRows.field("p", probability),
                ControlRows.field("\u03b1 from", from, new Label("to"), to),
                ControlRows.field("points", points), estimate,
                ControlRows.field("TE and OE against \u03b10 =", reference));
    }

    private static Spinner<Double> doubleSpinner(String id, double min, double max,
            double value) {
        Spinner<Double> spinner = new Spinner<>(min, max, value, 0.05);
        spinner.setId(id);
        TypedSpinners.allowTyping(spinner);
        spinner.setPrefWidth(85);
        return spinner;
    }

    private void showGrid(AllocationGrid grid) {
        if (grid == null) {
            reference.getItems().clear();
            String message = model.errorProperty().get().isEmpty() ? "Press Estimate curves."
                    : "No curves: see the message above.";
            curves.setChart(SynthCharts.placeholder(CURVES_TITLE, message));
            heatMap.setChart(SynthCharts.placeholder(HEAT_MAP_TITLE, message));
            return;
        }
        int m = grid.allocations().size();
        double[] alphas = alphas(grid);
        double[][] indirect = new double[m][m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                indirect[r][c] = grid.indirect().get(r).get(c).estimate();
            }
        }
        heatMap.setChart(AllocationCharts.heatMap(HEAT_MAP_TITLE + " = Y(0; \u03b10) - Y(0;"
                + " \u03b11)", alphas, indirect, "IE"));
        reference.getItems().setAll(grid.allocations().stream()
                .map(alpha -> String.format(Locale.ROOT, "%.3f", alpha)).toList());
        reference.getSelectionModel().select(model.referenceIndexProperty().get());
        showCurves(grid);
    }

    private void showCurves(AllocationGrid grid) {
        if (grid == null) {
            return;
        }
        int index = Math.min(model.referenceIndexProperty().get(),
                grid.allocations().size() - 1);
        double[] alphas = alphas(grid);
        String alpha0 = String.format(Locale.ROOT, "%.3f", alphas[index]);
        AllocationCharts.Curve direct = curve("DE(\u03b1)", grid.direct());
        AllocationCharts.Curve total = curve("TE(" + alpha0 + ", \u03b1)",
                grid.total().get(index));
        AllocationCharts.Curve overall = curve("OE(" + alpha0 + ", \u03b1)",
                grid.overall().get(index));
        curves.setChart(AllocationCharts.effectCurves(CURVES_TITLE, alphas,
                List.of(direct, total, overall)));
    }

    private static double[] alphas(AllocationGrid grid) {
        return grid.allocations().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static AllocationCharts.Curve curve(String name, List<EffectEstimate> effects) {
        double[] estimates = effects.stream().mapToDouble(EffectEstimate::estimate).toArray();
        double[] errors = effects.stream().mapToDouble(EffectEstimate::standardError)
                .toArray();
        return new AllocationCharts.Curve(name, estimates, errors);
    }
}
