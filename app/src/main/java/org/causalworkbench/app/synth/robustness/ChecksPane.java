package org.causalworkbench.app.synth.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.causalworkbench.app.chart.RobustnessCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.app.synth.robustness.CheckResults.InTimeCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.LeaveOneOutCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.PredictorCheck;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.jfree.chart.fx.ChartViewer;

/**
 * The checks tab: the predictor-weighted fit, the in-time placebo and the leave-one-donor-out
 * refits, each on its own sub-tab with its own Run button. It only binds controls to a
 * {@link ChecksViewModel}.
 */
public final class ChecksPane extends VBox {

    private final ChecksViewModel model;
    private final ChartViewer predictorChart = PaneParts.viewer("predictorWeightsChart");
    private final TableView<String[]> predictorTable = new TableView<>();
    private final Label predictorSummary = PaneParts.wrapping("");
    private final ChartViewer inTimeChart = PaneParts.viewer("inTimeChart");
    private final Label inTimeSummary = PaneParts.wrapping("");
    private final ChartViewer looChart = PaneParts.viewer("leaveOneOutChart");
    private final Label looSummary = PaneParts.wrapping("");

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public ChecksPane(ChecksViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(8));
        TabPane checks = new TabPane(new Tab("Predictor weights (ADH)", predictorTab()),
                new Tab("In-time placebo", inTimeTab()), new Tab("Leave one donor out",
                        leaveOneOutTab()));
        checks.setId("checkTabs");
        checks.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(checks, Priority.ALWAYS);
        getChildren().addAll(PaneParts.errorLabel(model, "checksError"),
                PaneParts.staleNotice(model, "checksStale"), checks);
        model.predictorCheckProperty().addListener((obs, old, now) -> showPredictor(now));
        model.inTimeCheckProperty().addListener((obs, old, now) -> showInTime(now));
        model.leaveOneOutCheckProperty().addListener((obs, old, now) -> showLeaveOneOut(now));
        showPredictor(null);
        showInTime(null);
        showLeaveOneOut(null);
    }

    private SplitPane predictorTab() {
        VBox left = new VBox(8, new PredictorEditor(model), PaneParts.runBar(model,
                "predictorRun", "Fit predictor weights", model::runPredictorFit));
        left.setPadding(new Insets(6));
        predictorSummary.setId("predictorSummary");
        buildPredictorTable();
        VBox right = new VBox(6, predictorSummary, predictorChart, predictorTable);
        right.setPadding(new Insets(6));
        VBox.setVgrow(predictorChart, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.32);
        return split;
    }

    private void buildPredictorTable() {
        predictorTable.setId("predictorBalance");
        TableExportMenu.install(predictorTable, "predictor-balance");
        String[] names = {"Predictor", "V", "Treated", "Synthetic"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            TableColumn<String[], String> column = new TableColumn<>(names[i]);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
            column.setPrefWidth(i == 0 ? 200 : 100);
            predictorTable.getColumns().add(column);
        }
        predictorTable.setPrefHeight(160);
        predictorTable.setPlaceholder(new Label("Fit predictor weights to see V and the"
                + " predictor balance."));
    }

    private VBox inTimeTab() {
        ComboBox<Double> time = new ComboBox<>(model.placeboTimes());
        time.setId("placeboTime");
        time.valueProperty().bindBidirectional(model.placeboTimeProperty());
        time.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Panel.formatTime(value);
            }

            @Override
            public Double fromString(String text) {
                return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
            }
        });
        HBox controls = new HBox(8, new Label("Fake intervention time (inside the"
                + " pre-period):"), time, PaneParts.runBar(model, "inTimeRun",
                        "Run in-time placebo", model::runInTimePlacebo));
        controls.setAlignment(Pos.CENTER_LEFT);
        inTimeSummary.setId("inTimeSummary");
        VBox box = new VBox(6, controls, PaneParts.wrapping("The weights are refitted on the"
                + " periods before the fake time only. With no effect before the real"
                + " intervention, the gap over the shaded fake post-period should stay near"
                + " zero, and the ratio of its RMSPE to the RMSPE before the fake time near 1."),
                inTimeSummary, inTimeChart);
        VBox.setVgrow(inTimeChart, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private VBox leaveOneOutTab() {
        looSummary.setId("leaveOneOutSummary");
        VBox box = new VBox(6, PaneParts.runBar(model, "leaveOneOutRun",
                "Run leave-one-out refits", model::runLeaveOneOut),
                PaneParts.wrapping("One refit per donor with positive weight, with that donor"
                        + " removed from the pool. A wide range means the estimate rests on"
                        + " single donors."), looSummary, looChart);
        VBox.setVgrow(looChart, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private void showPredictor(PredictorCheck check) {
        if (check == null) {
            predictorChart.setChart(SynthCharts.placeholder("Predictor weights V",
                    "Press Fit predictor weights to see this chart."));
            predictorTable.getItems().clear();
            predictorSummary.setText("");
            return;
        }
        PredictorSyntheticControlResult fit = check.predictorFit();
        predictorChart.setChart(RobustnessCharts.predictorWeights(fit));
        double[] v = fit.predictorWeights();
        double[] treated = fit.treatedPredictors();
        double[] synthetic = fit.syntheticPredictors();
        List<String[]> rows = new ArrayList<>();
        for (int p = 0; p < v.length; p++) {
            rows.add(new String[] {fit.predictorLabels().get(p), format(v[p], "%.4f"),
                format(treated[p], "%.4g"), format(synthetic[p], "%.4g")});
        }
        predictorTable.getItems().setAll(rows);
        predictorSummary.setText(String.format(Locale.ROOT, "ATT with predictor weights %.4f;"
                + " outcome-only (V-free) ATT %.4f; difference %+.4f. Pre-period RMSPE %.4f"
                + " against %.4f. V is not uniquely identified: other V can give the same"
                + " donor weights, and the search may stop at a local optimum, so read V as one"
                + " of many. %s", fit.fit().att(), check.outcomeOnly().att(),
                fit.fit().att() - check.outcomeOnly().att(), fit.fit().preRmspe(),
                check.outcomeOnly().preRmspe(), String.join(" ", otherNotes(fit))));
    }

    private static List<String> otherNotes(PredictorSyntheticControlResult fit) {
        List<String> notes = new ArrayList<>(fit.notes());
        notes.removeIf(note -> note.startsWith("The predictor weights V are not uniquely"));
        return notes;
    }

    private void showInTime(InTimeCheck check) {
        if (check == null) {
            inTimeChart.setChart(SynthCharts.placeholder("In-time placebo: gap path",
                    "Choose a fake time and press Run in-time placebo."));
            inTimeSummary.setText("");
            return;
        }
        RobustnessChecks.InTimePlacebo placebo = check.placebo();
        inTimeChart.setChart(RobustnessCharts.inTimeGap(placebo,
                check.settings().interventionTime(), check.settings().panel()));
        inTimeSummary.setText(String.format(Locale.ROOT, "Fake time %s: RMSPE over the fake"
                + " post-period %.4f, before the fake time %.4f, ratio %.3f.",
                Panel.formatTime(placebo.placeboTime()), placebo.placeboRmspe(),
                placebo.fit().preRmspe(), placebo.ratio()));
    }

    private void showLeaveOneOut(LeaveOneOutCheck check) {
        if (check == null) {
            looChart.setChart(SynthCharts.placeholder("Leave one donor out: ATT per refit",
                    "Press Run leave-one-out refits to see this chart."));
            looSummary.setText("");
            return;
        }
        RobustnessChecks.LeaveOneOut refits = check.refits();
        looChart.setChart(RobustnessCharts.leaveOneOut(refits));
        looSummary.setText(String.format(Locale.ROOT, "Full fit ATT %.4f; %d refits range from"
                + " %.4f to %.4f.", refits.full().att(), refits.refits().size(),
                refits.minAtt(), refits.maxAtt()));
    }

    private static String format(double value, String pattern) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : "-";
    }
}
