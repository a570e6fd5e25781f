package org.causalworkbench.app.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Forwards an estimator's progress reports from its worker thread to view-model properties on the
 * UI thread. Reports that arrive after the run was cancelled are dropped, so they cannot
 * overwrite the "Cancelling" status.
 */
public final class UiProgressSink implements ProgressSink {

    private final Executor uiExecutor;
    private final AtomicBoolean cancelled;
    private final DoubleConsumer onProgress;
    private final Consumer<String> onMessage;

    /**
     * Creates the sink.
     *
     * @param uiExecutor runs the updates on the UI thread
     * @param cancelled the run's cancellation flag
     * @param onProgress receives the finished fraction, from 0 to 1, or -1 when the total is
     *     unknown
     * @param onMessage receives each message
     */
    public UiProgressSink(Executor uiExecutor, AtomicBoolean cancelled, DoubleConsumer onProgress,
            Consumer<String> onMessage) {
        this.uiExecutor = uiExecutor;
        this.cancelled = cancelled;
        this.onProgress = onProgress;
        this.onMessage = onMessage;
    }

    @Override
    public void progress(long workDone, long totalWork) {
        double fraction = totalWork > 0 ? workDone / (double) totalWork : -1;
        uiExecutor.execute(() -> {
            if (!cancelled.get()) {
                onProgress.accept(fraction);
            }
        });
    }

    @Override
    public void message(String text) {
        uiExecutor.execute(() -> {
            if (!cancelled.get()) {
                onMessage.accept(text);
            }
        });
    }
}
