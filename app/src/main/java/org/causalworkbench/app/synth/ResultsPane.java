package org.causalworkbench.app.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The results pane: four charts (fit, gap, placebo gaps, weights) and a table of summary
 * statistics. It redraws whenever the view model's outcome or placebo filter changes.
 */
public final class ResultsPane extends VBox {

    private final SynthViewModel model;
    private final ChartViewer fit = viewer("fitChart");
    private final ChartViewer gap = viewer("gapChart");
    private final ChartViewer placebo = viewer("placeboChart");
    private final ChartViewer weights = viewer("weightsChart");
    private final TableView<String[]> summary = new TableView<>();
    private final Label attValue = new Label("-");
    private final Label staleNotice = new Label();
    private final Label notes = new Label();

    /**
     * Creates the pane.
     *
     * @param model the view model whose outcome it shows
     */
    public ResultsPane(SynthViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(6));

        GridPane charts = new GridPane();
        charts.setHgap(6);
        charts.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            charts.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            charts.getRowConstraints().add(row);
        }
        charts.add(fit, 0, 0);
        charts.add(gap, 1, 0);
        charts.add(placebo, 0, 1);
        charts.add(weights, 1, 1);
        VBox.setVgrow(charts, Priority.ALWAYS);

        attValue.setId("attValue");
        attValue.getStyleClass().add("headline-value");
        Label attLabel = new Label("ATT (average effect after the intervention):");
        attLabel.getStyleClass().add("headline-label");
        staleNotice.setId("staleNotice");
        staleNotice.getStyleClass().add("stale-notice");
        staleNotice.visibleProperty().bind(model.outcomeStaleProperty());
        staleNotice.managedProperty().bind(model.outcomeStaleProperty());
        staleNotice.textProperty().bind(model.staleReasonProperty());
        Label datasetNote = new Label();
        datasetNote.setId("datasetNote");
        datasetNote.getStyleClass().add("dataset-note");
        datasetNote.textProperty().bind(model.datasetNoteProperty());
        HBox headline = new HBox(8, attLabel, attValue, datasetNote, staleNotice);

        buildSummaryTable();
        notes.setWrapText(true);
        notes.setId("resultNotes");

        getChildren().addAll(headline, charts, summary, notes);
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        model.preMspeFilterProperty().addListener((obs, old, now) -> showPlacebo());
        show(model.outcomeProperty().get());
    }

    private static ChartViewer viewer(String id) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.setMinSize(200, 160);
        return viewer;
    }

    private void buildSummaryTable() {
        summary.setId("summaryTable");
        TableExportMenu.install(summary, "synthetic-control-summary");
        TableColumn<String[], String> name = new TableColumn<>("Statistic");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[0]));
        name.setPrefWidth(260);
        TableColumn<String[], String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[1]));
        value.setPrefWidth(130);
        TableColumn<String[], String> meaning = new TableColumn<>("What it means");
        meaning.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[2]));
        meaning.setPrefWidth(660);
        summary.getColumns().add(name);
        summary.getColumns().add(value);
        summary.getColumns().add(meaning);
        meaning.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        // Row and table heights are in em in workbench.css, so they follow the zoom.
        summary.getStyleClass().add("results-summary");
        summary.setPlaceholder(new Label("Run an analysis to see its statistics."));
    }

    private void show(SynthOutcome outcome) {
        if (outcome == null) {
            String message = "Press Run to see this chart.";
            fit.setChart(SynthCharts.placeholder("Treated and synthetic control", message));
            gap.setChart(SynthCharts.placeholder("Gap: observed minus synthetic", message));
            placebo.setChart(SynthCharts.placeholder("Placebo gaps", message));
            weights.setChart(SynthCharts.placeholder("Donor weights", message));
            summary.getItems().clear();
            attValue.setText("-");
            notes.setText("");
            return;
        }
        fit.setChart(SynthCharts.fitChart(outcome));
        gap.setChart(SynthCharts.gapChart(outcome));
        weights.setChart(SynthCharts.weightsChart(outcome));
        showPlacebo();
        attValue.setText(String.format(Locale.ROOT, "%.4f", outcome.fit().att()));
        summary.getItems().setAll(summaryRows(outcome));
        notes.setText(String.join(" ", outcome.fit().diagnostics().messages()));
    }

    private void showPlacebo() {
        SynthOutcome outcome = model.outcomeProperty().get();
        if (outcome != null) {
            placebo.setChart(SynthCharts.placeboChart(outcome,
                    model.preMspeFilterProperty().get().multiple()));
        }
    }

    /** Returns the rows of the summary table: statistic, value, meaning. */
    static List<String[]> summaryRows(SynthOutcome outcome) {
        SyntheticControlResult fit = outcome.fit();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("ATT", format(fit.att()), "Mean gap (observed minus synthetic) over the"
                + " post-intervention periods."));
        rows.add(row("Pre-period RMSPE", format(fit.preRmspe()), "How closely the synthetic"
                + " control tracks the treated unit before the intervention; smaller is better."));
        rows.add(row("Post-period RMSPE", format(fit.postRmspe()), "Root mean squared gap"
                + " after the intervention."));
        rows.add(row("RMSPE ratio (post / pre)", format(fit.rmspeRatio()), "The placebo test"
                + " statistic; large values mean the post-period gap is unusual."));
        PlaceboResult placebo = outcome.placebo();
        if (placebo != null) {
            rows.add(row("Placebo rank", placebo.rank() + " of " + (placebo.placebos().size()
                    + 1), "Units (treated included) whose ratio is at least the treated"
                    + " unit's."));
            rows.add(row("Placebo p-value", format(placebo.pValue()), "rank / (donors + 1);"
                    + " the smallest possible is 1 / (donors + 1)."));
        }
        rows.add(row("Donors in pool", Integer.toString(fit.donors().size()), "Units the"
                + " weights were chosen from, after exclusions and dropped donors."));
        rows.add(row("Exact-optimum check (KKT violation)", String.format(Locale.ROOT, "%.1e",
                fit.diagnostics().kktViolation()), "Below 1e-9 the weights are the exact"
                + " best pre-period fit, not an approximation."
                + (fit.diagnostics().weightsMayNotBeUnique()
                        ? " Other weights reach the same fit." : "")));
        return rows;
    }

    private static String[] row(String name, String value, String meaning) {
        return new String[] {name, value, meaning};
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value)
                : Double.toString(value);
    }
}
