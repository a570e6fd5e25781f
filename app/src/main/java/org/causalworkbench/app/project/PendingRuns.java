package org.causalworkbench.app.project;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Holds at most one action per panel that waits for the panel's running job to stop, so that
 * opening two projects during one slow cancel starts only the second project's run.
 *
 * <p><strong>Thread safety.</strong> Call on the thread that changes the running flags.
 */
final class PendingRuns {

    private final Map<ReadOnlyBooleanProperty, ChangeListener<Boolean>> waiting =
            new IdentityHashMap<>();

    /**
     * Runs {@code action} now, or cancels the running job and runs {@code action} once it has
     * stopped. An action still waiting on the same flag is dropped.
     */
    void afterStopping(ReadOnlyBooleanProperty running, Runnable cancel, Runnable action) {
        ChangeListener<Boolean> previous = waiting.remove(running);
        if (previous != null) {
            running.removeListener(previous);
        }
        if (!running.get()) {
            action.run();
            return;
        }
        ChangeListener<Boolean> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was,
                    Boolean now) {
                // The flag is read again, because an earlier listener may have started the
                // next job during this notification.
                if (!running.get() && waiting.remove(running) == this) {
                    running.removeListener(this);
                    action.run();
                }
            }
        };
        waiting.put(running, listener);
        running.addListener(listener);
        cancel.run();
    }
}
