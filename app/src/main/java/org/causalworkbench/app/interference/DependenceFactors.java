package org.causalworkbench.app.interference;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.interference.DependencyInflation;

/**
 * Computes the dependency factors D_avg, D_sr and D_max of a unit table's structure, once per
 * table, on a thread of its own so that a run can be cancelled while they are computed.
 *
 * <p>The factors depend only on the neighbour lists, which settings never change, so the last
 * table's factors are kept and later runs on the same table reuse them. A cancelled run leaves
 * the computation going, so the next run finds it finished or under way.
 *
 * <p><strong>Limitations.</strong> {@link DependencyInflation#fromNeighbours} builds a dense
 * n x n matrix, so its time grows as n^3 and it takes seconds on the 1,601-unit household
 * sample. This class only hides that cost behind the cache and does not shorten it.
 */
final class DependenceFactors {

    private static final long POLL_MILLIS = 50;
    private static final ExecutorService THREAD = WorkerThreads.singleDaemon("dependence");

    private static InterferenceData cachedData;
    private static CompletableFuture<DependencyInflation> cachedFactors;

    private DependenceFactors() {
    }

    /**
     * Returns the factors of the table's structure, waiting for them while checking the token.
     *
     * @param data the units and their neighbour lists
     * @param cancellation checked every {@value #POLL_MILLIS} ms while waiting
     * @return the factors
     * @throws CancellationException if cancelled while waiting
     * @throws IllegalArgumentException if the neighbour lists are invalid
     */
    static DependencyInflation of(InterferenceData data, CancellationToken cancellation) {
        CompletableFuture<DependencyInflation> factors = start(data);
        while (true) {
            cancellation.throwIfCancellationRequested();
            try {
                return factors.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // Check the token again, then keep waiting.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while computing the dependency"
                        + " factors");
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException("The dependency factors failed", failed);
            }
        }
    }

    private static synchronized CompletableFuture<DependencyInflation> start(
            InterferenceData data) {
        if (cachedData != data) {
            int[][] neighbours = data.neighbours();
            cachedData = data;
            cachedFactors = CompletableFuture.supplyAsync(
                    () -> DependencyInflation.fromNeighbours(neighbours), THREAD);
        }
        return cachedFactors;
    }
}
