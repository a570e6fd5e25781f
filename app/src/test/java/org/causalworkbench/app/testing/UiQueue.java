package org.causalworkbench.app.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the JavaFX thread in view-model tests: updates posted by the worker wait in a
 * queue until the test thread runs them, so properties are only touched by one thread.
 */
public final class UiQueue implements Executor {

    private final BlockingQueue<Runnable> pending = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        pending.add(command);
    }

    /**
     * Runs posted updates until the condition holds.
     *
     * @param condition checked after each update, on the test thread
     * @param timeoutMillis how long to wait in total
     * @return the milliseconds it took
     */
    public long runUntil(BooleanSupplier condition, long timeoutMillis)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("condition not reached within " + timeoutMillis + " ms");
            }
            Runnable next = pending.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
