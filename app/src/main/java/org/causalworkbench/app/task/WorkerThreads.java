package org.causalworkbench.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates the executors that run background work for view models. */
public final class WorkerThreads {

    private WorkerThreads() {
    }

    /**
     * Creates a single-thread executor whose threads are daemons, so closing the window exits
     * the application, and are named for logs.
     *
     * @param name the thread name prefix, for example "synth"; a counter is appended
     * @return the executor
     */
    public static ExecutorService singleDaemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
