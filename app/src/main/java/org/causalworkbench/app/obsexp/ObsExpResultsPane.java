package org.causalworkbench.app.obsexp;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.chart.ObsExpCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The results of the observational-plus-experimental analysis: the gap, data and CATE charts,
 * the gap model's diagnostics and one verdict card per falsification test. It redraws whenever
 * the view model's dataset or outcome changes.
 */
public final class ObsExpResultsPane extends VBox {

    private final ObsExpViewModel model;
    private final ChartViewer data = viewer("obsExpDataChart");
    private final ChartViewer gap = viewer("obsExpGapChart");
    private final ChartViewer cate = viewer("obsExpCateChart");
    private final DiagnosticsPanel diagnostics = new DiagnosticsPanel();
    private final HBox verdicts = new HBox();

    /**
     * Creates the pane.
     *
     * @param model the view model whose dataset and outcome it shows
     */
    public ObsExpResultsPane(ObsExpViewModel model) {
        this.model = model;
        getStyleClass().add("obsexp-results");

        Label staleNotice = new Label();
        staleNotice.setId("obsExpStaleNotice");
        staleNotice.getStyleClass().add("stale-notice");
        staleNotice.visibleProperty().bind(model.outcomeStaleProperty());
        staleNotice.managedProperty().bind(model.outcomeStaleProperty());
        staleNotice.textProperty().bind(model.staleReasonProperty());

        // The gap, the core plot, and the CATE get two thirds of the width.
        GridPane charts = new GridPane();
        charts.getStyleClass().add("obsexp-chart-grid");
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            charts.getColumnConstraints().add(column);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            charts.getRowConstraints().add(row);
        }
        charts.add(gap, 0, 0, 2, 1);
        charts.add(data, 2, 0);
        charts.add(cate, 0, 1, 2, 1);
        charts.add(diagnostics, 2, 1);
        diagnostics.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        VBox.setVgrow(charts, Priority.ALWAYS);

        verdicts.setId("obsExpVerdicts");
        verdicts.getStyleClass().add("obsexp-verdict-row");
        verdicts.setAlignment(Pos.TOP_LEFT);

        getChildren().addAll(staleNotice, charts, verdicts);
        model.datasetProperty().addListener((obs, old, now) -> showData());
        model.outcomeProperty().addListener((obs, old, now) -> showOutcome());
        showData();
        showOutcome();
    }

    private static ChartViewer viewer(String id) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.setMinSize(200, 160);
        return viewer;
    }

    private void showData() {
        ObsExpDataset dataset = model.datasetProperty().get();
        data.setChart(dataset == null
                ? SynthCharts.placeholder("Trial data and its support", "No data loaded.")
                : ObsExpCharts.dataChart(dataset));
    }

    private void showOutcome() {
        ObsExpDataset dataset = model.datasetProperty().get();
        ObsExpOutcome outcome = model.outcomeProperty().get();
        diagnostics.show(outcome);
        verdicts.getChildren().clear();
        if (dataset == null || outcome == null) {
            String message = "Press Run to see this chart.";
            gap.setChart(SynthCharts.placeholder("Gap \u0394 = \u03c4 \u2212 \u03c9", message));
            cate.setChart(SynthCharts.placeholder("Conditional effect", message));
            verdicts.getChildren().add(new Label("Press Run to test \u03c9 against the trial."));
            return;
        }
        gap.setChart(ObsExpCharts.gapChart(dataset, outcome));
        cate.setChart(ObsExpCharts.cateChart(dataset, outcome));
        Map<String, FalsificationResult> results = outcome.falsification();
        if (results.isEmpty()) {
            verdicts.getChildren().add(new Label("No falsification test was selected."));
        }
        TestScore score = outcome.request().aipw() ? TestScore.AIPW : TestScore.IPW;
        results.forEach((id, result) -> {
            VerdictCard card = new VerdictCard(id, result, score, outcome.request().band());
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            verdicts.getChildren().add(card);
        });
    }
}
