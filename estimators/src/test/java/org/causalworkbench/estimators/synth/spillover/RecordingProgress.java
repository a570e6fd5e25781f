package org.causalworkbench.estimators.synth.spillover;

import org.causalworkbench.estimators.ProgressSink;

/** Progress sink that keeps the last report, for checking step counts. */
final class RecordingProgress implements ProgressSink {

    private volatile long workDone;
    private volatile long totalWork;

    @Override
    public void progress(long done, long total) {
        workDone = done;
        totalWork = total;
    }

    @Override
    public void message(String text) {
        // Messages are not checked.
    }

    long workDone() {
        return workDone;
    }

    long totalWork() {
        return totalWork;
    }
}
