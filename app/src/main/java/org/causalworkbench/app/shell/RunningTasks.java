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
        // A cancel or failure is often worded before "running" goes off, and opening a
        // project may replace that wording at once: it starts the project's run or resets the
        // panel. So an end that reads as cancelled or failed now is reported as such.
        RunEnd atStop = RunEnd.classify(task.title(), duration, task.errorText(),
                task.statusText());
        if (atStop.outcome() != RunEnd.Outcome.FINISHED) {
            uiExecutor.execute(() -> onRunEnded.accept(atStop));
            return;
        }
        // Otherwise read it later, because view models switch "running" off before they set
        // the final status. A task already running again keeps the status it had at the stop.
        uiExecutor.execute(() -> onRunEnded.accept(running.contains(task) ? atStop
                : RunEnd.classify(task.title(), duration, task.errorText(),
                        task.statusText())));
    }
}
