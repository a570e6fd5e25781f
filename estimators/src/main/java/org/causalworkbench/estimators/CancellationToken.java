package org.causalworkbench.estimators;

import java.util.concurrent.CancellationException;

/**
 * Tells a running estimator whether to stop early.
 *
 * <p>Cancellation is cooperative: estimators check the token between units of work (for example
 * between placebo fits) and end with a {@link CancellationException}.
 */
@FunctionalInterface
public interface CancellationToken {

    /** A token that never requests cancellation. */
    CancellationToken NEVER = () -> false;

    /**
     * Returns whether the caller has asked the estimator to stop.
     *
     * @return {@code true} once cancellation was requested
     */
    boolean isCancellationRequested();

    /**
     * Throws when cancellation was requested.
     *
     * @throws CancellationException if {@link #isCancellationRequested()} is {@code true}
     */
    default void throwIfCancellationRequested() {
        if (isCancellationRequested()) {
            throw new CancellationException("Cancelled by the user");
        }
    }
}
