package org.causalworkbench.estimators.repr.contrastive;

import org.causalworkbench.estimators.ProgressSink;

/** Maps the progress of one training stage onto the whole run's total. */
final class StageProgress implements ProgressSink {

    private final ProgressSink target;
    private final long total;
    private long offset;

    StageProgress(ProgressSink target, long total) {
        this.target = target;
        this.total = total;
    }

    /** Starts a stage after {@code done} units, announcing it with {@code label}. */
    ProgressSink stage(long done, String label) {
        offset = done;
        target.message(label);
        return this;
    }

    @Override
    public void progress(long workDone, long totalWork) {
        target.progress(Math.min(total, offset + workDone), total);
    }

    @Override
    public void message(String text) {
        target.message(text);
    }
}
