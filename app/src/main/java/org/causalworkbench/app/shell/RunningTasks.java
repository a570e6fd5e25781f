package org.causalworkbench.app.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The background computations of every workspace, and the ones running now. The tasks drawer
 * lists {@link #running()}, and a listener hears how each run ended and how long it took.
 *
 * <p>Everything here runs on the UI thread: the tracked properties change there, and the end
 * of a run is reported through the UI executor so the view model has set its final status
 * line first.
 */
public final class RunningTasks {

    private final Executor uiExecutor;
    private final LongSupplier nanoClock;
    private final List<TrackedTask> tracked = new ArrayList<>();
    private final ObservableList<TrackedTask> running = FXCollections.observableArrayList();
    private final ObservableList<TrackedTask> runningView =
            FXCollections.unmodifiableObservableList(running);
    private final Map<TrackedTask, Long> startNanos = new IdentityHashMap<>();
    private final IntegerBinding count = Bindings.size(running);
    private Consumer<RunEnd> onRunEnded = end -> {
    };

    /**
     * Creates an empty list that reads the system's monotonic clock.
     *
     * @param uiExecutor runs work on the UI thread, {@code Platform::runLater} in the window
     */
    public RunningTasks(Executor uiExecutor) {
        this(uiExecutor, System::nanoTime);
    }

    /**
     * Creates an empty list.
     *
     * @param uiExecutor runs work on the UI thread
     * @param nanoClock a monotonic clock in nanoseconds, replaceable in tests
     */
    public RunningTasks(Executor uiExecutor, LongSupplier nanoClock) {
        this.uiExecutor = uiExecutor;
        this.nanoClock = nanoClock;
    }

    /**
     * Starts watching a task. A task that is running already appears at once.
     *
     * @param task the task
     */
    public void track(TrackedTask task) {
        tracked.add(task);
        task.running().addListener((obs, was, now) -> {
            if (now) {
                started(task);
            } else {
                stopped(task);
            }
        });
        if (task.running().get()) {
            started(task);
        }
    }

    /** Returns the tasks running now, in the order they started. */
    public ObservableList<TrackedTask> running() {
        return runningView;
    }

    /** Returns how many tasks are running. */
    public IntegerBinding countBinding() {
        return count;
    }

    /** Returns every tracked task, running or not. */
    public List<TrackedTask> tracked() {
        return List.copyOf(tracked);
    }

    /**
     * Sets what hears the end of every run.
     *
     * @param listener called on the UI thread
     */
    public void setOnRunEnded(Consumer<RunEnd> listener) {
        onRunEnded = listener == null ? end -> {
        } : listener;
    }

    /** Asks every running task to stop. */
    public void cancelAll() {
        for (TrackedTask task : List.copyOf(running)) {
            task.cancel().run();
        }
    }

    private void started(TrackedTask task) {
        if (!running.contains(task)) {
            running.add(task);
            startNanos.put(task, nanoClock.getAsLong());
        }
    }

    private void stopped(TrackedTask task) {
        running.remove(task);
        Long start = startNanos.remove(task);
        if (start == null) {
            return;
        }
        Duration duration = Duration.ofNanos(nanoClock.getAsLong() - start);
        // A task restarted at once, as when opening a project cancels a run and starts the
        // project's, has the next run's status by the time the report below runs. So the
        // status and error at the stop are kept for that case.
        String errorAtStop = task.errorText();
        String statusAtStop = task.statusText();
        // Later, because view models switch "running" off before they set the final status.
        uiExecutor.execute(() -> {
            boolean restarted = running.contains(task);
            onRunEnded.accept(RunEnd.classify(task.title(), duration,
                    restarted ? errorAtStop : task.errorText(),
                    restarted ? statusAtStop : task.statusText()));
        });
    }
}
