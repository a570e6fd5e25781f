package org.causalworkbench.estimators;

/**
 * Receives progress reports from a running estimator.
 *
 * <p><strong>Thread safety.</strong> Estimators call these methods from their worker thread, so
 * implementations must be thread-safe.
 */
public interface ProgressSink {

    /** A sink that discards every report, for callers that do not show progress. */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(long workDone, long totalWork) {
            // Discarded on purpose.
        }

        @Override
        public void message(String text) {
            // Discarded on purpose.
        }
    };

    /**
     * Reports that {@code workDone} of {@code totalWork} units are finished.
     *
     * @param workDone units finished so far, between 0 and {@code totalWork}
     * @param totalWork units in the whole job, positive
     */
    void progress(long workDone, long totalWork);

    /**
     * Reports a short human-readable description of the current step.
     *
     * @param text the description, for example "Placebo fit 3 of 38"
     */
    void message(String text);
}
