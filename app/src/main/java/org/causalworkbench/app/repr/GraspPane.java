package org.causalworkbench.app.repr;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.GraspCharts;
import org.causalworkbench.app.chart.SteeringCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.causalworkbench.estimators.repr.grasp.GraspSweepResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The GRASP panel of the Representation lab, which runs the latent-persona toy. It shows the
 * identified spectrum with a cosine gauge, the trade-off of every method and their genuine-use
 * accuracy. Below are the live fine-tuning losses and the identification over a sweep of
 * correlation and complexity.
 */
public final class GraspPane extends BorderPane {

    private final GraspViewModel model;
    private final ChartViewer spectrumChart = LabPanes.viewer("graspSpectrumChart");
    private final ChartViewer tradeOffChart = LabPanes.viewer("graspTradeOffChart");
    private final ChartViewer accuracyChart = LabPanes.viewer("graspAccuracyChart");
    private final ChartViewer sweepChart = LabPanes.viewer("graspSweepChart");
    private final ChartViewer lossChart = LabPanes.viewer("graspLossChart");
    private final ChartViewer steeringChart = LabPanes.viewer("graspSteeringChart");

    /**
     * Explanation of the sweep, drawn inside its chart because a label below the chart needed
     * more height than the grid gave it at large zoom.
     */
    static final String SWEEP_NOTE = "The sweep pretrains once, then runs every method for each"
            + " correlation \u03c1 in " + Arrays.toString(GraspViewModel.SWEEP_CORRELATIONS)
            + " and complexity K in " + Arrays.toString(GraspViewModel.SWEEP_COMPLEXITIES)
            + " with the rank and seed above. Identification needs a strong correlation or a"
            + " complex task. With a simple task and a weak correlation the top direction of"
            + " \u0394W misses the persona, and GRASP then blocks the wrong direction.";

    /** Shown on the sweep chart once the rank or seed differs from the sweep's. */
    static final String SWEEP_STALE = "These cells come from an earlier sweep with other"
            + " settings or an unfinished run; press Sweep to update them.";
    private final CosineGauge gauge = new CosineGauge(GraspViewModel.COSINE_THRESHOLD);

    /**
     * Creates the pane around a view model; call it on the FX thread.
     *
     * @param model the view model
     */
    public GraspPane(GraspViewModel model) {
        this.model = model;
        setId("graspPane");

        Label caption = LabPanes.wrapped("GRASP fine-tunes a LoRA adapter naively, reads the"
                + " directions"
                + " of the spurious persona factor from the SVD of that weight change without"
                + " labels, and trains again with each Adam update of the adapter projected off"
                + " them. It restricts the weight-update subspace; ablation and steering edit"
                + " the activations h\u2081 instead. Ablation at inference costs role-play"
                + " accuracy. Steering, at inference or preventatively during training, keeps it"
                + " only when its coefficient is close to the naive update's write, a size known"
                + " only after that fine-tune. At twice that size steering loses most of the"
                + " role-play accuracy.");
        Label status = new Label();
        status.setId("graspStatus");
        status.textProperty().bind(model.statusProperty());
        Label stale = new Label("The charts show a previous run: its settings differ or a"
                + " later run did not finish.");
        stale.setId("graspStale");
        stale.getStyleClass().add("error-text");
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        Label error = LabPanes.wrapped("");
        error.setId("graspError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        setTop(new VBox(6, caption, toolBar(), new FlowPane(8, 4, progress, status), stale,
                error));
        setCenter(chartGrid());

