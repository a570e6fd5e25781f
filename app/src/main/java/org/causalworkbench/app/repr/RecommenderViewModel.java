package org.causalworkbench.app.repr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.KuaiRandData;
import org.causalworkbench.estimators.repr.recommender.KuaiRandDataset;
import org.causalworkbench.estimators.repr.recommender.KuaiRandSplitConfig;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataset;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the recommender panel: the penalty weights and seed, the data the sweep trains
 * on, the last finished lambda sweep, and the evaluations of the running sweep as each lambda
 * finishes. The data are the synthetic world or an imported KuaiRand subset.
 *
 * <p>On a KuaiRand subset each run splits the standard log with the current seed, so the seed
 * sets the held-out rows as well as the weights and the batch order.
 *
 * <p>The sweep calls {@link LambdaSweep#run} once per lambda, so each model's scores and
 * per-epoch critic estimates appear when that lambda finishes. Every model starts from the same
 * seeded weights and batch order, so the results equal one call with all lambdas. The critic
 * curve is not live within an epoch loop: it appears per lambda, not per epoch.
 */
public final class RecommenderViewModel {

    private static final String READY = "Press Run to train one recommender per lambda.";
    private static final Logger LOG = LoggerFactory.getLogger(RecommenderViewModel.class);

    private final LabJob job;
    private final StringProperty lambdas;
    private final LongProperty seed;
    private final ObjectProperty<RecommenderPreset> preset =
            new SimpleObjectProperty<>(this, "preset");
    private boolean applyingPreset;
    private LongFunction<RecommenderDataConfig> data;
    private LongFunction<RecommenderTrainingConfig> training;
    private final ReadOnlyObjectWrapper<List<RecommenderEvaluation>> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ShownSettings shownSweep = new ShownSettings(this, "stale", this::settings);
    /** The settings of the finished sweep in {@link #result}, and of the running sweep. */
    private List<Object> resultSettings = List.of();
    private List<Object> runSettings = List.of();
    private final ObservableList<RecommenderEvaluation> partial =
            FXCollections.observableArrayList();
    private final ObservableList<RecommenderEvaluation> partialView =
            FXCollections.unmodifiableObservableList(partial);
    private final ReadOnlyObjectWrapper<KuaiRandData> kuaiRand =
            new ReadOnlyObjectWrapper<>(this, "kuaiRand");
    private final ReadOnlyStringWrapper kuaiRandSummary =
            new ReadOnlyStringWrapper(this, "kuaiRandSummary", "");

    /**
     * Creates the view model with the {@link RecommenderPreset#TEACHING} preset and seed 1.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the sweep
     */
    public RecommenderViewModel(Executor uiExecutor, Executor worker) {
        this(uiExecutor, worker, RecommenderPreset.TEACHING);
    }

    /**
     * Creates the view model with the sizes and lambdas of {@code preset} and seed 1.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the sweep
     * @param preset the initial sizes and penalty weights
     */
    public RecommenderViewModel(Executor uiExecutor, Executor worker, RecommenderPreset preset) {
        this(uiExecutor, worker, preset::data, preset::training, preset.lambdas());
        this.preset.set(preset);
    }

    /**
     * Creates the view model with sizes of no preset, such as a tiny world for tests.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the sweep
     * @param data the data settings for a seed
     * @param training the training settings for a seed; each lambda replaces its lambda
     * @param initialLambdas the initial penalty weights
     */
    public RecommenderViewModel(Executor uiExecutor, Executor worker,
            LongFunction<RecommenderDataConfig> data,
            LongFunction<RecommenderTrainingConfig> training, List<Double> initialLambdas) {
        job = new LabJob(uiExecutor, worker, LOG, READY);
        this.data = data;
        this.training = training;
        lambdas = new SimpleStringProperty(this, "lambdas", format(initialLambdas));
        seed = new SimpleLongProperty(this, "seed", 1);
        lambdas.addListener((obs, old, now) -> shownSweep.update());
        seed.addListener((obs, old, now) -> shownSweep.update());
        preset.addListener((obs, old, now) -> usePreset(now));
    }

    /** Sets the sizes and penalty weights of {@code newPreset}; the seed stays. */
    public void applyPreset(RecommenderPreset newPreset) {
        if (newPreset == preset.get()) {
            usePreset(newPreset);
        } else {
            preset.set(newPreset);
        }
    }

    private void usePreset(RecommenderPreset newPreset) {
        if (newPreset == null) {
            return;
        }
        data = newPreset::data;
        training = newPreset::training;
        applyingPreset = true;
        try {
            lambdas.set(format(newPreset.lambdas()));
        } finally {
            applyingPreset = false;
        }
        shownSweep.update();
    }

    /**
     * Returns whether the lambda list is being replaced by a preset's, a change that belongs
     * to the preset change rather than being an edit of its own.
     */
    public boolean isApplyingPreset() {
        return applyingPreset;
    }

    /**
     * Returns the preset whose sizes and penalty weights the next run uses; setting it applies
     * them. Null means sizes of no preset, which only the constructor can give.
     */
    public ObjectProperty<RecommenderPreset> presetProperty() {
        return preset;
    }

    /** Returns the preset whose sizes the next run uses, null for sizes of no preset. */
    public RecommenderPreset preset() {
        return preset.get();
    }

    /** Returns the data settings of the next run. */
    public RecommenderDataConfig dataConfig() {
        return data.apply(seed.get());
    }

    /** Returns the training settings of the next run; each lambda replaces its lambda. */
    public RecommenderTrainingConfig trainingConfig() {
        return training.apply(seed.get());
    }

    /**
     * Parses the lambda list, numbers separated by commas or spaces.
     *
     * @throws IllegalArgumentException naming the entry that is not a finite number at least 0
     */
    public List<Double> parsedLambdas() {
        return parseLambdas(lambdas.get());
    }

    /**
     * Parses a lambda list, numbers separated by commas or spaces.
     *
     * @throws IllegalArgumentException naming the entry that is not a finite number at least 0
     */
    public static List<Double> parseLambdas(String text) {
        List<Double> values = new ArrayList<>();
        for (String entry : text.trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(entry);
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("lambda \"" + entry + "\" is not a number;"
                        + " write numbers such as 0, 0.03, 0.1");
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("lambda " + entry + " must be finite and at"
                        + " least 0");
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the lambda list is empty; enter for example"
                    + " 0, 0.03, 0.1, 0.3");
        }
        return List.copyOf(values);
    }

    /** Runs the sweep in the background with the current settings, unless a job is running. */
    public void run() {
        List<Double> values;
        RecommenderDataConfig dataConfig;
        RecommenderTrainingConfig trainingConfig;
        try {
            values = parsedLambdas();
            dataConfig = dataConfig();
            trainingConfig = trainingConfig();
        } catch (IllegalArgumentException invalid) {
            job.reject("Invalid setting: " + invalid.getMessage() + ".");
            return;
        }
        if (job.runningProperty().get()) {
            return;
        }
        partial.clear();
        runSettings = settings();
        KuaiRandData imported = kuaiRand.get();
        long runSeed = seed.get();
        LOG.info("Running the recommender sweep over lambdas {} with seed {} on {}", values,
                runSeed, imported == null ? "the synthetic world" : "the KuaiRand subset");
        job.submit("sweep", imported == null ? "Generating the logged data..."
                : "Splitting the KuaiRand standard log...",
                (sink, cancelled) -> sweep(prepare(imported, dataConfig, trainingConfig, runSeed,
                        cancelled), values, sink, cancelled),
                done -> finish(done, values, imported != null),
                this::keepPrevious);
    }

    /** Trains and scores one penalty weight. */
    @FunctionalInterface
    private interface LambdaRun {
        RecommenderEvaluation run(double lambda, ProgressSink progress);
    }

    /** Builds the data on the worker thread and returns the run of one lambda on it. */
    private static LambdaRun prepare(KuaiRandData imported, RecommenderDataConfig dataConfig,
            RecommenderTrainingConfig trainingConfig, long runSeed, AtomicBoolean cancelled) {
        if (imported == null) {
            RecommenderDataset dataset = RecommenderGenerator.generate(dataConfig);
            return (lambda, progress) -> LambdaSweep.run(dataset, trainingConfig,
                    List.of(lambda), progress, cancelled::get).get(0);
        }
        KuaiRandDataset dataset = KuaiRandDataset.split(imported,
                KuaiRandSplitConfig.withDefaults(runSeed));
        RecommenderTrainingConfig idTraining = trainingConfig.withWeightDecay(
                RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY);
        return (lambda, progress) -> LambdaSweep.run(dataset, idTraining, List.of(lambda),
                progress, cancelled::get).get(0);
    }

    private List<RecommenderEvaluation> sweep(LambdaRun lambdaRun, List<Double> values,
            UiProgressSink sink, AtomicBoolean cancelled) {
        List<RecommenderEvaluation> done = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ProgressSink share = share(sink, i, values.size());
            RecommenderEvaluation evaluation = lambdaRun.run(values.get(i), share);
            done.add(evaluation);
            job.uiExecutor().execute(() -> {
                if (job.isCurrent(cancelled)) {
                    partial.add(evaluation);
                    // The charts now draw this run's finished lambdas, not a previous run.
                    shownSweep.show(runSettings);
                }
            });
        }
        return List.copyOf(done);
    }

    /** Maps the progress of lambda {@code index} onto its share of the whole sweep. */
    private static ProgressSink share(ProgressSink target, int index, int count) {
        return new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                target.progress(index * totalWork + workDone, count * totalWork);
            }

            @Override
            public void message(String text) {
                target.message(text);
            }
        };
    }

    private void finish(List<RecommenderEvaluation> done, List<Double> values,
            boolean onKuaiRand) {
        resultSettings = runSettings;
        result.set(done);
        shownSweep.show(runSettings);
        job.setStatus(String.format(Locale.ROOT, "Finished%s: %d lambdas, seed %d.",
                onKuaiRand ? " on the KuaiRand subset" : "", values.size(), seed.get()));
        LOG.info("Recommender sweep finished over {} lambdas", values.size());
    }

    /**
     * Imports the KuaiRand subset of {@code request} in the background, unless a job is
     * running, and then runs the sweep on it. A malformed or unreadable file shows the
     * importer's message, and a failed or cancelled import leaves the data and the charts as
     * they were.
     */
    public void loadKuaiRand(KuaiRandRequest request) {
        if (job.runningProperty().get()) {
            return;
        }
        LOG.info("Importing {} users of the KuaiRand logs {} and {}", request.users(),
                request.standardLog(), request.randomLog());
        job.submit("import", "Reading the KuaiRand logs...",
                (sink, cancelled) -> KuaiRandImports.read(request, sink, cancelled::get),
                this::useKuaiRand, () -> false);
    }

    private void useKuaiRand(KuaiRandData data) {
        // The summary comes first because listeners of the data property read it.
        kuaiRandSummary.set(KuaiRandImports.summary(data));
        kuaiRand.set(data);
        shownSweep.update();
        LOG.info("Imported {}", kuaiRandSummary.get());
        run();
    }

    /** Trains the next sweep on the synthetic world again; the imported subset is dropped. */
    public void useSynthetic() {
        if (job.runningProperty().get() || kuaiRand.get() == null) {
            return;
        }
        kuaiRand.set(null);
        kuaiRandSummary.set("");
        shownSweep.update();
    }

    /**
     * Records a cancelled or failed sweep and returns whether a previous sweep is on screen
     * again. Without one, the charts keep the stopped sweep's finished lambdas, if any.
     */
    private boolean keepPrevious() {
        if (result.get() == null) {
            shownSweep.stopped(runSettings);
            return false;
        }
        shownSweep.show(resultSettings);
        return shownSweep.stopped(runSettings);
    }

    /**
     * Drops the sweep on screen, as for an opened project whose sweep never ran. Does nothing
     * while a job runs.
     */
    public void clear() {
        if (job.runningProperty().get()) {
            return;
        }
        partial.clear();
        result.set(null);
        shownSweep.clear();
        job.setStatus(READY);
    }

    /** Asks the running sweep to stop; the previous sweep stays on screen. */
    public void cancel() {
        job.cancel();
    }

    /**
     * Returns what decides a sweep: the preset, or the size functions when there is none, the
     * penalty weights as parsed (the typed text when it does not parse), the seed and the
     * imported logs.
     */
    private List<Object> settings() {
        Object sizes = preset.get() == null ? data : preset.get();
        Object weights;
        try {
            weights = parsedLambdas();
        } catch (IllegalArgumentException invalid) {
            weights = lambdas.get();
        }
        return Arrays.asList(sizes, weights, seed.get(), kuaiRand.get());
    }

    private static String format(List<Double> values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
        return String.join(", ", parts);
    }

    /** Returns the KuaiRand subset the next sweep trains on, null for the synthetic world. */
    public ReadOnlyObjectProperty<KuaiRandData> kuaiRandProperty() {
        return kuaiRand.getReadOnlyProperty();
    }

    /** Returns the one-line description of the imported KuaiRand subset, empty without one. */
    public ReadOnlyStringProperty kuaiRandSummaryProperty() {
        return kuaiRandSummary.getReadOnlyProperty();
    }

    /** Returns the penalty weights of the next run as text, such as "0, 0.03, 0.1". */
    public StringProperty lambdasProperty() {
        return lambdas;
    }

    /** Returns the seed of the data and of every model of the next run. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Returns the evaluations of the last finished sweep in lambda order, null before one. */
    public ReadOnlyObjectProperty<List<RecommenderEvaluation>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Returns whether the shown sweep no longer matches the settings. */
    public ReadOnlyBooleanProperty staleProperty() {
        return shownSweep.property();
    }

    /** Returns the evaluations of the running or last sweep so far, one per finished lambda. */
    public ObservableList<RecommenderEvaluation> partialEvaluations() {
        return partialView;
    }

    /** Returns the state of the running or last sweep. */
    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    /** Returns the message of the last failure, empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    /** Returns whether a sweep is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    /** Returns the finished fraction of the running sweep. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }
}
