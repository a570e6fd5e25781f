package org.causalworkbench.app.obsexp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.analysis.ObsExpRequest;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.command.PropertyEdits;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.TrialData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the observational-plus-experimental workspace: the trial with &omega;, the
 * analysis settings, the outcome on screen and the spike of the theorem view. It runs analyses
 * through {@link org.causalworkbench.app.analysis.ObsExpAnalysis} in the background.
 *
 * <p>All properties are read and written on the UI thread. Work runs on the worker executor, and
 * progress and results come back through the UI executor, so tests can pass plain executors and
 * need no JavaFX toolkit. A cancelled or failed run, and a run refused for invalid settings,
 * leave the previous outcome in place and mark it as stale with the reason.
 *
 * <p>Loading a trial, the settings and the spike are entries on the window's
 * {@link CommandStack}. Runs are not.
 */
public final class ObsExpViewModel {

    /** Runs one analysis; the window passes {@code ObsExpAnalysis::run}. */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs the analysis.
         *
         * @param request the settings
         * @param progress receives progress
         * @param cancellation checked between units of work
         * @return the outcome
         */
        ObsExpOutcome run(ObsExpRequest request, ProgressSink progress,
                CancellationToken cancellation);
    }

    /** The level of every falsification test. */
    public static final double ALPHA = 0.05;
    /** The number of F3 bins. */
    public static final int BAND_BINS = 5;
    /** The seed of restarts, cross-fitting folds and bootstrap draws, fixed for reproducibility. */
    public static final long SEED = 1;
    /** The spike's default position: inside the teaching example's support [-1, 1]. */
    public static final double DEFAULT_SPIKE_CENTER = 0.5;

    private static final Logger LOG = LoggerFactory.getLogger(ObsExpViewModel.class);

    private final Executor uiExecutor;
    private final Executor worker;
    private final Runner runner;
    private final CommandStack commands;

    private final ReadOnlyObjectWrapper<ObsExpDataset> dataset =
            new ReadOnlyObjectWrapper<>(this, "dataset");
    private final DoubleProperty propensity = new SimpleDoubleProperty(this, "propensity", 0.5);
    private final BooleanProperty averageGapTest =
            new SimpleBooleanProperty(this, "averageGapTest", true);
    private final BooleanProperty kernelMomentTest =
            new SimpleBooleanProperty(this, "kernelMomentTest", true);
    private final BooleanProperty bandTest = new SimpleBooleanProperty(this, "bandTest", true);
    private final ObjectProperty<TestScore> score =
            new SimpleObjectProperty<>(this, "score", TestScore.AIPW);
    private final ObjectProperty<HyperparameterSource> hyperparameterSource =
            new SimpleObjectProperty<>(this, "hyperparameterSource", HyperparameterSource.FIT);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ObsExpOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper staleReason =
            new ReadOnlyStringWrapper(this, "staleReason", "");
    private final ReadOnlyBooleanWrapper outcomeStale =
            new ReadOnlyBooleanWrapper(this, "outcomeStale");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private final DoubleProperty spikeCenter =
            new SimpleDoubleProperty(this, "spikeCenter", DEFAULT_SPIKE_CENTER);
    private final DoubleProperty spikeWidth =
            new SimpleDoubleProperty(this, "spikeWidth", GapSpike.DEFAULT_WIDTH);
    private final DoubleProperty spikeHeight =
            new SimpleDoubleProperty(this, "spikeHeight", GapSpike.DEFAULT_HEIGHT);
    private final ReadOnlyObjectWrapper<SpikeResult> spikeResult =
            new ReadOnlyObjectWrapper<>(this, "spikeResult");
    private final ReadOnlyStringWrapper spikeSummary =
            new ReadOnlyStringWrapper(this, "spikeSummary", "");

    private final BooleanBinding canRun;
    private AtomicBoolean activeCancellation;
    private SpikeDemonstration demonstration;

    /** Hyperparameters restored from a project, used by Keep until a result exists. */
    private GapHyperparameters restoredHyperparameters;

    /**
     * Creates the view model with no data and an undo history of its own; call
     * {@link #openTeachingExample()} or {@link #load(ObsExpDataset)} next.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses and data generation off the UI thread
     * @param runner the analysis to run
     */
    public ObsExpViewModel(Executor uiExecutor, Executor worker, Runner runner) {
        this(uiExecutor, worker, runner, new CommandStack());
    }

    /**
     * Creates the view model with no data, recording its edits on the window's stack.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses and data generation off the UI thread
     * @param runner the analysis to run
     * @param commands the stack of the window
     */
    public ObsExpViewModel(Executor uiExecutor, Executor worker, Runner runner,
            CommandStack commands) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.runner = runner;
        this.commands = commands;
        this.canRun = Bindings.createBooleanBinding(
                () -> dataset.get() != null && !running.get(), dataset, running);
        outcomeStale.bind(staleReason.isNotEmpty());
        propensity.addListener((obs, old, now) -> markSettingsChanged());
        averageGapTest.addListener((obs, old, now) -> markSettingsChanged());
        kernelMomentTest.addListener((obs, old, now) -> markSettingsChanged());
        bandTest.addListener((obs, old, now) -> markSettingsChanged());
        score.addListener((obs, old, now) -> markSettingsChanged());
        hyperparameterSource.addListener((obs, old, now) -> markSettingsChanged());
        spikeCenter.addListener((obs, old, now) -> updateSpike());
        spikeWidth.addListener((obs, old, now) -> updateSpike());
        spikeHeight.addListener((obs, old, now) -> updateSpike());
        trackSettings();
    }

    private void trackSettings() {
        PropertyEdits.track(commands, propensity, value -> String.format(Locale.ROOT,
                "Set propensity to %s", value));
        PropertyEdits.track(commands, averageGapTest, on -> turn(on, "the F1 test"));
        PropertyEdits.track(commands, kernelMomentTest, on -> turn(on, "the F2 test"));
        PropertyEdits.track(commands, bandTest, on -> turn(on, "the F3 test"));
        PropertyEdits.track(commands, score, choice -> "Set test score to " + choice);
        PropertyEdits.track(commands, hyperparameterSource,
                choice -> "Set hyperparameters to " + choice);
        // A slider drag changes the value many times; the spike pane closes the entry on release.
        PropertyEdits.trackMerging(commands, spikeCenter, value -> "Move the spike");
        PropertyEdits.trackMerging(commands, spikeWidth, value -> "Change the spike width");
        PropertyEdits.trackMerging(commands, spikeHeight, value -> "Change the spike height");
    }

    private static String turn(boolean on, String what) {
        return (on ? "Turn on " : "Turn off ") + what;
    }

    /** Returns the stack that records this workspace's edits. */
    public CommandStack commands() {
        return commands;
    }

    /** Marks the outcome on screen as out of step with the settings, until the next run. */
    private void markSettingsChanged() {
        if (outcome.get() != null && !running.get()) {
            staleReason.set("Settings changed since this result: press Run to update it.");
        }
    }

    /**
     * Generates the teaching example in the background, shows it and runs the analysis on it.
     *
     * @see TeachingExample
     */
    public void openTeachingExample() {
        open(TeachingExample::generate, "Generating the teaching example...", true);
    }

    /**
     * Opens the teaching example as the state the workspace starts from, which is no edit: it
     * records no entry, so the project does not count as modified. Call it only while the
     * workspace has no data.
     */
    public void openStartingExample() {
        open(TeachingExample::generate, "Generating the teaching example...", false);
    }

    /**
     * Builds a dataset in the background, then shows it and runs the analysis. Cancel drops the
     * dataset before it is shown.
     *
     * @param source builds the dataset on the worker thread
     * @param message the status shown meanwhile
     * @param recorded whether loading the dataset is an entry on the stack
     */
    void open(Supplier<ObsExpDataset> source, String message, boolean recorded) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(-1);
        error.set("");
        status.set(message);
        worker.execute(() -> {
            try {
                ObsExpDataset built = source.get();
                uiExecutor.execute(() -> {
                    if (activeCancellation != cancelled) {
                        return;
                    }
                    running.set(false);
                    if (cancelled.get()) {
                        status.set("Cancelled before the data were shown.");
                        return;
                    }
                    if (recorded) {
                        load(built);
                    } else {
                        commands.runUnrecorded(() -> load(built));
                    }
                    run();
                });
            } catch (RuntimeException failure) {
                LOG.error("Building the dataset failed", failure);
                uiExecutor.execute(() -> finishFailed(cancelled,
                        "Building the data failed: " + failure.getMessage()));
            }
        });
    }

    /**
     * Shows a dataset, sets the propensity to its known value and clears the previous outcome,
     * which belongs to other data. A running analysis is cancelled first. The load is one entry
     * on the stack; undoing it shows the previous dataset and propensity without an outcome.
     *
     * @param data the trial with &omega; and evaluation points
     */
    public void load(ObsExpDataset data) {
        ObsExpDataset previous = dataset.get();
        double previousPropensity = propensity.get();
        String previousStatus = status.get();
        String loaded = String.format(Locale.ROOT, "Loaded %s: %d trial rows, %d covariate(s),"
                + " %d evaluation points. Press Run.", data.name(), data.size(),
                data.dimension(), data.evaluationPoints().length);
        commands.execute(Command.of("Load " + data.name(),
                () -> show(data, data.propensity(), loaded),
                () -> show(previous, previousPropensity, previousStatus)));
    }

    private void show(ObsExpDataset data, double knownPropensity, String message) {
        cancel();
        restoredHyperparameters = null;
        outcome.set(null);
        dataset.set(data);
        propensity.set(knownPropensity);
        staleReason.set("");
        error.set("");
        rebuildDemonstration();
        status.set(message);
    }

    /**
     * Starts an analysis with the current settings, unless one is running. Invalid settings are
     * reported through {@link #errorProperty()} and start nothing.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        ObsExpRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            if (outcome.get() != null) {
                staleReason.set("The settings are invalid: showing the previous result.");
            }
            status.set("Not run: " + invalid.getMessage());
            LOG.info("Observational-plus-experimental run rejected: {}", invalid.getMessage());
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        staleReason.set("");
        error.set("");
        status.set("Running the falsification tests and fitting the gap model...");
        LOG.info("Starting the observational-plus-experimental analysis on {} rows, tests {}",
                request.trial().size(), request.tests());
        worker.execute(() -> work(request, cancelled));
    }

    /**
     * Builds the request of the current dataset and settings, as Run would.
     *
     * @return the request
     * @throws IllegalArgumentException with a message for the user
     * @throws IllegalStateException if no dataset is loaded
     */
    public ObsExpRequest currentRequest() {
        if (dataset.get() == null) {
            throw new IllegalStateException("No trial is loaded.");
        }
        return request();
    }

    /**
     * Keeps hyperparameters saved in a project for the next run on the loaded dataset, as if
     * they came from a result on screen.
     *
     * @param saved the hyperparameters
     */
    public void keepHyperparameters(GapHyperparameters saved) {
        restoredHyperparameters = saved;
        hyperparameterSource.set(HyperparameterSource.KEEP);
    }

    /** Builds the request from the settings, or throws with a message for the user. */
    private ObsExpRequest request() {
        ObsExpDataset data = dataset.get();
        double pi = propensity.get();
        if (!(pi > 0 && pi < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The propensity must"
                    + " be strictly between 0 and 1, got %s. Enter the trial's known treatment"
                    + " probability, for example %s.", format(pi), format(data.propensity())));
        }
        TrialData trial = new TrialData(data.covariates(), data.treatment(), data.outcome(), pi);
        GapHyperparameters fixedHyperparameters = null;
        if (hyperparameterSource.get() == HyperparameterSource.KEEP) {
            if (outcome.get() != null) {
                fixedHyperparameters = outcome.get().model().hyperparameters();
            } else if (restoredHyperparameters != null) {
                fixedHyperparameters = restoredHyperparameters;
            } else {
                throw new IllegalArgumentException("There is no result on screen whose"
                        + " hyperparameters could be kept. Choose \"" + HyperparameterSource.FIT
                        + "\" for the first run.");
            }
        }
        List<String> tests = new ArrayList<>();
        if (averageGapTest.get()) {
            tests.add("f1");
        }
        if (kernelMomentTest.get()) {
            tests.add("f2");
        }
        if (bandTest.get()) {
            tests.add("f3");
        }
        return new ObsExpRequest(trial, data.omegaAtTrial(), data.evaluationPoints(),
                data.omegaAtEvaluation(), fixedHyperparameters, tests, score.get() == TestScore.AIPW,
                new double[2], BAND_BINS, 0, ALPHA, SEED, Double.NaN);
    }

    private void work(ObsExpRequest request, AtomicBoolean cancelled) {
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                text -> status.set(text + "..."));
        try {
            ObsExpOutcome result = runner.run(request, sink, cancelled::get);
            uiExecutor.execute(() -> finish(cancelled, result));
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled));
        } catch (IllegalArgumentException invalid) {
            LOG.warn("The observational-plus-experimental analysis rejected its input: {}",
                    invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, invalid.getMessage()));
        } catch (RuntimeException failure) {
            LOG.error("The observational-plus-experimental analysis failed", failure);
            uiExecutor.execute(() -> finishFailed(cancelled,
                    "The analysis failed unexpectedly: " + failure));
        }
    }

    private void finish(AtomicBoolean cancelled, ObsExpOutcome result) {
        if (cancelled.get()) {
            finishCancelled(cancelled);
            return;
        }
        outcome.set(result);
        staleReason.set("");
        running.set(false);
        progress.set(1);
        rebuildDemonstration();
        status.set("Finished. " + verdictSummary(result.falsification()));
        LOG.info("Observational-plus-experimental analysis finished: {}",
                verdictSummary(result.falsification()));
    }

    /** Returns one short clause per test, such as "F1: falsified (p = 0.0012)" or "(p < 0.0001)". */
    static String verdictSummary(Map<String, FalsificationResult> results) {
        if (results.isEmpty()) {
            return "No falsification test was selected.";
        }
        List<String> parts = new ArrayList<>();
        results.forEach((id, result) -> parts.add(String.format(Locale.ROOT, "%s: %s (p %s)",
                id.toUpperCase(Locale.ROOT), result.rejected() ? "falsified" : "not falsified",
                pValueClause(result.pValue()))));
        return String.join(", ", parts) + ".";
    }

    private void finishCancelled(AtomicBoolean cancelled) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (outcome.get() != null) {
            staleReason.set("Run cancelled: showing the previous result.");
        }
        status.set(outcome.get() == null ? "Cancelled."
                : "Cancelled; the charts show the previous result.");
        LOG.info("Observational-plus-experimental analysis cancelled by the user");
    }

    private void finishFailed(AtomicBoolean cancelled, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (outcome.get() != null) {
            staleReason.set("The last run failed: showing the previous result.");
        }
        error.set(message);
        status.set("Failed: " + message);
    }

    /** Asks the running analysis to stop. The previous outcome stays on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    private void rebuildDemonstration() {
        ObsExpDataset data = dataset.get();
        demonstration = null;
        if (data != null && (data.trueGap() != null || outcome.get() != null)) {
            demonstration = new SpikeDemonstration(data, outcome.get());
        }
        updateSpike();
    }

    private void updateSpike() {
        if (demonstration == null) {
            spikeResult.set(null);
            spikeSummary.set("Run the analysis to see the spike's effect.");
            return;
        }
        GapSpike spike;
        try {
            spike = new GapSpike(spikeCenter.get(), spikeWidth.get(), spikeHeight.get());
        } catch (IllegalArgumentException invalid) {
            spikeSummary.set("Invalid spike: " + invalid.getMessage() + ".");
            return;
        }
        SpikeResult result = demonstration.evaluate(spike);
        spikeResult.set(result);
        spikeSummary.set(describe(result));
    }

    /** Returns the sentences under the theorem view's charts. */
    static String describe(SpikeResult result) {
        String data = result.rowsChanged() == 0
                ? "No trial row lies under the spike, so the trial data do not change at all:"
                        + " the trial carries no information about the gap there."
                : String.format(Locale.ROOT, "The spike changes the outcomes of %d of the %d"
                        + " trial rows (treated rows under it), so the total variation distance"
                        + " between the two data distributions is at most about %.3f. The two"
                        + " smoothed pseudo-outcome densities differ by %.3f.",
                        result.rowsChanged(), result.rows(), result.totalVariationBound(),
                        result.smoothedDistance());
        if (!result.hasBand()) {
            return data;
        }
        String gap = result.exitPosition()
                .map(x -> String.format(Locale.ROOT, " Meanwhile the gap leaves the 95%% band"
                        + " by up to %.2f, at x = %.2f.", result.largestExit(), x))
                .orElse(" The spiked gap stays inside the 95% band.");
        return data + gap;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "no number" : formatNumber(value);
    }

    /**
     * Formats a number with four significant digits and no trailing zeros, in scientific
     * notation below 0.001 or from 100000 on.
     */
    static String formatNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    /** Formats a p-value with four decimals, or as "< 0.0001". */
    static String formatPValue(double p) {
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** Returns "= 0.0123" or "< 0.0001", to follow the letter p. */
    static String pValueClause(double p) {
        String formatted = formatPValue(p);
        return formatted.startsWith("<") ? formatted : "= " + formatted;
    }

    /** Returns the dataset on screen, or {@code null} before one is loaded. */
    public ReadOnlyObjectProperty<ObsExpDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** Returns the treatment probability the next run assumes. */
    public DoubleProperty propensityProperty() {
        return propensity;
    }

    /** Returns whether the next run includes F1, the average-gap t test. */
    public BooleanProperty averageGapTestProperty() {
        return averageGapTest;
    }

    /** Returns whether the next run includes F2, the kernel conditional-moment test. */
    public BooleanProperty kernelMomentTestProperty() {
        return kernelMomentTest;
    }

    /** Returns whether the next run includes F3, the band test with the band [0, 0]. */
    public BooleanProperty bandTestProperty() {
        return bandTest;
    }

    /** Returns the score the tests use. */
    public ObjectProperty<TestScore> scoreProperty() {
        return score;
    }

    /** Returns whether the next run fits the hyperparameters or keeps the current ones. */
    public ObjectProperty<HyperparameterSource> hyperparameterSourceProperty() {
        return hyperparameterSource;
    }

    /** Returns whether an analysis or a data generation is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Returns the running work's progress from 0 to 1, or -1 when it is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Returns the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the outcome on screen, or {@code null} before the first run. */
    public ReadOnlyObjectProperty<ObsExpOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * Returns why the outcome on screen is out of date (a cancelled, failed or rejected run, or
     * settings changed since), empty when it is current.
     */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** Returns whether the outcome on screen is out of date, see {@link #staleReasonProperty}. */
    public ReadOnlyBooleanProperty outcomeStaleProperty() {
        return outcomeStale.getReadOnlyProperty();
    }

    /** Returns the last error message, empty when the last run was accepted and succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Returns whether Run is possible now. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** Returns the spike's position on the first covariate. */
    public DoubleProperty spikeCenterProperty() {
        return spikeCenter;
    }

    /** Returns the width of the spike's base. */
    public DoubleProperty spikeWidthProperty() {
        return spikeWidth;
    }

    /** Returns the spike's height, negative for a dip. */
    public DoubleProperty spikeHeightProperty() {
        return spikeHeight;
    }

    /** Returns the theorem view for the current spike, or {@code null} without a gap to show. */
    public ReadOnlyObjectProperty<SpikeResult> spikeResultProperty() {
        return spikeResult.getReadOnlyProperty();
    }

    /** Returns the spike's effect on the data and on the gap, in words. */
    public ReadOnlyStringProperty spikeSummaryProperty() {
        return spikeSummary.getReadOnlyProperty();
    }
}
