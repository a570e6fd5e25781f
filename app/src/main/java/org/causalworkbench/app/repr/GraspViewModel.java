package org.causalworkbench.app.repr;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspExperiment;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.causalworkbench.estimators.repr.grasp.GraspSweep;
import org.causalworkbench.estimators.repr.grasp.GraspSweepResult;
import org.causalworkbench.estimators.repr.grasp.TrainingObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the GRASP panel: the settings, the last experiment and sweep run in the
 * background, and the naive and GRASP fine-tune losses per epoch of the running experiment.
 *
 * <p>Work runs on the worker executor and every property changes on the UI executor, so tests
 * pass direct executors and need no toolkit. A cancelled or failed run keeps the previous
 * result and its loss curves on screen and marks them stale.
 */
public final class GraspViewModel {

    /** The correlation strengths rho of the sweep's rows. */
    public static final double[] SWEEP_CORRELATIONS = {0.3, 0.6, 0.9};
    /** The task complexities K of the sweep's columns. */
    public static final int[] SWEEP_COMPLEXITIES = {1, 2, 4};
    /** The |cos| above which the identified direction counts as the persona direction. */
    public static final double COSINE_THRESHOLD = 0.9;

    private static final String READY = "Press Run to train the toy model and compare the"
            + " methods.";
    private static final Logger LOG = LoggerFactory.getLogger(GraspViewModel.class);

    /** The two kinds of background job, named as the status line names them. */
    private enum Job {
        EXPERIMENT("experiment"),
        SWEEP("sweep");

        private final String noun;

        Job(String noun) {
            this.noun = noun;
        }
    }

    private final Executor uiExecutor;
    private final Executor worker;
    private final GraspConfiguration base;

    private final DoubleProperty correlation;
    private final IntegerProperty complexity;
    private final IntegerProperty rank;
    private final LongProperty seed;

    private final ReadOnlyObjectWrapper<GraspResult> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<GraspConfiguration> resultConfiguration =
            new ReadOnlyObjectWrapper<>(this, "resultConfiguration");
    private final ShownSettings shownResult =
            new ShownSettings(this, "stale", this::experimentSettings);
    private final ReadOnlyObjectWrapper<GraspSweepResult> sweep =
            new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ShownSettings shownSweep =
            new ShownSettings(this, "sweepStale", this::sweepSettings);
    private final ObservableList<Double> naiveLosses = FXCollections.observableArrayList();
    private final ObservableList<Double> graspLosses = FXCollections.observableArrayList();
    private final ObservableList<Double> naiveLossesView =
            FXCollections.unmodifiableObservableList(naiveLosses);
    private final ObservableList<Double> graspLossesView =
            FXCollections.unmodifiableObservableList(graspLosses);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            READY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private AtomicBoolean activeCancellation;
    /** The loss curves of the shown result, put back when a later run is cancelled or fails. */
    private List<Double> shownNaiveLosses = List.of();
    private List<Double> shownGraspLosses = List.of();
    /** The settings of the running or last job. */
    private List<Object> runSettings = List.of();

    /**
     * Creates the view model with the settings measured in decision record 0016.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the experiment and the sweep
     */
    public GraspViewModel(Executor uiExecutor, Executor worker) {
        this(uiExecutor, worker, GraspConfiguration.withDefaults());
    }