        showWaiting();
        sweepChart.setChart(GraspCharts.withNote(GraspCharts.empty(
                "Identification over the sweep", "Press Sweep to fill the grid of 9 cells."),
                SWEEP_NOTE));
        model.resultProperty().addListener((obs, old, now) -> showResult(now));
        model.sweepProperty().addListener((obs, old, now) -> showSweep(now));
        model.sweepStaleProperty().addListener((obs, old, now) ->
                showSweep(model.sweepProperty().get()));
        ListChangeListener<Double> redraw = change -> showLosses();
        model.naiveLosses().addListener(redraw);
        model.graspLosses().addListener(redraw);
        showLosses();
    }

    /**
     * Creates the pane with its own view model, which trains on a daemon worker thread.
     *
     * @return the pane
     */
    public static GraspPane create() {
        return new GraspPane(new GraspViewModel(Platform::runLater,
                WorkerThreads.singleDaemon("grasp")));
    }

    /** Returns the pane's view model, for saving the experiment in a project. */
    public GraspViewModel model() {
        return model;
    }

    private FlowPane toolBar() {
        Spinner<Double> correlation = new Spinner<>(new SpinnerValueFactory
                .DoubleSpinnerValueFactory(0, 1, model.correlationProperty().get(), 0.05));
        correlation.setId("graspCorrelation");
        LabPanes.editable(correlation, 80);
        correlation.valueProperty().addListener((obs, old, now) ->
                model.correlationProperty().set(now));
        Spinner<Integer> complexity = intSpinner("graspComplexity", 1, 5,
                model.complexityProperty().get());
        complexity.valueProperty().addListener((obs, old, now) ->
                model.complexityProperty().set(now));
        Spinner<Integer> rank = intSpinner("graspRank", 1, 24, model.rankProperty().get());
        rank.valueProperty().addListener((obs, old, now) -> model.rankProperty().set(now));
        Spinner<Integer> seed = intSpinner("graspSeed", 0, Integer.MAX_VALUE,
                (int) model.seedProperty().get());
        seed.valueProperty().addListener((obs, old, now) -> model.seedProperty().set(now));
        // A project or an undo sets the model; the spinners follow it back.
        model.correlationProperty().addListener((obs, old, now) ->
                correlation.getValueFactory().setValue(now.doubleValue()));
        model.complexityProperty().addListener((obs, old, now) ->
                complexity.getValueFactory().setValue(now.intValue()));
        model.rankProperty().addListener((obs, old, now) ->
                rank.getValueFactory().setValue(now.intValue()));
        model.seedProperty().addListener((obs, old, now) -> {
            // Projects and the command line reject seeds outside the spinner's range.
            if (now.longValue() >= 0 && now.longValue() <= Integer.MAX_VALUE) {
                seed.getValueFactory().setValue((int) now.longValue());
            }
        });

        Button run = new Button("Run");
        run.setId("graspRun");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button sweep = new Button("Sweep \u03c1 \u00d7 K");
        sweep.setId("graspSweep");
        sweep.disableProperty().bind(model.runningProperty());
        sweep.setOnAction(event -> model.runSweep());
        Button cancel = new Button("Cancel");
        cancel.setId("graspCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());

        return new FlowPane(8, 6, new Label("Correlation \u03c1"), correlation,
                new Label("Complexity K"), complexity, new Label("LoRA rank"), rank,
                new Label("Seed"), seed, run, sweep, cancel);
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = TypedSpinners.wholeNumbers(min, max, value);
        spinner.setId(id);
        LabPanes.editable(spinner, 80);
        return spinner;
    }

    private GridPane chartGrid() {
        GridPane charts = new GridPane();
        charts.setHgap(6);
        charts.setVgap(6);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            charts.getColumnConstraints().add(third);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setFillHeight(true);
            charts.getRowConstraints().add(row);
        }

        VBox spectrum = new VBox(4, spectrumChart, gauge);
        VBox.setVgrow(spectrumChart, Priority.ALWAYS);
        charts.add(spectrum, 0, 0);
        charts.add(tradeOffChart, 1, 0);
        charts.add(accuracyChart, 2, 0);
        charts.add(lossChart, 0, 1);

        charts.add(sweepChart, 1, 1);
        charts.add(steeringChart, 2, 1);
        return charts;
    }

    /** Draws the experiment's charts empty, before the first run or after a clear. */
    private void showWaiting() {
        String waiting = "Press Run to train the toy model.";
        spectrumChart.setChart(GraspCharts.empty("Naive LoRA update \u0394W: singular spectrum",
                waiting));
        gauge.clear();
        tradeOffChart.setChart(GraspCharts.empty("Trade-off: factor rate against task error",
                waiting));
        accuracyChart.setChart(GraspCharts.empty("Genuine use: role-play accuracy", waiting));
        steeringChart.setChart(GraspCharts.empty("Steering against its coefficient", waiting));
    }

    private void showResult(GraspResult result) {
        if (result == null) {
            showWaiting();
            return;
        }
        GraspConfiguration config = model.resultConfigurationProperty().get();
        // A rank-r update has at most r nonzero singular values; the rest are zero.
        double[] all = result.identification().singularValues();
        double[] shown = Arrays.copyOf(all, Math.min(all.length, config.rank()));
        spectrumChart.setChart(GraspCharts.spectrum(shown, result.identification().count()));
        gauge.show(result.cosine());
        tradeOffChart.setChart(GraspCharts.tradeOff(result.methods()));
        accuracyChart.setChart(GraspCharts.genuineUseAccuracy(result.methods()));
        steeringChart.setChart(SteeringCharts.curve(result.steeringCurve(),
                result.metrics(GraspMethod.GRASP).genuineUseAccuracy()));
    }

    private void showSweep(GraspSweepResult sweep) {
        if (sweep != null) {
            JFreeChart chart = GraspCharts.withNote(GraspCharts.sweepHeatMap(
                    sweep.correlations(), sweep.complexities(), sweep.cosines()), SWEEP_NOTE);
            if (model.sweepStaleProperty().get()) {
                GraspCharts.withNote(chart, SWEEP_STALE);
            }
            sweepChart.setChart(chart);
        }
    }

    private void showLosses() {
        lossChart.setChart(GraspCharts.trainingCurves(model.naiveLosses(),
                model.graspLosses(), model.fineTuningEpochs()));
    }
}
