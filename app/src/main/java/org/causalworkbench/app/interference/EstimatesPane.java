package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.export.TableExportMenu;
import org.jfree.chart.fx.ChartViewer;

/**
 * The estimates of the outcome on screen. From the top: a headline TACE, the
 * non-identifiability banner, the estimator's warnings and notes, and a table with the
 * Horvitz-Thompson and Hajek estimate and the interval of every row. Below them a forest plot
 * of the same rows sits beside the bootstrap and the checks, then the save buttons.
 */
final class EstimatesPane extends VBox {

    private static final String FOREST_TITLE = "Estimates";

    private final InterferenceViewModel model;
    private final TableView<EstimateRow> table = new TableView<>();
    private final ChartViewer forest = viewer("interferenceForestPlot");
    private final Label headline = new Label("-");
    private final Label notes = new Label();
    private final Label warnings = new Label();

    EstimatesPane(InterferenceViewModel model) {
        this.model = model;
        getStyleClass().add("interference-pane");

        headline.setId("interferenceHeadline");
        headline.getStyleClass().add("headline-value");
        Label headlineLabel = new Label("TACE (Hajek, adjusted for X and I):");
        headlineLabel.getStyleClass().add("headline-label");
        Label datasetNote = new Label();
        datasetNote.getStyleClass().add("dataset-note");
        model.dataProperty().addListener((obs, old, now) ->
                datasetNote.setText(now == null ? "" : now.note()));
        datasetNote.setMinWidth(0);
        headline.setMinWidth(Region.USE_PREF_SIZE);
        headlineLabel.setMinWidth(Region.USE_PREF_SIZE);
        // A stale value stays readable, greyed and tagged, and the reason wraps below it.
        Label staleTag = new Label("stale");
        staleTag.setId("interferenceHeadlineStale");
        staleTag.getStyleClass().add("stale-tag");
        staleTag.setMinWidth(Region.USE_PREF_SIZE);
        staleTag.visibleProperty().bind(model.outcomeStaleProperty());
        staleTag.managedProperty().bind(model.outcomeStaleProperty());
        model.outcomeStaleProperty().addListener((obs, old, stale) -> {
            headline.getStyleClass().remove("stale");
            if (stale) {
                headline.getStyleClass().add("stale");
            }
        });
        HBox top = new HBox(8, headlineLabel, headline, staleTag, datasetNote);
        top.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label staleNotice = staleNotice(model, "interferenceStaleNotice");
        staleNotice.setWrapText(true);
        staleNotice.setMinHeight(Region.USE_PREF_SIZE);

        notes.setId("interferenceNotes");
        notes.getStyleClass().add("interference-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);

        warnings.setId("interferenceWarnings");
        warnings.getStyleClass().add("interference-warning");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setMaxWidth(Double.MAX_VALUE);
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());

        buildTable();
        forest.setPrefHeight(420);
        HBox.setHgrow(forest, Priority.ALWAYS);
        ScrollPane side = new ScrollPane(new ChecksPane(model));
        side.setId("interferenceChecksScroll");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(400);
        side.setMinWidth(300);
        HBox bottom = new HBox(6, forest, side);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        getChildren().addAll(top, staleNotice, new IdentifiabilityBanner(model), warnings, notes,
                table,
                bottom, new ExportBar(model));
        model.estimateRows().addListener((ListChangeListener<EstimateRow>) change -> show());
        show();
    }

    /** Creates a chart viewer with an id and a minimum size that keeps its text readable. */
    static ChartViewer viewer(String id) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.setMinSize(320, 240);
        return viewer;
    }

    /** Creates the notice that shows why the outcome on screen is out of date. */
    static Label staleNotice(InterferenceViewModel model, String id) {
        Label notice = new Label();
        notice.setId(id);
        notice.getStyleClass().add("stale-notice");
        notice.visibleProperty().bind(model.outcomeStaleProperty());
        notice.managedProperty().bind(model.outcomeStaleProperty());
        notice.textProperty().bind(model.staleReasonProperty());
        return notice;
    }

    private void buildTable() {
        table.setId("interferenceEstimatesTable");
        TableExportMenu.install(table, "tace-estimates");
        table.setItems(model.estimateRows());
        TableColumn<EstimateRow, String> label = PreviewPane.column("Estimate", 150,
                EstimateRow::label, false);
        TableColumn<EstimateRow, String> adjustment = PreviewPane.column("Adjusts for", 250,
                EstimateRow::adjustment, false);
        TableColumn<EstimateRow, String> horvitzThompson = PreviewPane.column(
                "Horvitz-Thompson", 110, row -> format(row.horvitzThompson()), true);
        TableColumn<EstimateRow, String> hajek = PreviewPane.column("Hajek", 80,
                row -> format(row.hajek()), true);
        TableColumn<EstimateRow, String> interval = PreviewPane.column("95% interval", 160,
                row -> row.interval().map(i -> String.format(Locale.ROOT, "[%.4f, %.4f]",
                        i.lower(), i.upper())).orElse(bootstrapShown() ? "TACE only"
                        : "B = 0, off"), true);
        TableColumn<EstimateRow, String> kept = PreviewPane.column("Units kept", 90,
                row -> row.unitsKept() + " of " + row.units(), true);
        TableColumn<EstimateRow, String> notesColumn = PreviewPane.column("Notes", 170,
                row -> String.join("; ", row.flags()), false);
        TableText.wrapHeader(horvitzThompson, "Horvitz-Thompson: the weighted sums divided by"
                + " n, unnormalised.");
        TableText.wrapHeader(interval, "95% block-bootstrap interval, on the TACE row only.");
        TableText.wrapHeader(kept, "Units left after trimming, of all units.");
        for (TableColumn<EstimateRow, String> text : List.of(label, adjustment, interval,
                notesColumn)) {
            TableText.tooltipCells(text);
        }
        table.getColumns().setAll(List.of(label, adjustment, horvitzThompson, hajek, interval,
                kept, notesColumn));
        // Columns share the width, so the notes never hide behind a horizontal scroll bar.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // Five rows under a header of two lines; the heights are in em in interference.css,
        // so they follow the zoom.
        table.getStyleClass().add("estimates-table");
        table.setPlaceholder(new Label("Press Run to see the estimates."));
    }

    private boolean bootstrapShown() {
        InterferenceOutcome outcome = model.outcomeProperty().get();
        return outcome != null && outcome.uncertainty().bootstrap() != null;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private void show() {
        InterferenceOutcome outcome = model.outcomeProperty().get();
        List<EstimateRow> rows = model.estimateRows();
        if (outcome == null || rows.isEmpty()) {
            forest.setChart(SynthCharts.placeholder(FOREST_TITLE, "Press Run to see the"
                    + " estimates."));
            headline.setText("-");
            notes.setText("");
            warnings.setText("");
            return;
        }
        forest.setChart(ForestPlot.of(outcome));
        EstimateRow tace = InterferenceViewModel.taceRow(rows);
        headline.setText(format(tace.hajek()));
        notes.setText(String.join(" ", outcome.notes()));
        List<String> warningLines = outcome.checks() == null ? List.of()
                : outcome.checks().warnings();
        warnings.setText(warningLines.isEmpty() ? ""
                : "Propensity fit: " + String.join(" ", warningLines));
    }
}
