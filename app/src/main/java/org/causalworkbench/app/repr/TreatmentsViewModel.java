package org.causalworkbench.app.repr;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;
import org.causalworkbench.estimators.repr.contrastive.ThresholdResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the structured-treatments panel: the preset and seed, the last lab run and the
 * last threshold sweep, each computed in the background and kept, marked stale, when a later
 * job is cancelled or fails.
 */
public final class TreatmentsViewModel {

    /**
     * The pairs of outcome quantiles {lower, upper} of the threshold sweep, around the
     * miner's default pair {0.3, 0.7}.
     */
    public static final double[][] THRESHOLD_QUANTILES = {
        {0.1, 0.5}, {0.2, 0.6}, {0.3, 0.7}, {0.4, 0.8}, {0.5, 0.9}};

    private static final String READY = "Press Run to train every representation and score it"
            + " on unseen treatments.";
    private static final Logger LOG = LoggerFactory.getLogger(TreatmentsViewModel.class);

    private final LabJob job;
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final BooleanProperty colourByNonCausal =
            new SimpleBooleanProperty(this, "colourByNonCausal");
    private StructuredTreatmentLab lab;
    private final ObjectProperty<TreatmentsPreset> preset =
            new SimpleObjectProperty<>(this, "preset");
    private final ReadOnlyObjectWrapper<LabResult> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<double[][]> plane =
            new ReadOnlyObjectWrapper<>(this, "plane");
    private final ShownSettings shownResult = new ShownSettings(this, "stale", this::settings);
    private final ReadOnlyObjectWrapper<List<ThresholdResult>> thresholds =
            new ReadOnlyObjectWrapper<>(this, "thresholds");
    private final ShownSettings shownThresholds =
            new ShownSettings(this, "thresholdsStale", this::settings);

    /**
     * Creates the view model with the {@link TreatmentsPreset#TEACHING} sizes and seed 1.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the lab and the threshold sweep
     */
    public TreatmentsViewModel(Executor uiExecutor, Executor worker) {
        this(uiExecutor, worker, TreatmentsPreset.TEACHING.lab());
        preset.set(TreatmentsPreset.TEACHING);
    }

    /**
     * Creates the view model around a lab of any size, such as a tiny one for tests.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs the lab and the threshold sweep
     * @param lab the lab of the next runs
     */
    public TreatmentsViewModel(Executor uiExecutor, Executor worker, StructuredTreatmentLab lab) {
        job = new LabJob(uiExecutor, worker, LOG, READY);
        this.lab = lab;
        seed.addListener((obs, old, now) -> updateStale());
        preset.addListener((obs, old, now) -> {
            if (now != null) {
                this.lab = now.lab();
                updateStale();
            }
        });
    }

    /**
     * Returns what decides a run: the preset, or the lab itself when it has none, and the
     * seed. A preset builds a new lab each time, so labs of a preset are compared by it.
     */
    private List<Object> settings() {
        Object sizes = preset.get() == null ? lab : preset.get();
        return List.of(sizes, seed.get());
    }

    /** Sets the sizes of {@code newPreset}; the seed stays. */
    public void applyPreset(TreatmentsPreset newPreset) {
        preset.set(newPreset);
    }

    /** Returns the preset of the next run, null if the lab was passed to the constructor. */
    public TreatmentsPreset preset() {
        return preset.get();
    }

    /**
     * Returns the preset of the next run; setting it applies its sizes. Null means a lab of
     * no preset, which only the constructor can give.
     */
    public ObjectProperty<TreatmentsPreset> presetProperty() {
        return preset;
    }

    /** Returns the lab of the next run. */
    public StructuredTreatmentLab lab() {
        return lab;
    }

    /** Runs every method in the background, unless a job is running. */
    public void run() {
        StructuredTreatmentLab current = lab;
        long runSeed = seed.get();
        List<Object> runSettings = settings();
        LOG.info("Running the structured-treatment lab with seed {}", runSeed);
        job.submit("lab run", "Generating the structured treatments...",
                (sink, cancelled) -> current.run(runSeed, sink, cancelled::get),
                done -> {
                    plane.set(PrincipalPlane.project(done.contrastiveTestRepresentation()));
                    result.set(done);
                    shownResult.show(runSettings);
                    job.setStatus("Finished: seed " + runSeed + ".");
                    LOG.info("Structured-treatment lab finished");
                },
                () -> shownResult.stopped(runSettings));
    }

    /** Runs the threshold sweep over {@link #THRESHOLD_QUANTILES}, unless a job is running. */
    public void runThresholds() {
        StructuredTreatmentLab current = lab;
        long runSeed = seed.get();
        List<Object> runSettings = settings();
        LOG.info("Running the threshold sweep with seed {}", runSeed);
        job.submit("threshold sweep", "Mining triplets at the first thresholds...",
                (sink, cancelled) -> current.thresholdSweep(runSeed, THRESHOLD_QUANTILES, sink,
                        cancelled::get),
                done -> {
                    thresholds.set(List.copyOf(done));
                    shownThresholds.show(runSettings);
                    job.setStatus("Threshold sweep finished: seed " + runSeed + ".");
                    LOG.info("Threshold sweep finished");
                },
                () -> shownThresholds.stopped(runSettings));
    }

    /**
     * Drops the run and the threshold sweep on screen, as for an opened project whose lab
     * never ran. Does nothing while a job runs.
     */
    public void clear() {
        if (job.runningProperty().get()) {
            return;
        }
        plane.set(null);
        result.set(null);
        shownResult.clear();
        thresholds.set(null);
        shownThresholds.clear();
        job.setStatus(READY);
    }

    /** Asks the running job to stop; the previous results stay on screen. */
    public void cancel() {
        job.cancel();
    }

    private void updateStale() {
        shownResult.update();
        shownThresholds.update();
    }

    /** Returns the seed of the next run's data, encoders and outcome models. */
    public LongProperty seedProperty() {
        return seed;
    }

    /**
     * Returns whether the scatter colours points by the first non-causal latent instead of
     * the first causal latent.
     */
    public BooleanProperty colourByNonCausalProperty() {
        return colourByNonCausal;
    }

    /** Returns the last finished lab run, null before the first. */
    public ReadOnlyObjectProperty<LabResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Returns the contrastive representation of the test treatments of the last run, {x, y}
     * per contrast: its two columns, or its first two principal components if wider.
     */
    public ReadOnlyObjectProperty<double[][]> planeProperty() {
        return plane.getReadOnlyProperty();
    }

    /** Returns whether the shown lab run no longer matches the settings. */
    public ReadOnlyBooleanProperty staleProperty() {
        return shownResult.property();
    }

    /** Returns the last finished threshold sweep, null before the first. */
    public ReadOnlyObjectProperty<List<ThresholdResult>> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    /** Returns whether the shown threshold sweep no longer matches the settings. */
    public ReadOnlyBooleanProperty thresholdsStaleProperty() {
        return shownThresholds.property();
    }

    /** Returns the state of the running or last job. */
    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    /** Returns the message of the last failure, empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return job.errorProperty();
    }

    /** Returns whether a job is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    /** Returns the finished fraction of the running job. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }
}
