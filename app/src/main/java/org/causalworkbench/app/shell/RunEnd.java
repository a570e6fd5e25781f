package org.causalworkbench.app.shell;

import java.time.Duration;
import java.util.Locale;

/**
 * How one run of a tracked task ended.
 *
 * @param title the task's title
 * @param duration how long the run took
 * @param outcome whether it finished, failed or was cancelled
 * @param detail the error message for a failure, otherwise the final status line
 */
public record RunEnd(String title, Duration duration, Outcome outcome, String detail) {

    /** The ways a run ends. */
    public enum Outcome {
        /** The run completed and its result is on screen. */
        FINISHED,
        /** The run stopped with an error; the previous result stays. */
        FAILED,
        /** The user cancelled the run; the previous result stays. */
        CANCELLED
    }

    /**
     * Classifies a run that just stopped from the view model's error and status text.
     *
     * <p>NOTE: the view models expose no end state, so this reads it from their wording: any
     * error message means failed, and a status that mentions "cancel" or "failed" means
     * cancelled or failed. A view model that words its status differently is counted as
     * finished.
     *
     * @param title the task's title
     * @param duration how long the run took
     * @param error the view model's error message, empty when there is none
     * @param status the view model's status line after the run
     * @return the classified end
     */
    public static RunEnd classify(String title, Duration duration, String error,
            String status) {
        String lower = status.toLowerCase(Locale.ROOT);
        if (!error.isBlank()) {
            return new RunEnd(title, duration, Outcome.FAILED, error);
        }
        if (lower.contains("cancel")) {
            return new RunEnd(title, duration, Outcome.CANCELLED, status);
        }
        if (lower.contains("failed")) {
            return new RunEnd(title, duration, Outcome.FAILED, status);
        }
        return new RunEnd(title, duration, Outcome.FINISHED, status);
    }
}
