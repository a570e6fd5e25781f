package org.causalworkbench.app.repr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.causalworkbench.app.chart.GraspCharts;
import org.causalworkbench.app.chart.RecommenderCharts;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;
import org.jfree.chart.fx.ChartViewer;

/**
 * The recommender panel of the Representation lab. It trains a two-tower recommender on
 * logged data once per penalty weight lambda and shows how ranking on logged and shifted
 * exposure, the probe R<sup>2</sup> of the item features, the intervention sensitivity and
 * the critic's estimate change with lambda. A user can load a subset of their own KuaiRand-Pure
 * logs instead of the synthetic world. The probe and sensitivity charts then state that they
 * need the synthetic world's ground truth.
 */
public final class RecommenderPane extends BorderPane {

    private static final String KUAIRAND_NOTE = "On KuaiRand the towers learn user and item id"
            + " embeddings. The critic's user context Z is each user's activity, click rate,"
            + " and the popularity and click rate of the items the standard policy showed the"
            + " user, from the training rows only. The probe and intervention charts need the"
            + " latent features of the synthetic world, which real logs do not have.";

    static final String SYNTHETIC_CAPTION = "A two-tower recommender learns from logs in which"
            + " the exposure policy ties the non-causal item features T_nC to the user. A critic"
            + " estimates the mutual information between the item representation g(T) and the"
            + " user context Z, and lambda weights that penalty. Random and flipped exposure"
            + " test how the model ranks when the policy changes.";
    static final String KUAIRAND_CAPTION = "Imported KuaiRand logs: a two-tower recommender"
            + " learns from the standard log, whose exposure policy chose what each user saw. A"
            + " critic estimates the mutual information between the item representation and the"
            + " user context Z, and lambda weights that penalty. The random-exposure log tests"
            + " how the model ranks when the policy changes.";

    private final RecommenderViewModel model;
    private final ChartViewer aucChart = LabPanes.viewer("recommenderAucChart");
    private final ChartViewer ndcgChart = LabPanes.viewer("recommenderNdcgChart");
    private final ChartViewer probeChart = LabPanes.viewer("recommenderProbeChart");
    private final ChartViewer sensitivityChart = LabPanes.viewer("recommenderSensitivityChart");
    private final ChartViewer criticChart = LabPanes.viewer("recommenderCriticChart");
    private final ComboBox<RecommenderEvaluation> criticLambda = new ComboBox<>();
    private final Function<Window, Optional<KuaiRandRequest>> askKuaiRand;

    /**
     * Creates the pane around a view model; call it on the FX thread.
     *
     * @param model the view model
     */
    public RecommenderPane(RecommenderViewModel model) {
        this(model, KuaiRandDialog::ask);
    }

