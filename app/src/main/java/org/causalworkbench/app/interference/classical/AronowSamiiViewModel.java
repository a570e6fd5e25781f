package org.causalworkbench.app.interference.classical;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Aronow-Samii part of the classical tab: the design settings, and a background run that
 * computes the exposure probabilities with progress and cancel, then the estimates.
 *
 * <p>All properties are read and written on the UI thread. The work runs on the worker
 * executor and its results come back through the UI executor, so tests can pass plain
 * executors. A cancelled or failed run leaves the previous tables in place.
 */
public final class AronowSamiiViewModel {

    /** The default number of Monte Carlo draws. */
    public static final int DEFAULT_DRAWS = 1000;
    /** The default seed of the draws. */
    public static final long DEFAULT_SEED = 2017;

    private static final Logger LOG = LoggerFactory.getLogger(AronowSamiiViewModel.class);

    private final ReadOnlyObjectProperty<InterferenceData> data;
    private final Executor uiExecutor;
    private final Executor worker;

    private final ObjectProperty<DesignChoice.Kind> kind =
            new SimpleObjectProperty<>(this, "kind", DesignChoice.Kind.COMPLETE);
    private final DoubleProperty probability = new SimpleDoubleProperty(this, "probability", 0.5);
    private final IntegerProperty treated = new SimpleIntegerProperty(this, "treated", 1);
    private final BooleanProperty exact = new SimpleBooleanProperty(this, "exact", false);
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", DEFAULT_DRAWS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<AronowSamiiReport> report =
            new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<ExposureRow> exposures = FXCollections.observableArrayList();
    private final ObservableList<ContrastRow> contrasts = FXCollections.observableArrayList();
    private final BooleanBinding canRun;
    private AtomicBoolean activeCancellation;
    private DesignChoice reportChoice;

    /**
     * Creates the view model on the workspace's unit table.
     *
     * @param data the unit table on screen
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the probability computation off the UI thread
     */
    public AronowSamiiViewModel(ReadOnlyObjectProperty<InterferenceData> data,
            Executor uiExecutor, Executor worker) {
        this.data = data;
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.canRun = Bindings.createBooleanBinding(
                () -> data.get() != null && !running.get(), data, running);
        report.addListener((obs, old, now) -> {
            exposures.setAll(now == null ? java.util.List.of() : now.exposures());
            contrasts.setAll(now == null ? java.util.List.of() : now.contrasts());
        });
        data.addListener((obs, old, now) -> dataChanged(now));
        dataChanged(data.get());
    }

    /** Cancels a run, clears the tables and sets the design defaults to the observed counts. */
    private void dataChanged(InterferenceData now) {
        cancel();
        reportChoice = null;
        report.set(null);
        error.set("");
        if (now == null) {
            status.set("");
            return;
        }
        int treatedCount = Arrays.stream(now.treatment()).sum();
        treated.set(treatedCount);
        probability.set(Math.round(1000.0 * treatedCount / now.size()) / 1000.0);
        status.set(now.size() > AronowSamiiReport.MAX_UNITS
                ? String.format(Locale.ROOT, "%d units: more than the %d units the exposure"
                        + " probabilities allow.", now.size(), AronowSamiiReport.MAX_UNITS)
                : "Choose the design that assigned the treatment, then press Run.");
    }

    /** Returns the design settings as one value. */
    public DesignChoice designChoice() {
        return new DesignChoice(kind.get(), probability.get(), treated.get(), exact.get(),
                draws.get(), seed.get());
    }

    /**
     * Starts a run with the current settings, unless one is running. Settings that the design
     * rejects and a table above {@link AronowSamiiReport#MAX_UNITS} units are reported
     * through {@link #errorProperty()} and start nothing.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        InterferenceData table = data.get();
        DesignChoice choice = designChoice();
        try {
            AronowSamiiReport.checkSize(table);
            choice.toDesign(table.size());
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            status.set(report.get() == null ? "Not run."
                    : "Not run; the tables show the previous result.");
            LOG.info("Aronow-Samii run rejected: {}", invalid.getMessage());
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        error.set("");
        status.set("Computing exposure probabilities under " + choice.describe() + "...");
        LOG.info("Starting Aronow-Samii on {} ({} units), design {}", table.name(),
                table.size(), choice.describe());
        worker.execute(() -> work(table, choice, cancelled));
    }

    private void work(InterferenceData table, DesignChoice choice, AtomicBoolean cancelled) {
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                text -> status.set(text + "..."));
        try {
            AronowSamiiReport result =
                    AronowSamiiReport.compute(table, choice, sink, cancelled::get);
            uiExecutor.execute(() -> finish(cancelled, choice, result));
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled));
        } catch (IllegalArgumentException invalid) {
            LOG.warn("Aronow-Samii rejected its input: {}", invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, invalid.getMessage()));
        } catch (RuntimeException | OutOfMemoryError failure) {
            LOG.error("The Aronow-Samii run failed", failure);
            uiExecutor.execute(() -> finishFailed(cancelled,
                    "The run failed unexpectedly: " + failure));
        }
    }

    private void finish(AtomicBoolean cancelled, DesignChoice choice,
            AronowSamiiReport result) {
        if (cancelled.get()) {
            finishCancelled(cancelled);
            return;
        }
        reportChoice = choice;
        report.set(result);
        running.set(false);
        progress.set(1);
        status.set("Finished: " + result.design() + ".");
        LOG.info("Aronow-Samii finished under {}", result.design());
    }

    private void finishCancelled(AtomicBoolean cancelled) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        status.set(report.get() == null ? "Cancelled."
                : "Cancelled; the tables show the previous result.");
        LOG.info("Aronow-Samii run cancelled by the user");
    }

    private void finishFailed(AtomicBoolean cancelled, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        error.set(message);
        status.set(report.get() == null ? "Failed." : "Failed; the tables show the previous"
                + " result.");
    }

    /** Asks the running computation to stop; the previous tables stay on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    /** Returns the design family. */
    public ObjectProperty<DesignChoice.Kind> kindProperty() {
        return kind;
    }

    /** Returns p of the Bernoulli design. */
    public DoubleProperty probabilityProperty() {
        return probability;
    }

    /** Returns m of the complete randomisation design. */
    public IntegerProperty treatedProperty() {
        return treated;
    }

    /** Returns whether every assignment is enumerated instead of drawn. */
    public BooleanProperty exactProperty() {
        return exact;
    }

    /** Returns R, the number of Monte Carlo draws. */
    public IntegerProperty drawsProperty() {
        return draws;
    }

    /** Returns the seed of the Monte Carlo draws. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Returns whether a run is in progress. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Returns the running computation's progress, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Returns the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the last error message, empty when the last run was accepted and succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Returns the design of the report on screen, or {@code null} when there is none. */
    public DesignChoice reportChoice() {
        return reportChoice;
    }

    /** Returns the report on screen, or {@code null} before the first run on this table. */
    public ReadOnlyObjectProperty<AronowSamiiReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Returns the exposure rows of the report on screen. */
    public ObservableList<ExposureRow> exposures() {
        return exposures;
    }

    /** Returns the contrast rows of the report on screen. */
    public ObservableList<ContrastRow> contrasts() {
        return contrasts;
    }

    /** Returns whether Run is possible now. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }
}
