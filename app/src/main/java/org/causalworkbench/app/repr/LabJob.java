package org.causalworkbench.app.repr;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.app.task.UiProgressSink;
import org.slf4j.Logger;

/**
 * One background job at a time for a lab panel, with its status line, error, running flag and
 * progress. The task runs on the worker executor; every property changes on the UI executor.
 * A cancelled or failed job calls the panel's {@code keepPrevious} so that it can mark its
 * previous result stale.
 */
final class LabJob {

    private final Executor uiExecutor;
    private final Executor worker;
    private final Logger log;
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private AtomicBoolean active;

    /** Work that reports to {@code sink} and stops when {@code cancelled} is set. */
    @FunctionalInterface
    interface Task<T> {
        T run(UiProgressSink sink, AtomicBoolean cancelled);
    }

    LabJob(Executor uiExecutor, Executor worker, Logger log, String initialStatus) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.log = log;
        this.status = new ReadOnlyStringWrapper(this, "status", initialStatus);
    }

    /**
     * Starts {@code task} unless a job is running.
     *
     * @param noun what the job computes, as the status line names it, such as "sweep"
     * @param startMessage the status while the task has not reported yet
     * @param task the work
     * @param finish receives the task's result on the UI executor unless it was cancelled
     * @param keepPrevious marks the previous result stale and returns whether there is one
     */
    <T> void submit(String noun, String startMessage,
            Task<T> task, Consumer<T> finish, BooleanSupplier keepPrevious) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        active = cancelled;
        running.set(true);
        progress.set(0);
        error.set("");
        status.set(startMessage);
        worker.execute(() -> work(cancelled, noun, task, finish, keepPrevious));
    }

    /** Asks the running job to stop. */
    void cancel() {
        if (active != null && running.get()) {
            active.set(true);
            status.set("Cancelling...");
        }
    }

    /** Shows a rejected setting without starting a job. */
    void reject(String message) {
        error.set(message);
    }

    /** Returns whether {@code cancelled} belongs to the current job and it was not cancelled. */
    boolean isCurrent(AtomicBoolean cancelled) {
        return active == cancelled && !cancelled.get();
    }

    private <T> void work(AtomicBoolean cancelled, String noun,
            Task<T> task, Consumer<T> finish, BooleanSupplier keepPrevious) {
        UiProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                status::set);
        try {
            T done = task.run(sink, cancelled);
            uiExecutor.execute(() -> {
                if (cancelled.get()) {
                    stop(cancelled, noun, "Cancelled", keepPrevious);
                } else if (active == cancelled) {
                    // Cleared first, so that finish can start the next job.
                    running.set(false);
                    progress.set(1);
                    finish.accept(done);
                }
            });
        } catch (CancellationException stopped) {
            log.info("The {} was cancelled by the user", noun);
            uiExecutor.execute(() -> stop(cancelled, noun, "Cancelled", keepPrevious));
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            log.warn("The {} was rejected: {}", noun, invalid.getMessage());
            uiExecutor.execute(() -> {
                error.set(invalid.getMessage());
                stop(cancelled, noun, "Failed", keepPrevious);
            });
        } catch (RuntimeException | OutOfMemoryError failure) {
            log.error("The {} failed", noun, failure);
            uiExecutor.execute(() -> {
                error.set("The " + noun + " failed unexpectedly: " + failure);
                stop(cancelled, noun, "Failed", keepPrevious);
            });
        }
    }

    private void stop(AtomicBoolean cancelled, String noun, String outcome,
            BooleanSupplier keepPrevious) {
        if (active != cancelled) {
            return;
        }
        boolean kept = keepPrevious.getAsBoolean();
        status.set(kept ? outcome + "; the charts show the previous " + noun + " (stale)."
                : outcome + ".");
        // Last, because a listener of running may start the next job and must find this state.
        running.set(false);
    }

    Executor uiExecutor() {
        return uiExecutor;
    }

    void setStatus(String message) {
        status.set(message);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
