package org.causalworkbench.estimators.repr.grasp;

import org.causalworkbench.estimators.ProgressSink;

/** Maps the progress of phase {@code index} of {@code count} equal phases onto the whole run. */
record PhaseSink(ProgressSink whole, int index, int count) implements ProgressSink {

    private static final long SCALE = 1_000;

    @Override
    public void progress(long workDone, long totalWork) {
        long withinPhase = totalWork > 0 ? SCALE * workDone / totalWork : SCALE;
        whole.progress(index * SCALE + withinPhase, count * SCALE);
    }

    @Override
    public void message(String text) {
        whole.message(text);
    }
}
