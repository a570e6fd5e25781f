package org.causalworkbench.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A worker for view-model tests that runs tasks at once until {@link #hold()} is called, and
 * queues them afterwards, so a test can act while a run is still pending.
 */
public final class SwitchableWorker implements Executor {

    private final List<Runnable> queued = new ArrayList<>();
    private boolean holding;

    @Override
    public void execute(Runnable task) {
        if (holding) {
            queued.add(task);
        } else {
            task.run();
        }
    }

    /** Queues every later task until {@link #runQueued()} runs it. */
    public void hold() {
        holding = true;
    }

    /** Runs the queued tasks in the order they arrived, on the calling thread. */
    public void runQueued() {
        List<Runnable> tasks = new ArrayList<>(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }
}
