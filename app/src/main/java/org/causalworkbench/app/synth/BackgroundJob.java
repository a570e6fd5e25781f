package org.causalworkbench.app.synth;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind of background computation of a panel, such as the donor screen: its running flag,
 * progress, status, last result and why that result is out of date.
 *
 * <p>Properties change on the UI thread only. A cancelled or failed run keeps the last result
 * and marks it stale.
 *
 * @param <R> the result type
 */
final class BackgroundJob<R> {

    /** The work of one run. */
    @FunctionalInterface
    interface Work<R> {
        R run(ProgressSink progress, CancellationToken cancellation);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJob.class);

    private final String name;
    private final Executor uiExecutor;
    private final Executor worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper stale = new ReadOnlyStringWrapper(this, "stale", "");
    private AtomicBoolean active;
    private java.util.function.Consumer<R> onFinished = value -> { };

    BackgroundJob(String name, Executor uiExecutor, Executor worker) {
        this.name = name;
        this.uiExecutor = uiExecutor;
        this.worker = worker;
    }

    /** Starts a run unless one is going; returns whether it started. */
    boolean start(String message, Work<R> work) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        active = cancelled;
        running.set(true);
        progress.set(0);
        status.set(message);
        worker.execute(() -> {
            ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                    status::set);
            try {
                R value = work.run(sink, cancelled::get);
                uiExecutor.execute(() -> finish(cancelled, value));
            } catch (CancellationException stopped) {
                uiExecutor.execute(() -> end(cancelled, "Cancelled", "cancelled"));
            } catch (IllegalArgumentException invalid) {
                LOG.warn("The {} rejected its input: {}", name, invalid.getMessage());
                uiExecutor.execute(() -> end(cancelled, "Failed: " + invalid.getMessage(),
                        "failed"));
            } catch (RuntimeException failure) {
                LOG.error("The {} failed", name, failure);
                uiExecutor.execute(() -> end(cancelled, "The " + name
                        + " failed unexpectedly: " + failure, "failed"));
            }
        });
        return true;
    }

    private void finish(AtomicBoolean cancelled, R value) {
        if (cancelled.get()) {
            end(cancelled, "Cancelled", "cancelled");
            return;
        }
        running.set(false);
        progress.set(1);
        stale.set("");
        // A status of its own first: a result equal to the last fires no change event.
        status.set("Finished.");
        result.set(value);
        onFinished.accept(value);
    }

    /** Sets what runs on the UI thread after every run that completes, even if its result
     * equals the previous one. */
    void setOnFinished(java.util.function.Consumer<R> action) {
        onFinished = action;
    }

    private void end(AtomicBoolean cancelled, String message, String what) {
        if (active != cancelled) {
            return;
        }
        running.set(false);
        status.set(result.get() == null ? message + "."
                : message + "; showing the previous result.");
        if (result.get() != null) {
            stale.set("The last " + name + " " + what + ": showing the previous result.");
        }
    }

    /** Asks the running computation to stop; the last result stays. */
    void cancel() {
        if (active != null && running.get()) {
            active.set(true);
            status.set("Cancelling...");
        }
    }

    /** Forgets the result, for new data. */
    void clear() {
        cancel();
        result.set(null);
        stale.set("");
        status.set("");
    }

    /** Marks the result out of date with a reason, when there is one and nothing runs. */
    void markStale(String reason) {
        if (result.get() != null && !running.get()) {
            stale.set(reason);
        }
    }

    void setStatus(String text) {
        status.set(text);
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

    ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyStringProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
