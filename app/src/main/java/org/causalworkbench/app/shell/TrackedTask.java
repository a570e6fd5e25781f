package org.causalworkbench.app.shell;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;

/**
 * A view model's background computation as the tasks drawer sees it: a title, the view
 * model's running, progress, status and error properties, and its cancel method.
 *
 * @param title the computation's name, such as "Synthetic control: fit and placebos"
 * @param running whether it is running
 * @param progress progress from 0 to 1, or -1 when unknown
 * @param status the status line, which the drawer shows as the message
 * @param error the last run's error message, empty when it succeeded or was cancelled
 * @param cancel asks the computation to stop
 */
public record TrackedTask(String title, ObservableBooleanValue running,
        ObservableNumberValue progress, ObservableStringValue status,
        ObservableStringValue error, Runnable cancel) {

    /** Checks that every part is present. */
    public TrackedTask {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(cancel, "cancel");
    }

    /** Returns the error message, or an empty string when there is none. */
    public String errorText() {
        String text = error.get();
        return text == null ? "" : text;
    }

    /** Returns the status line, or an empty string when there is none. */
    public String statusText() {
        String text = status.get();
        return text == null ? "" : text;
    }
}
