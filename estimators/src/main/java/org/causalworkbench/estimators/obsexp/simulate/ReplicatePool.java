package org.causalworkbench.estimators.obsexp.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs indexed tasks on a fixed thread pool and returns their results in index order, for
 * {@link ReplicateRunner} and the other simulation studies.
 *
 * <p>The calling thread waits for results, reports one progress unit per finished task and checks
 * the caller's cancellation token every {@value #POLL_MILLIS} ms. The tasks get a token that also
 * turns true once the pool stops, so that a task still running after a failure or a cancellation
 * ends at its next check. The pool is shut down, and its threads have ended, before {@link #run}
 * returns or throws, unless the calling thread is interrupted while it waits for them.
 */
public final class ReplicatePool {

    /** How often the calling thread checks for cancellation while it waits, in milliseconds. */
    public static final long POLL_MILLIS = 50;

    /** Prefix of the names of the pool's threads. */
    public static final String THREAD_NAME_PREFIX = "replicate-runner-";

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /** Task that computes the result of one index. */
    @FunctionalInterface
    public interface IndexedTask<T> {

        /**
         * Computes one result.
         *
         * @param index the task index, from 0
         * @param cancellation true once the caller cancelled or the pool stopped
         * @return the result
         */
        T run(int index, CancellationToken cancellation);
    }

    private ReplicatePool() {
    }

    /**
     * Runs tasks 0 to {@code count - 1} on {@code threads} threads.
     *
     * @return the results, the one of task i at index i
     * @throws CancellationException if the caller cancelled or the calling thread was
     *     interrupted
     * @throws RuntimeException the first failure of a task that the calling thread received,
     *     as the task raised it
     */
    public static <T> List<T> run(int count, int threads, IndexedTask<T> task, ProgressSink progress,
            CancellationToken cancellation) {
        AtomicBoolean stopped = new AtomicBoolean();
        CancellationToken taskToken =
                () -> stopped.get() || cancellation.isCancellationRequested();
        ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory());
        try {
            CompletionService<Indexed<T>> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < count; i++) {
                int index = i;
                completion.submit(() -> new Indexed<>(index, task.run(index, taskToken)));
            }
            List<T> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                results.add(null);
            }
            int done = 0;
            while (done < count) {
                cancellation.throwIfCancellationRequested();
                Future<Indexed<T>> future = completion.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (future == null) {
                    continue;
                }
                Indexed<T> result = resultOf(future);
                results.set(result.index(), result.value());
                done++;
                progress.progress(done, count);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the replicate study was interrupted");
        } finally {
            stopped.set(true);
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private static <T> Indexed<T> resultOf(Future<Indexed<T>> future)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a replicate task failed: " + cause, cause);
        }
    }

    /** Waits until every thread of the pool has ended. */
    private static void awaitTermination(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threadFactory() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return runnable -> {
            Thread worker = new Thread(runnable,
                    THREAD_NAME_PREFIX + pool + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
    }

    /** Result of one task with its index. */
    private record Indexed<T>(int index, T value) {
    }
}
