package org.causalworkbench.app.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.SpilloverCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.synth.spillover.SpilloverSensitivity;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;
import org.jfree.chart.fx.ChartViewer;

/**
 * The sensitivity panel: a heat map of the effect left after an assumed spillover, with the
 * zero contour bold, the break-even sizes, and the false-positive bound beside the what-if
 * refits that put each excluded donor back.
 */
public final class SensitivityPane extends VBox {

    private final SpilloverViewModel model;
    private final ChartViewer contour = ChartViewers.create();
    private final Label breakEven = new Label();
    private final Label falsePositive = new Label();
    private final TableView<String[]> perDonor = table("breakEvenTable",
            "Kept donor", "Weight \u03b2", "\u0393*_j = |ATT| / \u03b2_j");
    private final TableView<String[]> whatIf = table("whatIfTable",
            "Put back", "ATT", "Change", "Their weight");

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public SensitivityPane(SpilloverViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(6));

        ComboBox<Integer> sign = new ComboBox<>();
        sign.setId("spilloverSign");
        sign.getItems().setAll(1, -1);
        sign.valueProperty().bindBidirectional(model.signProperty().asObject());
        sign.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s > 0 ? "s = +1 (donors' outcomes pushed up)"
                        : "s = \u22121 (donors' outcomes pushed down)";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Button analyse = new Button("Analyse");
        analyse.setId("sensitivityButton");
        analyse.setOnAction(e -> model.runSensitivity());
        analyse.disableProperty().bind(model.sensitivityRunningProperty()
                .or(model.synth().outcomeProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("sensitivityCancel");
        cancel.disableProperty().bind(model.sensitivityRunningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.sensitivityProgressProperty());
        progress.visibleProperty().bind(model.sensitivityRunningProperty());
        Label status = new Label();
        status.setId("sensitivityStatus");
        status.textProperty().bind(model.sensitivityStatusProperty());
        Label stale = new Label();
        stale.setId("sensitivityStale");
        stale.getStyleClass().add("stale-notice");
        stale.textProperty().bind(model.sensitivityStaleProperty());
        stale.visibleProperty().bind(stale.textProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        // Status and stale notice get their own wrapping lines: beside the controls they were
        // cut to a few letters.
        HBox controls = new HBox(8, new Label("Assumed spillover sign"), sign, analyse, cancel,
                progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        fillWidth(status);
        fillWidth(stale);
        ScreenPane.keepEnterInside(this);

        Label explain = new Label("A spillover of size \u0393 on kept donors holding weight share"
                + " \u03c0 moves the estimate by \u2212s\u00b7\u0393\u00b7\u03c0, so the effect"
                + " without it is ATT + s\u00b7\u0393\u00b7\u03c0. The bold line marks"
                + " where that is zero: spillovers at or beyond it would explain the whole"
                + " estimate.");
        explain.setWrapText(true);
        fillWidth(explain);

        contour.setId("sensitivityChart");
        contour.setMinSize(300, 260);
        breakEven.setId("breakEven");
        breakEven.setWrapText(true);
        breakEven.getStyleClass().add("headline-label");
        fillWidth(breakEven);
        falsePositive.setId("falsePositiveBound");
        falsePositive.setWrapText(true);
        fillWidth(falsePositive);
        Label perDonorHeading = new Label("Break-even size per donor (spillover on it alone)");
        perDonorHeading.getStyleClass().add("pane-heading");
        Label whatIfHeading = new Label("What if excluded donors were put back (refits)");
        whatIfHeading.getStyleClass().add("pane-heading");
        VBox side = new VBox(6, breakEven, perDonorHeading, perDonor, whatIfHeading,
                falsePositive, whatIf);
        side.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(perDonor, Priority.ALWAYS);
        VBox.setVgrow(whatIf, Priority.ALWAYS);
        side.setMinWidth(320);
        SplitPane body = new SplitPane(contour, side);
        body.setDividerPositions(0.6);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(controls, status, stale, explain, body);
        model.sensitivityProperty().addListener((obs, old, now) -> show());
        model.signProperty().addListener((obs, old, now) -> show());
        show();
    }

    /**
     * Lets a wrapping label take the width its box offers instead of its one-line width, so it
     * wraps inside the pane rather than running past its edge.
     */
    private static void fillWidth(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(100);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private void show() {
        SensitivityOutcome outcome = model.sensitivityProperty().get();
        if (outcome == null) {
            contour.setChart(SynthCharts.placeholder("Adjusted effect",
                    "Run the synthetic control, then press Analyse."));
            breakEven.setText("");
            falsePositive.setText("");
            perDonor.getItems().clear();
            whatIf.getItems().clear();
            return;
        }
        SpilloverSensitivity sensitivity = outcome.sensitivity();
        contour.setChart(SpilloverCharts.effectSurface(
                SensitivityGrid.surface(outcome, model.signProperty().get()),
                outcome.suspectShare(), outcome.preRmspe()));

        double gamma = sensitivity.breakEven();
        breakEven.setText(String.format(Locale.ROOT, "Break-even, all kept donors: \u0393* ="
                + " |ATT| = %s (%.2f pre-period RMSPEs).%s", format(gamma),
                outcome.preRmspe() > 0 ? gamma / outcome.preRmspe() : Double.NaN,
                suspectText(outcome, gamma)));
        perDonor.getItems().setAll(perDonorRows(sensitivity));
        falsePositive.setText(sensitivity.excludedDonors().isEmpty()
                ? "No donor is excluded, so there is no false-positive bound and nothing to put"
                        + " back."
                : "False-positive bound N\u00b7max|\u03b2|\u00b7max|pre \u2212 post mean of"
                        + " excluded| = " + format(sensitivity.falsePositiveBound())
                        + " (loose on level data: compare the refits below).");

        List<String[]> rows = new ArrayList<>();
        for (WhatIfRow row : outcome.whatIf()) {
            String label = row.reincluded().size() == 1 ? row.reincluded().get(0)
                    : "All " + row.reincluded().size() + " excluded";
            rows.add(new String[] {label, format(row.att()),
                    String.format(Locale.ROOT, "%+.4f", row.change()),
                    String.format(Locale.ROOT, "%.3f", row.reincludedWeight())});
        }
        whatIf.getItems().setAll(rows);
    }

    /** Words the break-even size of a spillover on the screen-flagged kept donors alone. */
    private static String suspectText(SensitivityOutcome outcome, double gamma) {
        if (outcome.suspects().isEmpty()) {
            return "";
        }
        String names = String.join(", ", outcome.suspects());
        if (outcome.suspectShare() <= 0) {
            return " Screen-flagged kept donors (" + names + ") have zero weight, so a spillover"
                    + " on them alone cannot move the estimate.";
        }
        return String.format(Locale.ROOT, " Screen-flagged kept donors (%s) have weight %.3f,"
                + " so a spillover of %s on them alone would break even.", names,
                outcome.suspectShare(), format(gamma / outcome.suspectShare()));
    }

    private static List<String[]> perDonorRows(SpilloverSensitivity sensitivity) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Double> entry : sensitivity.breakEvenByDonor().entrySet()) {
            double weight = sensitivity.fit().weightOf(entry.getKey());
            if (weight <= 0) {
                continue;
            }
            rows.add(new String[] {entry.getKey(), String.format(Locale.ROOT, "%.4f", weight),
                    format(entry.getValue())});
        }
        rows.sort((a, b) -> Double.compare(Double.parseDouble(b[1]),
                Double.parseDouble(a[1])));
        return rows;
    }

    private static TableView<String[]> table(String id, String... titles) {
        TableView<String[]> table = new TableView<>();
        table.setId(id);
        TableExportMenu.install(table, id);
        for (int c = 0; c < titles.length; c++) {
            int index = c;
            TableColumn<String[], String> column = new TableColumn<>(titles[c]);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
            column.setPrefWidth(c == 0 ? 170 : 110);
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Nothing to show."));
        table.setMinHeight(100);
        return table;
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value)
                : value > 0 ? "\u221e" : Double.toString(value);
    }
}
