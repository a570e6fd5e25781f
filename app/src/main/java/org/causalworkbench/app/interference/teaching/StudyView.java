package org.causalworkbench.app.interference.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.chart.TeachingCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.interference.simulate.BiasDecomposition;
import org.causalworkbench.estimators.interference.simulate.BiasSummary;
import org.causalworkbench.estimators.interference.simulate.InterferenceStudyResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The result of a teaching study: the bias distributions, a table of mean bias and 2.5-97.5%
 * range per estimator, and the split of the naive bias when the process has one.
 */
final class StudyView extends VBox {

    private final ChartViewer distributions = ChartViewers.create();
    private final ChartViewer decompositionChart = ChartViewers.create();
    private final TableView<String[]> table = new TableView<>();
    private final Label decompositionText = new Label();
    private final HBox decompositionBox;
    private final TeachingViewModel model;

    StudyView(TeachingViewModel model) {
        this.model = model;
        getStyleClass().add("interference-pane");
        setId("teachingStudyView");
        distributions.setId("teachingBiasChart");
        distributions.setMinSize(400, 300);
        VBox.setVgrow(distributions, Priority.ALWAYS);
        buildTable();

        decompositionChart.setId("teachingDecompositionChart");
        decompositionChart.setMinSize(360, 130);
        decompositionChart.setPrefSize(520, 150);
        decompositionText.setId("teachingDecomposition");
        decompositionText.setWrapText(true);
        decompositionText.setMinWidth(300);
        decompositionText.setMaxWidth(420);
        decompositionBox = new HBox(12, decompositionText, decompositionChart);
        HBox.setHgrow(decompositionChart, Priority.ALWAYS);
        decompositionBox.managedProperty().bind(decompositionBox.visibleProperty());

        Label stale = new Label();
        stale.setId("teachingStale");
        stale.getStyleClass().add("interference-warning");
        stale.textProperty().bind(model.staleReasonProperty());
        stale.visibleProperty().bind(model.staleReasonProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());

        getChildren().addAll(stale, distributions, table, decompositionBox);
        model.studyProperty().addListener((obs, old, now) -> refresh());
        model.revealTruthProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        InterferenceStudyResult result = model.studyProperty().get();
        table.getItems().setAll(rows(result));
        if (result == null) {
            distributions.setChart(SynthCharts.placeholder("Bias over the replicates",
                    "Choose a simulation preset and press Run."));
            decompositionBox.setVisible(false);
            return;
        }
        distributions.setChart(TeachingCharts.biasDistributions(result,
                model.revealTruthProperty().get()));
        decompositionBox.setVisible(result.decomposition().isPresent());
        result.decomposition().ifPresent(split -> {
            decompositionText.setText(describe(split));
            decompositionChart.setChart(TeachingCharts.decomposition(split));
        });
    }

    private void buildTable() {
        table.setId("teachingBiasTable");
        TableExportMenu.install(table, "teaching-bias");
        String[] headers = {"Estimator", "Mean bias", "SD", "2.5%", "97.5%", "TACE units kept"};
        for (int c = 0; c < headers.length; c++) {
            int column = c;
            TableColumn<String[], String> tableColumn = new TableColumn<>(headers[c]);
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    row.getValue()[column]));
            tableColumn.setPrefWidth(c == 0 ? 220 : 130);
            tableColumn.setSortable(false);
            table.getColumns().add(tableColumn);
        }
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 4 + 8);
        table.setMinHeight(26 * 4 + 8);
        table.setPlaceholder(new Label("Run a study to see the bias of each estimator."));
    }

    /**
     * Returns one row per estimator: name, mean bias, SD, the 2.5% and 97.5% quantiles and,
     * for the TACE row, the mean number of units kept after trimming.
     */
    static List<String[]> rows(InterferenceStudyResult result) {
        List<String[]> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        double meanUnitsKept = result.rows().stream().mapToInt(row -> row.taceUnitsKept()).average()
                .orElse(Double.NaN);
        rows.add(row("Naive, e = P(T)", result.naive(), ""));
        rows.add(row("Covariates, e(X)", result.covariates(), ""));
        rows.add(row("TACE, e(X, I)", result.tace(), String.format(Locale.ROOT, "%.0f",
                meanUnitsKept)));
        return rows;
    }

    /** Describes the split of the naive bias in numbers. */
    static String describe(BiasDecomposition split) {
        return String.format(Locale.ROOT, "Naive bias = b_X * dX + b_I * dI%n"
                + "  = %.4g * %.4f + %.4g * %.4f%n  = %.4f + %.4f = %.4f%n"
                + "Observed mean naive bias %.4f (residual %.4f, outcome noise).",
                split.covariateCoefficient(), ratio(split.covariatePart(),
                        split.covariateCoefficient()),
                split.signatureCoefficient(), ratio(split.signaturePart(),
                        split.signatureCoefficient()),
                split.covariatePart(), split.signaturePart(), split.predictedBias(),
                split.naiveBias(), split.residual());
    }

    private static double ratio(double part, double coefficient) {
        return coefficient == 0 ? 0 : part / coefficient;
    }

    private static String[] row(String name, BiasSummary summary, String unitsKept) {
        return new String[] {name, format(summary.mean()), format(summary.sd()),
            format(summary.lower()), format(summary.upper()), unitsKept};
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
