package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.InterferenceCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.WeightedEstimate;
import org.jfree.chart.fx.ChartViewer;

/**
 * The overlap diagnostics of the outcome on screen: the signature by arm, the propensity
 * histogram with the trimming bounds, and the table of (X, I) cells with the cells that lack
 * overlap highlighted.
 */
final class DiagnosticsPane extends VBox {

    private final ChartViewer signatureChart = EstimatesPane.viewer("interferenceSignatureChart");
    private final ChartViewer propensityChart =
            EstimatesPane.viewer("interferencePropensityChart");
    private final TableView<CellOverlap> cells = new TableView<>();
    private final Label summary = new Label();
    private final Label placeholder = new Label(NOT_RUN);

    private static final String NOT_RUN = "Press Run to see the cells.";

    /**
     * Orders cells without overlap first, so they are visible without scrolling, then by
     * covariate label and by signature, component by component.
     */
    private static final java.util.Comparator<CellOverlap> CELL_ORDER =
            java.util.Comparator.comparing(CellOverlap::kept)
                    .thenComparing(DiagnosticsPane::covariatePart)
                    .thenComparing(DiagnosticsPane::signatureOf, DiagnosticsPane::compare);

    DiagnosticsPane(InterferenceViewModel model) {
        getStyleClass().add("interference-pane");
        GridPane charts = new GridPane();
        charts.setHgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            charts.getColumnConstraints().add(column);
        }
        javafx.scene.layout.RowConstraints chartRow = new javafx.scene.layout.RowConstraints();
        chartRow.setVgrow(Priority.ALWAYS);
        chartRow.setFillHeight(true);
        charts.getRowConstraints().add(chartRow);
        charts.add(signatureChart, 0, 0);
        charts.add(propensityChart, 1, 0);
        charts.setPrefHeight(400);
        charts.setMinHeight(260);
        VBox.setVgrow(charts, Priority.ALWAYS);

        buildCellTable();
        summary.setId("interferenceCellSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(EstimatesPane.staleNotice(model, "interferenceDiagnosticsStale"),
                charts, summary, cells);
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(model.outcomeProperty().get());
    }

    private void buildCellTable() {
        cells.setId("interferenceCellTable");
        TableExportMenu.install(cells, "interference-cells");
        cells.getColumns().add(PreviewPane.column("X", 90, DiagnosticsPane::covariatePart,
                false));
        cells.getColumns().add(PreviewPane.column("I", 160, DiagnosticsPane::signaturePart,
                false));
        cells.getColumns().add(PreviewPane.column("n1", 60,
                cell -> Integer.toString(cell.treated()), true));
        cells.getColumns().add(PreviewPane.column("n0", 60,
                cell -> Integer.toString(cell.untreated()), true));
        cells.getColumns().add(PreviewPane.column("mean Y, T = 1", 130,
                cell -> number(cell.treatedMean()), true));
        cells.getColumns().add(PreviewPane.column("mean Y, T = 0", 130,
                cell -> number(cell.untreatedMean()), true));
        cells.getColumns().add(PreviewPane.column("e = n1 / n", 100,
                cell -> String.format(Locale.ROOT, "%.3f", cell.propensity()), true));
        cells.getColumns().add(PreviewPane.column("Kept", 260, DiagnosticsPane::keptText,
                false));
        cells.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CellOverlap cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().remove("interference-dropped");
                if (!empty && cell != null && !cell.kept()) {
                    getStyleClass().add("interference-dropped");
                }
            }
        });
        cells.setPlaceholder(placeholder);
        placeholder.setWrapText(true);
        cells.setPrefHeight(300);
        cells.setMinHeight(160);
    }

    private static String keptText(CellOverlap cell) {
        if (cell.kept()) {
            return "yes";
        }
        if (cell.treated() == 0 || cell.untreated() == 0) {
            return "no: " + (cell.treated() == 0 ? "no treated unit" : "no untreated unit");
        }
        return "no: e outside the trimming bounds";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Returns the covariate part of a cell key (X, I), or "-" without covariates. */
    static String covariatePart(CellOverlap cell) {
        return cell.key() instanceof List<?> pair ? String.valueOf(pair.get(0)) : "-";
    }

    private static Signature signatureOf(CellOverlap cell) {
        Object key = cell.key() instanceof List<?> pair ? pair.get(1) : cell.key();
        return (Signature) key;
    }

    private static int compare(Signature first, Signature second) {
        for (int c = 0; c < Math.min(first.components().size(),
                second.components().size()); c++) {
            int order = first.components().get(c).compareTo(second.components().get(c));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(first.components().size(), second.components().size());
    }

    /** Returns the signature part of a cell key (X, I). */
    static String signaturePart(CellOverlap cell) {
        List<String> parts = signatureOf(cell).components().stream().map(Object::toString)
                .toList();
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
    }

    private void show(InterferenceOutcome outcome) {
        if (outcome == null) {
            String message = "Press Run to see this chart.";
            signatureChart.setChart(SynthCharts.placeholder("Signature I by treatment arm",
                    message));
            propensityChart.setChart(SynthCharts.placeholder("Estimated propensity e(X, I)",
                    message));
            cells.getItems().clear();
            summary.setText("");
            placeholder.setText(NOT_RUN);
            return;
        }
        InterferenceData data = outcome.request().data();
        WeightedEstimate tace = outcome.result().tace();
        String axis = "I: " + outcome.request().signature().components().get(0)
                + (outcome.request().signature().components().size() > 1
                        ? " (first component)" : "");
        signatureChart.setChart(InterferenceCharts.signatureByArm(
                outcome.signatures().firstComponent(), data.treatment(), axis));
        propensityChart.setChart(InterferenceCharts.propensityHistogram(tace.propensities(),
                outcome.request().trimming(), tace.unitsKept(), data.size()));
        List<CellOverlap> sorted = new java.util.ArrayList<>(tace.cells());
        sorted.sort(CELL_ORDER);
        cells.getItems().setAll(sorted);

        if (tace.cells().isEmpty()) {
            String logistic = "A logistic propensity model has no cells: it fits e(X, I) to"
                    + " every unit. The histogram above shows the fitted e, with the trimming"
                    + " bounds.";
            placeholder.setText(logistic);
            summary.setText(String.format(Locale.ROOT, "%s %d units dropped by trimming.",
                    logistic, tace.unitsTrimmed()));
            return;
        }
        placeholder.setText("No cells.");
        summary.setText(summarise(tace.cells(), outcome.request().trimming(),
                tace.unitsTrimmed()));
    }

    /**
     * Counts the cells that dropped for having one arm only apart from those whose propensity
     * fell outside the trimming bounds, because only the latter change with eps.
     */
    static String summarise(List<CellOverlap> all, double trimming, int unitsDropped) {
        long singleArm = all.stream().filter(cell -> !cell.kept()
                && (cell.treated() == 0 || cell.untreated() == 0)).count();
        long trimmed = all.stream().filter(cell -> !cell.kept()).count() - singleArm;
        return String.format(Locale.ROOT, "%d cells of (X, I): %d single-arm (no overlap), %d"
                + " with both arms but trimmed by eps = %s; highlighted and listed first."
                + " %d units dropped. Click a column header to sort.", all.size(), singleArm,
                trimmed, trimming, unitsDropped);
    }
}
