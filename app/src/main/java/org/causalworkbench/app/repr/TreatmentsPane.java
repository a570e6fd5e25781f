package org.causalworkbench.app.repr;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.GraspCharts;
import org.causalworkbench.app.chart.TreatmentCharts;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.ThresholdResult;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;
import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.fx.ChartViewer;

/**
 * The structured-treatments panel of the Representation lab. It trains the raw, autoencoder,
 * contrastive and unmatched contrastive representations of a 32-dimensional treatment and
 * compares their effect errors on unseen treatments with the oracle causal latents.
 */
public final class TreatmentsPane extends BorderPane {

    private final TreatmentsViewModel model;
    private final ChartViewer errorChart = LabPanes.viewer("treatmentsErrorChart");
    private final ChartViewer probeChart = LabPanes.viewer("treatmentsProbeChart");
    private final ChartViewer planeChart = LabPanes.viewer("treatmentsPlaneChart");
    private final ChartViewer thresholdChart = LabPanes.viewer("treatmentsThresholdChart");

    /**
     * Creates the pane around a view model; call it on the FX thread.
     *
     * @param model the view model
     */
    public TreatmentsPane(TreatmentsViewModel model) {
        this.model = model;
        setId("treatmentsPane");

        Label caption = LabPanes.wrapped("Each unit receives a 32-dimensional treatment mixed"
                + " from two causal latents T_C, which move the outcome, and three non-causal"
                + " latents T_N, which do not. The contrastive encoder learns from triplets of"
                + " units with similar covariates: a positive with a close outcome and a"
                + " negative with a distant one. Test treatments combine latents never seen in"
                + " training. The contrastive method does not beat the baselines on every seed;"
                + " try several.");
        Label sizes = LabPanes.wrapped("");
        sizes.setId("treatmentsSizes");
        showSizes(sizes);

        setTop(new VBox(6, caption, toolBar(sizes), sizes,
                LabPanes.statusRow(model.progressProperty(), model.runningProperty(),
                        model.statusProperty(), "treatmentsStatus"),
                LabPanes.staleLabel("treatmentsStale", model.staleProperty()),
                LabPanes.errorLabel("treatmentsError", model.errorProperty())));
        setCenter(chartGrid());

        showWaiting();
        showThresholds(null);
        model.resultProperty().addListener((obs, old, now) -> showResult(now));
        model.colourByNonCausalProperty().addListener((obs, old, now) -> showPlane());
        model.thresholdsProperty().addListener((obs, old, now) -> showThresholds(now));
    }

    /**
     * Creates the pane with its own view model, which trains on a daemon worker thread.
     *
     * @return the pane
     */
    /** Returns the pane's view model, for the window's list of running tasks. */
    public TreatmentsViewModel model() {
        return model;
    }

    public static TreatmentsPane create() {
        return new TreatmentsPane(new TreatmentsViewModel(Platform::runLater,
                WorkerThreads.singleDaemon("treatments")));
    }

    private FlowPane toolBar(Label sizes) {
        ComboBox<TreatmentsPreset> preset = new ComboBox<>();
        preset.setId("treatmentsPreset");
        preset.getItems().setAll(TreatmentsPreset.values());
        // A project or an undo sets the model's preset; the box follows it back.
        preset.valueProperty().bindBidirectional(model.presetProperty());
        model.presetProperty().addListener((obs, old, now) -> showSizes(sizes));
        Button run = new Button("Run");
        run.setId("treatmentsRun");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button thresholds = new Button("Thresholds");
        thresholds.setId("treatmentsThresholds");
        thresholds.disableProperty().bind(model.runningProperty());
        thresholds.setOnAction(event -> model.runThresholds());
        Button cancel = LabPanes.cancelButton("treatmentsCancel", model.runningProperty(),
                model::cancel);
        CheckBox colour = new CheckBox("Colour by non-causal T_N,1");
        colour.setId("treatmentsColourNonCausal");
        // The underscore in T_N is part of the name, not a keyboard mnemonic.
        colour.setMnemonicParsing(false);
        colour.selectedProperty().bindBidirectional(model.colourByNonCausalProperty());
        return new FlowPane(8, 6, new Label("Preset"), preset, new Label("Seed"),
                LabPanes.seedSpinner("treatmentsSeed", model.seedProperty()), run, thresholds,
                cancel, colour);
    }

    private void showSizes(Label sizes) {
        StructuredTreatmentLab lab = model.lab();
        TreatmentsPreset preset = model.preset();
        sizes.setText("Sizes: " + (preset == null ? "custom lab" : preset.toString())
                + ". A run trains two contrastive encoders and an autoencoder and fits five"
                + " outcome models; Thresholds retrains the contrastive encoder at "
                + TreatmentsViewModel.THRESHOLD_QUANTILES.length + " quantile pairs around "
                + lab.miner().lowerQuantile() + " / " + lab.miner().upperQuantile() + ".");
    }

    private GridPane chartGrid() {
        GridPane charts = LabPanes.grid(2, 2);
        charts.add(errorChart, 0, 0);
        charts.add(probeChart, 1, 0);
        charts.add(planeChart, 0, 1);
        VBox thresholds = new VBox(4, thresholdChart, noteLabel());
        VBox.setVgrow(thresholdChart, Priority.ALWAYS);
        GridPane.setValignment(thresholds, VPos.TOP);
        charts.add(thresholds, 1, 1);
        return charts;
    }

    private static Label noteLabel() {
        Label note = LabPanes.wrapped("A good representation keeps T_C (high probe R\u00b2) and"
                + " drops T_N (low probe R\u00b2). The oracle uses the true T_C, which real data"
                + " never reveals. The unmatched ablation forms triplets on outcomes alone, so"
                + " confounding by the covariates leaks into it.");
        note.setId("treatmentsNote");
        return note;
    }

    /** Draws the run's charts empty, before the first run or after a clear. */
    private void showWaiting() {
        String waiting = "Press Run to train every representation.";
        errorChart.setChart(GraspCharts.empty("Effect error on unseen treatments", waiting));
        probeChart.setChart(GraspCharts.empty("Probe R\u00b2 of each latent block", waiting));
        planeChart.setChart(GraspCharts.empty("Contrastive representation of the test"
                + " treatments", waiting));
    }

    private void showThresholds(List<ThresholdResult> sweep) {
        thresholdChart.setChart(sweep == null ? GraspCharts.empty(
                "Threshold sensitivity (contrastive)", "Press Thresholds to retrain at "
                        + TreatmentsViewModel.THRESHOLD_QUANTILES.length + " quantile pairs.")
                : TreatmentCharts.thresholds(sweep));
    }

    private void showResult(LabResult result) {
        if (result == null) {
            showWaiting();
            return;
        }
        errorChart.setChart(TreatmentCharts.errors(result));
        probeChart.setChart(TreatmentCharts.probes(result));
        showPlane();
    }

    private void showPlane() {
        LabResult result = model.resultProperty().get();
        double[][] plane = model.planeProperty().get();
        if (result == null || plane == null) {
            return;
        }
        boolean nonCausal = model.colourByNonCausalProperty().get();
        DMatrixRMaj latents = nonCausal ? result.test().nonCausalLatents()
                : result.test().causalLatents();
        double[] colours = new double[latents.numRows];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = latents.get(i, 0);
        }
        String axis = result.contrastiveTestRepresentation().numCols > 2 ? "PC" : "Column";
        planeChart.setChart(TreatmentCharts.representation(plane, colours,
                nonCausal ? "T_N,1" : "T_C,1", axis));
    }
}
