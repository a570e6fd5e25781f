package org.causalworkbench.app.shell;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides which ended runs deserve a notification and words it. Only runs that took at least
 * the threshold count, because the user is likely to have looked away from those; a quick run
 * shows its result before anyone could miss it.
 */
public final class RunNotices {

    /** The default threshold: runs shorter than this end without a notification. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(5);

    private final Duration threshold;

    /**
     * Creates the rule.
     *
     * @param threshold the shortest run that gets a notification
     */
    public RunNotices(Duration threshold) {
        if (threshold.isNegative()) {
            throw new IllegalArgumentException("notification threshold " + threshold
                    + " is negative; give zero or more");
        }
        this.threshold = threshold;
    }

    /** The severity of a notice, which picks the notification's icon. */
    public enum Kind {
        /** A run finished. */
        INFORMATION,
        /** A run was cancelled. */
        WARNING,
        /** A run failed. */
        ERROR
    }

    /**
     * One notification's content.
     *
     * @param title the heading, such as "Synthetic control finished"
     * @param text the body: the duration and the final status or error
     * @param kind the severity
     */
    public record Notice(String title, String text, Kind kind) {
    }

    /**
     * Returns the notification for an ended run, or empty when the run was too short.
     *
     * @param end how the run ended
     * @return the notice, or empty
     */
    public Optional<Notice> noticeFor(RunEnd end) {
        if (end.duration().compareTo(threshold) < 0) {
            return Optional.empty();
        }
        String took = "After " + formatDuration(end.duration()) + ". ";
        return Optional.of(switch (end.outcome()) {
            case FINISHED -> new Notice(end.title() + " finished", took + end.detail(),
                    Kind.INFORMATION);
            case CANCELLED -> new Notice(end.title() + " was cancelled", took
                    + "The previous result stays on screen.", Kind.WARNING);
            case FAILED -> new Notice(end.title() + " failed", took + end.detail(), Kind.ERROR);
        });
    }

    /** Formats a duration as "42 s" or "3 min 05 s". */
    static String formatDuration(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        if (seconds < 60) {
            return seconds + " s";
        }
        return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60,
                seconds % 60);
    }
}