    /**
     * Creates the view model around other fixed settings, such as a smaller pretraining set.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the experiment and the sweep
     * @param base the settings that the panel does not expose; its correlation, complexity,
     *     rank and seed are the initial values of the editable settings
     */
    public GraspViewModel(Executor uiExecutor, Executor worker, GraspConfiguration base) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.base = base;
        correlation = new SimpleDoubleProperty(this, "correlation", base.correlation());
        complexity = new SimpleIntegerProperty(this, "complexity", base.complexity());
        rank = new SimpleIntegerProperty(this, "rank", base.rank());
        seed = new SimpleLongProperty(this, "seed", base.seed());
        correlation.addListener((obs, old, now) -> updateStale());
        complexity.addListener((obs, old, now) -> updateStale());
        rank.addListener((obs, old, now) -> updateStale());
        seed.addListener((obs, old, now) -> updateStale());
    }

    private List<Object> experimentSettings() {
        return List.of(correlation.get(), complexity.get(), rank.get(), seed.get());
    }

    /** Returns the settings of a sweep, which covers every correlation and complexity. */
    private List<Object> sweepSettings() {
        return List.of(rank.get(), seed.get());
    }

    /**
     * Returns the full settings of the next run.
     *
     * @throws IllegalArgumentException if an editable setting is out of range
     */
    public GraspConfiguration configuration() {
        return base.withCorrelation(correlation.get()).withComplexity(complexity.get())
                .withRank(rank.get()).withSeed(seed.get());
    }

    /** Returns the number of fine-tuning epochs, which the panel does not change. */
    public int fineTuningEpochs() {
        return base.fineTuningEpochs();
    }

    /** Runs the experiment with the current settings in the background, unless a run is busy. */
    public void run() {
        GraspConfiguration config = validConfiguration();
        if (config == null || running.get()) {
            return;
        }
        AtomicBoolean cancelled = start("Pretraining the persona model...");
        runSettings = experimentSettings();
        shownNaiveLosses = List.copyOf(naiveLosses);
        shownGraspLosses = List.copyOf(graspLosses);
        naiveLosses.clear();
        graspLosses.clear();
        LOG.info("Running the GRASP experiment: {}", describe(config));
        TrainingObserver losses = (method, epoch, meanLoss) -> uiExecutor.execute(() -> {
            if (!cancelled.get()) {
                addLoss(method, meanLoss);
            }
        });
        worker.execute(() -> work(cancelled, Job.EXPERIMENT,
                sink -> GraspExperiment.run(config, sink, losses, cancelled::get),
                done -> finishRun(cancelled, config, done)));
    }

    /**
     * Runs the sweep over {@link #SWEEP_CORRELATIONS} and {@link #SWEEP_COMPLEXITIES} with the
     * current rank and seed in the background, unless a run is busy.
     */
    public void runSweep() {
        GraspConfiguration config = validConfiguration();
        if (config == null || running.get()) {
            return;
        }
        AtomicBoolean cancelled = start("Pretraining the persona model for the sweep...");
        runSettings = sweepSettings();
        LOG.info("Running the GRASP sweep over {} cells: rank {}, seed {}",
                SWEEP_CORRELATIONS.length * SWEEP_COMPLEXITIES.length, config.rank(),
                config.seed());
        worker.execute(() -> work(cancelled, Job.SWEEP,
                sink -> GraspSweep.run(config, SWEEP_CORRELATIONS, SWEEP_COMPLEXITIES, sink,
                        cancelled::get),
                done -> finishSweep(cancelled, done)));
    }

    /**
     * Drops the experiment on screen and its loss curves, as for an opened project whose
     * experiment never ran. The sweep stays. Does nothing while a job runs.
     */
    public void clear() {
        if (running.get()) {
            return;
        }
        naiveLosses.clear();
        graspLosses.clear();
        resultConfiguration.set(null);
        result.set(null);
        shownResult.clear();
        status.set(READY);
    }

    /** Asks the running experiment or sweep to stop; the previous results stay on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    private GraspConfiguration validConfiguration() {
        try {
            return configuration();
        } catch (IllegalArgumentException invalid) {
            error.set("Invalid setting: " + invalid.getMessage() + ".");
            return null;
        }
    }

    private AtomicBoolean start(String message) {
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        error.set("");
        status.set(message);
        return cancelled;
    }

    private <T> void work(AtomicBoolean cancelled, Job job,
            Function<UiProgressSink, T> task, Consumer<T> finish) {
        UiProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                status::set);
        try {
            T done = task.apply(sink);
            uiExecutor.execute(() -> {
                if (cancelled.get()) {
                    finishCancelled(cancelled, job);
                } else {
                    finish.accept(done);
                }
            });
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled, job));
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            LOG.warn("GRASP {} rejected: {}", job.noun, invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, job, invalid.getMessage()));
        } catch (RuntimeException | OutOfMemoryError failure) {
            LOG.error("GRASP {} failed", job.noun, failure);
            uiExecutor.execute(() -> finishFailed(cancelled, job, "The " + job.noun
                    + " failed unexpectedly: " + failure));
        }
    }

    private void addLoss(GraspMethod method, double meanLoss) {
        if (method == GraspMethod.NAIVE) {
            naiveLosses.add(meanLoss);
        } else if (method == GraspMethod.GRASP) {
            graspLosses.add(meanLoss);
        }
    }

    private void finishRun(AtomicBoolean cancelled, GraspConfiguration config,
            GraspResult done) {
        if (activeCancellation != cancelled) {
            return;
        }
        resultConfiguration.set(config);
        result.set(done);
        shownResult.show(runSettings);
        running.set(false);
        progress.set(1);
        status.set("Finished: " + describe(config) + ".");
        LOG.info("GRASP experiment finished with cosine {}", done.cosine());
    }

    private static String describe(GraspConfiguration config) {
        return String.format(Locale.ROOT, "rho %.2f, K %d, rank %d, seed %d",
                config.correlation(), config.complexity(), config.rank(), config.seed());
    }

    private void finishSweep(AtomicBoolean cancelled, GraspSweepResult done) {
        if (activeCancellation != cancelled) {
            return;
        }
        sweep.set(done);
        shownSweep.show(runSettings);
        running.set(false);
        progress.set(1);
        status.set("Sweep finished.");
        LOG.info("GRASP sweep finished");
    }

    private void finishCancelled(AtomicBoolean cancelled, Job job) {
        if (activeCancellation != cancelled) {
            return;
        }
        boolean kept = keepPrevious(job);
        status.set(kept ? "Cancelled; the charts show the previous " + job.noun
                + " (stale)."
                : "Cancelled.");
        // Last, because a listener of running may start the next run and must find this state.
        running.set(false);
        LOG.info("GRASP {} cancelled by the user", job.noun);
    }

    private void finishFailed(AtomicBoolean cancelled, Job job, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        error.set(message);
        boolean kept = keepPrevious(job);
        status.set(kept ? "Failed; the charts show the previous " + job.noun
                + " (stale)."
                : "Failed.");
        running.set(false);
    }

    /**
     * Puts back the charts of the previous result of {@code job}, marks it stale and returns
     * whether there is one.
     */
    private boolean keepPrevious(Job job) {
        if (job == Job.SWEEP) {
            return shownSweep.stopped(runSettings);
        }
        naiveLosses.setAll(shownNaiveLosses);
        graspLosses.setAll(shownGraspLosses);
        return shownResult.stopped(runSettings);
    }

    private void updateStale() {
        shownResult.update();
        shownSweep.update();
    }

    /** Returns the correlation strength rho in [0, 1] of the next run. */
    public DoubleProperty correlationProperty() {
        return correlation;
    }

    /** Returns the task complexity K in [1, 5] of the next run. */
    public IntegerProperty complexityProperty() {
        return complexity;
    }

    /** Returns the LoRA rank in [1, 24] of the next run. */
    public IntegerProperty rankProperty() {
        return rank;
    }

    /** Returns the seed of the next run. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Returns the result of the last finished experiment, null before the first. */
    public ReadOnlyObjectProperty<GraspResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Returns the settings of the last finished experiment, null before the first. */
    public ReadOnlyObjectProperty<GraspConfiguration> resultConfigurationProperty() {
        return resultConfiguration.getReadOnlyProperty();
    }

    /**
     * Returns whether the shown result no longer matches the settings, because they changed or
     * a later run was cancelled or failed.
     */
    public ReadOnlyBooleanProperty staleProperty() {
        return shownResult.property();
    }

    /** Returns the last finished sweep, null before the first. */
    public ReadOnlyObjectProperty<GraspSweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** Returns whether the shown sweep no longer matches the settings. */
    public ReadOnlyBooleanProperty sweepStaleProperty() {
        return shownSweep.property();
    }

    /**
     * Returns the mean loss of every finished epoch of the naive fine-tune of the current or
     * last experiment, epoch 1 first; read-only.
     */
    public ObservableList<Double> naiveLosses() {
        return naiveLossesView;
    }

    /** Returns the mean loss of every finished epoch of the GRASP fine-tune; read-only. */
    public ObservableList<Double> graspLosses() {
        return graspLossesView;
    }

    /** Returns the state of the running or last job. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the message of the last failure, empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Returns whether an experiment or sweep is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Returns the finished fraction of the running job. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
