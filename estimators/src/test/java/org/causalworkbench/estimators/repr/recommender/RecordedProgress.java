package org.causalworkbench.estimators.repr.recommender;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.causalworkbench.estimators.ProgressSink;

/** Progress sink that keeps every report and message, for checks of counts and order. */
final class RecordedProgress implements ProgressSink {

    private final List<long[]> reports = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void progress(long workDone, long totalWork) {
        reports.add(new long[] {workDone, totalWork});
    }

    @Override
    public void message(String text) {
        messages.add(text);
    }

    /** Returns the (work done, total work) pairs in arrival order. */
    List<long[]> reports() {
        return reports;
    }

    /** Returns the messages in arrival order. */
    List<String> messages() {
        return messages;
    }
}
