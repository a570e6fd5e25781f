package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.TeachingExample;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the running-tasks list with a real view model and without a JavaFX toolkit. */
class RunningTasksTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();
    private final AtomicLong clock = new AtomicLong();
    private final RunningTasks tasks = new RunningTasks(ui, clock::get);
    private final List<RunEnd> ends = new ArrayList<>();
    private final CountDownLatch runnerStarted = new CountDownLatch(1);

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** Returns a view model whose analysis runs until it is cancelled. */
    private ObsExpViewModel blockingModel() {
        return new ObsExpViewModel(ui, worker, (request, progress, cancellation) -> {
            runnerStarted.countDown();
            progress.progress(1, 4);
            while (!cancellation.isCancellationRequested()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new CancellationException("cancelled by the test");
        });
    }

    private TrackedTask track(ObsExpViewModel model) {
        TrackedTask task = new TrackedTask("Observational + experimental analysis",
                model.runningProperty(), model.progressProperty(), model.statusProperty(),
                model.errorProperty(), model::cancel);
        tasks.track(task);
        tasks.setOnRunEnded(ends::add);
        return task;
    }

    @Test
    void runningViewModel_appearsAndCancelRemovesIt() throws InterruptedException {
        ObsExpViewModel model = blockingModel();
        TrackedTask task = track(model);

        model.load(TeachingExample.generate());
        model.run();
        assertTrue(runnerStarted.await(10, TimeUnit.SECONDS));

        assertEquals(List.of(task), tasks.running());
        assertEquals(1, tasks.countBinding().get());

        clock.addAndGet(Duration.ofSeconds(12).toNanos());
        tasks.running().get(0).cancel().run();
        ui.runUntil(() -> !ends.isEmpty(), 5_000);

        assertFalse(model.runningProperty().get());
        assertTrue(tasks.running().isEmpty());
        assertEquals(0, tasks.countBinding().get());
        RunEnd end = ends.get(0);
        assertEquals(RunEnd.Outcome.CANCELLED, end.outcome());
        assertEquals(Duration.ofSeconds(12), end.duration());
        assertSame(task.title(), end.title());
    }

    @Test
    void cancelAll_stopsEveryRunningTask() throws InterruptedException {
        ObsExpViewModel model = blockingModel();
        track(model);
        model.load(TeachingExample.generate());
        model.run();
        assertTrue(model.runningProperty().get());

        tasks.cancelAll();
        ui.runUntil(() -> !model.runningProperty().get(), 5_000);

        assertTrue(tasks.running().isEmpty());
    }

    @Test
    void failedRun_isReportedWithItsError() throws InterruptedException {
        SimpleBooleanProperty running = new SimpleBooleanProperty();
        SimpleStringProperty status = new SimpleStringProperty("");
        SimpleStringProperty error = new SimpleStringProperty("");
        tasks.track(new TrackedTask("Fit", running, new SimpleDoubleProperty(-1), status,
                error, () -> { }));
        tasks.setOnRunEnded(ends::add);

        running.set(true);
        clock.addAndGet(Duration.ofSeconds(3).toNanos());
        running.set(false);
        // As the view models do: the error arrives after "running" is switched off.
        error.set("too few pre-period points");
        ui.runUntil(() -> !ends.isEmpty(), 1_000);

        assertEquals(RunEnd.Outcome.FAILED, ends.get(0).outcome());
        assertEquals("too few pre-period points", ends.get(0).detail());
        assertEquals(Duration.ofSeconds(3), ends.get(0).duration());
    }

    @Test
    void cancelledRunRestartedAtOnce_isReportedCancelled() throws InterruptedException {
        SimpleBooleanProperty running = new SimpleBooleanProperty();
        SimpleStringProperty status = new SimpleStringProperty("");
        SimpleStringProperty error = new SimpleStringProperty("");
        TrackedTask task = new TrackedTask("Recommender run", running,
                new SimpleDoubleProperty(-1), status, error, () -> { });
        tasks.track(task);
        tasks.setOnRunEnded(ends::add);
        // As an opened project does: the next run starts as soon as the cancelled one stops.
        running.addListener((obs, was, now) -> {
            if (!now) {
                running.set(true);
                status.set("Generating the logged data...");
            }
        });

        running.set(true);
        status.set("Cancelled; the charts show the previous sweep (stale).");
        running.set(false);
        ui.runUntil(() -> !ends.isEmpty(), 1_000);

        assertEquals(RunEnd.Outcome.CANCELLED, ends.get(0).outcome());
        assertEquals("Cancelled; the charts show the previous sweep (stale).",
                ends.get(0).detail());
        assertEquals(List.of(task), tasks.running(), "the next run is tracked");
    }

    @Test
    void cancelledRunResetAtOnce_isReportedCancelled() throws InterruptedException {
        SimpleBooleanProperty running = new SimpleBooleanProperty();
        SimpleStringProperty status = new SimpleStringProperty("");
        tasks.track(new TrackedTask("Recommender run", running, new SimpleDoubleProperty(-1),
                status, new SimpleStringProperty(""), () -> { }));
        tasks.setOnRunEnded(ends::add);
        // As an opened project whose panel never ran does: the panel is reset at once.
        running.addListener((obs, was, now) -> {
            if (!now) {
                status.set("Press Run to train one recommender per lambda.");
            }
        });

        running.set(true);
        status.set("Cancelled.");
        running.set(false);
        ui.runUntil(() -> !ends.isEmpty(), 1_000);

        assertEquals(RunEnd.Outcome.CANCELLED, ends.get(0).outcome());
        assertEquals("Cancelled.", ends.get(0).detail());
    }

    @Test
    void taskRunningWhenTracked_appearsAtOnce() {
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        tasks.track(new TrackedTask("Fit", running, new SimpleDoubleProperty(0.5),
                new SimpleStringProperty("Fitting"), new SimpleStringProperty(""), () -> { }));

        assertEquals(1, tasks.running().size());
    }

    @Test
    void classify_readsStatusWording() {
        Duration second = Duration.ofSeconds(1);

        assertEquals(RunEnd.Outcome.FINISHED,
                RunEnd.classify("A", second, "", "Finished.").outcome());
        assertEquals(RunEnd.Outcome.CANCELLED, RunEnd.classify("A", second, "",
                "Cancelled; the charts show the previous result.").outcome());
        assertEquals(RunEnd.Outcome.FAILED, RunEnd.classify("A", second, "",
                "Failed: the pool is empty.").outcome());
        assertEquals(RunEnd.Outcome.FAILED,
                RunEnd.classify("A", second, "bad input", "Cancelled.").outcome());
    }
}