    /**
     * Creates the pane around a view model with another way to ask for the KuaiRand files,
     * such as a fixed request in tests. Call it on the FX thread.
     *
     * @param model the view model
     * @param askKuaiRand shows the request dialog over a window and returns the request, or
     *     empty when the user cancels
     */
    public RecommenderPane(RecommenderViewModel model,
            Function<Window, Optional<KuaiRandRequest>> askKuaiRand) {
        this.model = model;
        this.askKuaiRand = askKuaiRand;
        setId("recommenderPane");

        Label caption = LabPanes.wrapped("");
        caption.setId("recommenderCaption");
        caption.textProperty().bind(Bindings.when(model.kuaiRandProperty().isNull())
                .then(SYNTHETIC_CAPTION).otherwise(KUAIRAND_CAPTION));
        Label sizes = LabPanes.wrapped("");
        sizes.setId("recommenderSizes");
        showSizes(sizes);

        setTop(new VBox(6, caption, toolBar(sizes), sizes,
                LabPanes.statusRow(model.progressProperty(), model.runningProperty(),
                        model.statusProperty(), "recommenderStatus"),
                LabPanes.staleLabel("recommenderStale", model.staleProperty()),
                LabPanes.errorLabel("recommenderError", model.errorProperty())));
        setCenter(chartGrid());

        showWaiting();

        model.partialEvaluations().addListener(
                (ListChangeListener<RecommenderEvaluation>) change -> {
                    if (model.runningProperty().get()) {
                        show(model.partialEvaluations());
                    } else if (model.partialEvaluations().isEmpty()
                            && model.resultProperty().get() == null) {
                        // Cleared by an opened project: a stopped first run's lambdas go too.
                        showWaiting();
                    }
                });
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.kuaiRandProperty().addListener((obs, old, now) -> showSizes(sizes));
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now && model.resultProperty().get() != null) {
                show(model.resultProperty().get());
            }
        });
        criticLambda.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                criticChart.setChart(RecommenderCharts.criticCurve(now));
            }
        });
    }

    /** Returns the pane's view model, for the window's list of running tasks. */
    public RecommenderViewModel model() {
        return model;
    }

    /**
     * Creates the pane with its own view model, which trains on a daemon worker thread.
     *
     * @return the pane
     */
    public static RecommenderPane create() {
        return new RecommenderPane(new RecommenderViewModel(Platform::runLater,
                WorkerThreads.singleDaemon("recommender")));
    }

    private FlowPane toolBar(Label sizes) {
        ComboBox<RecommenderPreset> preset = new ComboBox<>();
        preset.setId("recommenderPreset");
        preset.getItems().setAll(RecommenderPreset.values());
        // A project or an undo sets the model's preset; the box follows it back.
        preset.valueProperty().bindBidirectional(model.presetProperty());
        model.presetProperty().addListener((obs, old, now) -> showSizes(sizes));
        TextField lambdas = new TextField();
        lambdas.setId("recommenderLambdas");
        lambdas.setPrefColumnCount(18);
        lambdas.textProperty().bindBidirectional(model.lambdasProperty());

        Button run = new Button("Run");
        run.setId("recommenderRun");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button cancel = LabPanes.cancelButton("recommenderCancel", model.runningProperty(),
                model::cancel);
        criticLambda.setId("recommenderCriticLambda");
        criticLambda.setPromptText("\u03bb");
        criticLambda.setConverter(LabPanes.lambdaConverter());

        Button load = new Button("Load KuaiRand-Pure CSV\u2026");
        load.setId("recommenderLoadKuaiRand");
        load.disableProperty().bind(model.runningProperty());
        load.setOnAction(event -> askKuaiRand.apply(getScene().getWindow())
                .ifPresent(model::loadKuaiRand));
        Button synthetic = new Button("Use the synthetic world");
        synthetic.setId("recommenderSynthetic");
        synthetic.disableProperty().bind(model.runningProperty()
                .or(model.kuaiRandProperty().isNull()));
        synthetic.setOnAction(event -> model.useSynthetic());

        return new FlowPane(8, 6, new Label("Preset"), preset, new Label("\u03bb values"),
                lambdas, new Label("Seed"),
                LabPanes.seedSpinner("recommenderSeed", model.seedProperty()), run, cancel,
                new Label("Critic curve at"), criticLambda, load, synthetic);
    }

    private void showSizes(Label sizes) {
        if (model.kuaiRandProperty().get() != null) {
            var training = model.trainingConfig();
            sizes.setText(String.format("%s The logged test is a seeded 20 %% of the standard"
                    + " log's interactions and the shifted test is the random-exposure log;"
                    + " %d epochs of batch %d with weight decay %s.",
                    model.kuaiRandSummaryProperty().get(), training.epochs(),
                    training.batchSize(), BigDecimal.valueOf(
                            RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY)
                            .stripTrailingZeros().toPlainString()));
            return;
        }
        var data = model.dataConfig();
        var training = model.trainingConfig();
        sizes.setText(String.format("Sizes: %,d training users, %,d logged interactions, %,d"
                + " test users with %d candidates each, %,d probe items; %d epochs of batch %d."
                + " Each \u03bb trains a new model from the same seeded weights.",
                data.trainUsers(), data.loggedInteractions(), data.testUsers(),
                data.candidatesPerUser(), data.probeItems(), training.epochs(),
                training.batchSize()));
    }

    private GridPane chartGrid() {
        GridPane charts = LabPanes.grid(3, 2);
        charts.add(aucChart, 0, 0);
        charts.add(ndcgChart, 1, 0);
        charts.add(probeChart, 2, 0);
        charts.add(sensitivityChart, 0, 1);
        charts.add(criticChart, 1, 1);
        Label note = LabPanes.wrapped("The critic curve of each \u03bb appears when that \u03bb"
                + " finishes, not during its epochs. With \u03bb = 0 the critic still trains,"
                + " so its estimate shows how much the unpenalised representation reveals"
                + " about the user. On logged data the penalty can cost a little AUC, because"
                + " T_nC predicts clicks there through the policy; under random or flipped"
                + " exposure that shortcut stops working.");
        note.setId("recommenderNote");
        String syntheticNote = note.getText();
        model.kuaiRandProperty().addListener((obs, old, now) -> note.setText(now == null
                ? syntheticNote : KUAIRAND_NOTE));
        GridPane.setValignment(note, VPos.TOP);
        charts.add(note, 2, 1);
        VBox.setVgrow(charts, Priority.ALWAYS);
        return charts;
    }

    /** Draws the charts empty, before the first run or after a clear. */
    private void showWaiting() {
        String waiting = "Press Run to train one model per \u03bb.";
        aucChart.setChart(GraspCharts.empty("AUC against \u03bb", waiting));
        ndcgChart.setChart(GraspCharts.empty("NDCG@5 against \u03bb", waiting));
        probeChart.setChart(GraspCharts.empty("Probe R\u00b2 of the item features", waiting));
        sensitivityChart.setChart(GraspCharts.empty("Intervention sensitivity", waiting));
        criticChart.setChart(GraspCharts.empty("Critic per epoch", waiting));
        criticLambda.getItems().clear();
    }

    private void show(List<RecommenderEvaluation> evaluations) {
        if (evaluations == null) {
            showWaiting();
            return;
        }
        if (evaluations.isEmpty()) {
            return;
        }
        aucChart.setChart(RecommenderCharts.auc(evaluations));
        ndcgChart.setChart(RecommenderCharts.ndcg(evaluations));
        probeChart.setChart(RecommenderCharts.probes(evaluations));
        sensitivityChart.setChart(RecommenderCharts.interventionSensitivity(evaluations));
        RecommenderEvaluation selected = criticLambda.getValue();
        criticLambda.getItems().setAll(evaluations);
        RecommenderEvaluation keep = evaluations.get(evaluations.size() - 1);
        for (RecommenderEvaluation e : evaluations) {
            if (selected != null && e.lambda() == selected.lambda()
                    && !model.runningProperty().get()) {
                keep = e;
            }
        }
        criticLambda.setValue(keep);
        criticChart.setChart(RecommenderCharts.criticCurve(keep));
    }
}
