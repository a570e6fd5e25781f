package org.causalworkbench.app.repr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of the LoRA inspector: one adapter read at a time, and CSV exports, with
 * the status line, error, running flag and progress they share. Work runs on the worker
 * executor and every property changes on the UI executor.
 */
final class LoraReads {

    private static final Logger LOG = LoggerFactory.getLogger(LoraReads.class);

    /** A file write that may fail with a message for the user. */
    @FunctionalInterface
    interface FileWrite {
        void write() throws IOException;
    }

    private final Executor uiExecutor;
    private final Executor worker;
    private final BooleanSupplier hasAdapter;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private AtomicBoolean activeCancellation;

    /**
     * Creates the runner.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs reads and exports
     * @param hasAdapter whether an adapter is on screen, which a failed read keeps
     */
    LoraReads(Executor uiExecutor, Executor worker, BooleanSupplier hasAdapter) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.hasAdapter = hasAdapter;
    }

    /**
     * Reads an adapter folder and its spectra in the background, unless a read is running.
     *
     * @param folder the folder with {@code adapter_config.json} and
     *     {@code adapter_model.safetensors}
     * @param role how the status line names the adapter after the read, such as "adapter B",
     *     or null for none
     * @param install receives the adapter and its spectra on the UI executor, unless the read
     *     was cancelled
     */
    void read(Path folder, String role, BiConsumer<LoraAdapter, List<ModuleSpectrum>> install) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        error.set("");
        status.set("Reading " + folder + "...");
        LOG.info("Reading LoRA adapter {}", folder);
        worker.execute(() -> read(folder, role, cancelled, install));
    }

    private void read(Path folder, String role, AtomicBoolean cancelled,
            BiConsumer<LoraAdapter, List<ModuleSpectrum>> install) {
        UiProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                status::set);
        try {
            LoraAdapter read = LoraAdapter.read(folder);
            List<ModuleSpectrum> result = ModuleSpectrum.of(read, sink, cancelled::get);
            uiExecutor.execute(() -> finish(cancelled, role, read, result, install));
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled));
        } catch (IllegalArgumentException | IOException invalid) {
            LOG.warn("LoRA adapter {} rejected: {}", folder, invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, invalid.getMessage()));
        } catch (RuntimeException | OutOfMemoryError failure) {
            LOG.error("Reading LoRA adapter {} failed", folder, failure);
            uiExecutor.execute(() -> finishFailed(cancelled, "Reading the adapter failed"
                    + " unexpectedly: " + failure));
        }
    }

    private void finish(AtomicBoolean cancelled, String role, LoraAdapter read,
            List<ModuleSpectrum> result, BiConsumer<LoraAdapter, List<ModuleSpectrum>> install) {
        if (cancelled.get()) {
            finishCancelled(cancelled);
            return;
        }
        install.accept(read, result);
        running.set(false);
        progress.set(1);
        long zero = result.stream().filter(spectrum -> !spectrum.hasDirection(0)).count();
        status.set("Read " + result.size() + " modules" + (role == null ? "" : " of " + role)
                + (zero == 0 ? "." : "; " + zero + " of them have a zero update, so their"
                        + " directions are undefined and show as n/a."));
        LOG.info("Read {} LoRA modules from {}", result.size(), read.folder());
    }

    private void finishCancelled(AtomicBoolean cancelled) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        status.set(hasAdapter.getAsBoolean() ? "Cancelled; the charts show the previous adapter."
                : "Cancelled.");
        LOG.info("Reading a LoRA adapter cancelled by the user");
    }

    private void finishFailed(AtomicBoolean cancelled, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        error.set(message);
        status.set(hasAdapter.getAsBoolean() ? "Failed; the charts show the previous adapter."
                : "Failed.");
    }

    /** Asks the running read to stop. The previous adapter stays on screen. */
    void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    /**
     * Runs a file write in the background and reports its outcome.
     *
     * @param target the file, named in the error message
     * @param write the write
     * @param done the status line after a successful write
     */
    void write(Path target, FileWrite write, String done) {
        error.set("");
        worker.execute(() -> {
            try {
                write.write();
                LOG.info("{}", done);
                uiExecutor.execute(() -> status.set(done));
            } catch (IOException | IllegalArgumentException failure) {
                LOG.warn("Writing {} failed", target, failure);
                uiExecutor.execute(() -> error.set("Cannot write " + target + ": "
                        + failure.getMessage() + ". Choose a writable folder."));
            }
        });
    }

    /** Shows a rejected request without starting work. */
    void reject(String message) {
        error.set(message);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
