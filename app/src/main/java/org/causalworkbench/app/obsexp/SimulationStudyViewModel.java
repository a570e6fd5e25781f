package org.causalworkbench.app.obsexp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.simulate.GpGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.IhdpLikeSimulation;
import org.causalworkbench.estimators.obsexp.simulate.LinearGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateDesign;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateResult;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the state of the simulation study: the design, the number of replicates and trial rows,
 * and the coverage table of the last study. Studies run in the background with progress; a
 * cancelled or failed study keeps the previous table and reports why.
 */
public final class SimulationStudyViewModel {

    /** The simulation designs the study offers. */
    public enum Design {
        /** The GP-gap simulation of Fawkes et al. (2025) with one covariate. */
        GP_GAP("GP gap, one covariate"),
        /** The linear-gap design, whose gap is -x. */
        LINEAR_GAP("Linear gap (Kallus design)"),
        /** The IHDP-like semi-synthetic design with 28 covariates (slow). */
        IHDP_LIKE("IHDP-like, 28 covariates (slow)");

        private final String label;

        Design(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulationStudyViewModel.class);

    private final Executor uiExecutor;
    private final Executor worker;

    private final ObjectProperty<Design> design =
            new SimpleObjectProperty<>(this, "design", Design.GP_GAP);
    private final IntegerProperty replicates = new SimpleIntegerProperty(this, "replicates", 20);
    private final IntegerProperty trialRows = new SimpleIntegerProperty(this, "trialRows", 200);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ReplicateResult> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper staleReason =
            new ReadOnlyStringWrapper(this, "staleReason", "");
    private AtomicBoolean activeCancellation;

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs studies off the UI thread
     */
    public SimulationStudyViewModel(Executor uiExecutor, Executor worker) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
    }

    /** Creates a single named daemon thread for studies, so closing the window exits. */
    public static java.util.concurrent.ExecutorService daemonWorker() {
        return org.causalworkbench.app.task.WorkerThreads.singleDaemon("simulation-study");
    }

    /** Returns the design of the next study. */
    public ObjectProperty<Design> designProperty() {
        return design;
    }

    /** Returns the number of replicates of the next study. */
    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    /** Returns the number of trial rows per replicate. */
    public IntegerProperty trialRowsProperty() {
        return trialRows;
    }

    /** Returns the base seed of the next study. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Returns whether a study is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Returns the running study's progress, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Returns the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the last completed study, or {@code null}. */
    public ReadOnlyObjectProperty<ReplicateResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Returns why the table on screen is out of date, empty when it is current. */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** Builds the runner for the current settings. */
    ReplicateRunner runner() {
        return runner(design.get(), trialRows.get(), replicates.get(), seed.get());
    }

    /**
     * Builds the runner of a study, as Run does; project files re-run studies through it.
     *
     * @param chosenDesign the simulation design
     * @param rows the trial rows per replicate, at least 20
     * @param count the number of replicates
     * @param baseSeed the seed of the first replicate
     * @return the runner
     * @throws IllegalArgumentException if a setting is out of range
     */
    public static ReplicateRunner runner(Design chosenDesign, int rows, int count,
            long baseSeed) {
        if (rows < 20) {
            throw new IllegalArgumentException("each replicate needs at least 20 trial rows, got "
                    + rows);
        }
        ReplicateDesign chosen = switch (chosenDesign) {
            case GP_GAP -> ReplicateDesign.gpGap(GpGapSimulation.withDefaults().withDimension(1)
                    .withExperimentalSize(rows).withGridSize(1000).withEvaluationSizes(500, 500));
            case LINEAR_GAP -> ReplicateDesign.linearGap(LinearGapSimulation.withDefaults()
                    .withExperimentalSize(rows).withEvaluationSizes(500, 500));
            case IHDP_LIKE -> ReplicateDesign.ihdpLike(IhdpLikeSimulation.withDefaults()
                    .withSampleSizes(rows, IhdpLikeSimulation.withDefaults().settings()
                            .observationalSize()));
        };
        return ReplicateRunner.of(chosen).withReplicates(count).withBaseSeed(baseSeed);
    }

    /** Starts a study with the current settings, unless one is running. */
    public void run() {
        if (running.get()) {
            return;
        }
        ReplicateRunner runner;
        try {
            runner = runner();
        } catch (IllegalArgumentException invalid) {
            status.set("Cannot start the study: " + invalid.getMessage());
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        status.set("Running " + runner.replicates() + " replicates of " + runner.design().name()
                + "...");
        LOG.info("Starting simulation study: {} replicates of {}", runner.replicates(),
                runner.design().name());
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set, status::set);
        worker.execute(() -> {
            try {
                ReplicateResult study = runner.run(sink, cancelled::get);
                uiExecutor.execute(() -> {
                    running.set(false);
                    result.set(study);
                    staleReason.set("");
                    status.set("Finished " + study.replicates() + " replicates.");
                });
            } catch (CancellationException stopped) {
                uiExecutor.execute(() -> finishStale(cancelled, "Study cancelled: showing the"
                        + " previous table."));
            } catch (RuntimeException failure) {
                LOG.error("Simulation study failed", failure);
                uiExecutor.execute(() -> finishStale(cancelled, "The study failed ("
                        + failure.getMessage() + "): showing the previous table."));
            }
        });
    }

    private void finishStale(AtomicBoolean cancelled, String reason) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (result.get() != null) {
            staleReason.set(reason);
        }
        status.set(reason);
    }

    /** Asks the running study to stop. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }
}
