package org.causalworkbench.app.synth.robustness;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one background computation at a time for a robustness view model, with progress, a
 * status line and prompt cancellation.
 *
 * <p>Properties are read and written on the UI thread only. A cancelled or failed run never
 * calls its result consumer, so the previous result stays on screen, and {@link #staleProperty}
 * contains the reason it is out of date.
 *
 * <p>NOTE: {@code synth.BackgroundJob} implements the same run, cancel and keep-last pattern
 * with the result held in the job; the two should become one class in the task package.
 */
final class RobustnessJob {

    /** The computation, run on the worker. */
    @FunctionalInterface
    interface Work<R> {
        R run(ProgressSink progress, CancellationToken cancellation);
    }

    private static final Logger LOG = LoggerFactory.getLogger(RobustnessJob.class);

    private final Executor uiExecutor;
    private final Executor worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper(this, "stale", "");
    private AtomicBoolean activeCancellation;

    RobustnessJob(Executor uiExecutor, Executor worker) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
    }

    /**
     * Starts a computation unless one is running.
     *
     * @param name what runs, for the status line and the log, such as "leave-one-out refits"
     * @param work the computation
     * @param onResult receives the result on the UI thread, unless the run was cancelled
     * @return whether the computation started
     */
    <R> boolean start(String name, Work<R> work, Consumer<R> onResult) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(-1);
        error.set("");
        status.set("Running the " + name + "...");
        LOG.info("Starting the {}", name);
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set, status::set);
        worker.execute(() -> {
            try {
                R result = work.run(sink, cancelled::get);
                uiExecutor.execute(() -> finish(cancelled, name, result, onResult));
            } catch (CancellationException stopped) {
                uiExecutor.execute(() -> finishStale(cancelled, "Cancelled: showing the"
                        + " previous result.", ""));
            } catch (IllegalArgumentException invalid) {
                LOG.warn("The {} rejected its input: {}", name, invalid.getMessage());
                uiExecutor.execute(() -> finishStale(cancelled, "The last run failed: showing"
                        + " the previous result.", invalid.getMessage()));
            } catch (RuntimeException failure) {
                LOG.error("The {} failed", name, failure);
                uiExecutor.execute(() -> finishStale(cancelled, "The last run failed: showing"
                        + " the previous result.", "The " + name + " failed unexpectedly: "
                                + failure));
            }
        });
        return true;
    }

    private <R> void finish(AtomicBoolean cancelled, String name, R result,
            Consumer<R> onResult) {
        if (cancelled.get()) {
            finishStale(cancelled, "Cancelled: showing the previous result.", "");
            return;
        }
        running.set(false);
        progress.set(1);
        stale.set("");
        onResult.accept(result);
        status.set("Finished the " + name + ".");
        LOG.info("Finished the {}", name);
    }

    private void finishStale(AtomicBoolean cancelled, String reason, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        stale.set(reason);
        error.set(message);
        status.set(message.isEmpty() ? reason : "Failed: " + message);
    }

    /** Shows why a computation cannot start, unless one is running. */
    void reject(String message) {
        if (!running.get()) {
            error.set(message);
            status.set("Cannot run: " + message);
        }
    }

    /** Asks the running computation to stop. */
    void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    /** Marks the result on screen as out of step with the settings. */
    void markStale(String reason) {
        if (!running.get()) {
            stale.set(reason);
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
