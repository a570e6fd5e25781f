package org.causalworkbench.app.interference.teaching;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.simulate.ContextSimulation;
import org.causalworkbench.estimators.interference.simulate.InterferenceReplicateRunner;
import org.causalworkbench.estimators.interference.simulate.InterferenceShape;
import org.causalworkbench.estimators.interference.simulate.InterferenceStudyResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the state of the teaching tab: the preset and slider values, the last study or
 * example, and whether the truth is revealed. Studies run in the background with progress; a
 * cancelled or failed study keeps the previous result on screen and reports why. Examples are a
 * few units and are built at once on the calling thread.
 */
public final class TeachingViewModel {

    /** Contexts of a new study: a tenth of the published 10,000, so a run takes seconds. */
    public static final int DEFAULT_CONTEXTS = 1000;
    /** Households of the household preset. */
    public static final int DEFAULT_HOUSEHOLDS = 1000;
    /** Household size of the household preset. */
    public static final int DEFAULT_HOUSEHOLD_SIZE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(TeachingViewModel.class);

    private final Executor uiExecutor;
    private final Executor worker;

    private final ObjectProperty<TeachingPreset> preset =
            new SimpleObjectProperty<>(this, "preset", TeachingPreset.MAIN_SIMULATION);
    private final IntegerProperty contexts =
            new SimpleIntegerProperty(this, "contexts", DEFAULT_CONTEXTS);
    private final IntegerProperty unitsPerContext = new SimpleIntegerProperty(this,
            "unitsPerContext", ContextSimulation.DEFAULT_UNITS_PER_CONTEXT);
    private final DoubleProperty contextStrength = new SimpleDoubleProperty(this,
            "contextStrength", ContextSimulation.DEFAULT_CONTEXT_STRENGTH);
    private final DoubleProperty interferenceCoefficient = new SimpleDoubleProperty(this,
            "interferenceCoefficient", ContextSimulation.DEFAULT_INTERFERENCE_COEFFICIENT);
    private final ObjectProperty<InterferenceShape> shape =
            new SimpleObjectProperty<>(this, "shape", InterferenceShape.BERNOULLI_LINEAR);
    private final IntegerProperty replicates = new SimpleIntegerProperty(this, "replicates",
            InterferenceReplicateRunner.DEFAULT_REPLICATES);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ObjectProperty<GraphGenerator> generator =
            new SimpleObjectProperty<>(this, "generator", GraphGenerator.ERDOS_RENYI);
    private final IntegerProperty nodes = new SimpleIntegerProperty(this, "nodes", 1000);
    private final IntegerProperty degree = new SimpleIntegerProperty(this, "degree", 4);
    private final BooleanProperty revealTruth = new SimpleBooleanProperty(this, "revealTruth");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper staleReason =
            new ReadOnlyStringWrapper(this, "staleReason", "");
    private final ReadOnlyObjectWrapper<InterferenceStudyResult> study =
            new ReadOnlyObjectWrapper<>(this, "study");
    private final ReadOnlyObjectWrapper<TeachingExample> example =
            new ReadOnlyObjectWrapper<>(this, "example");
    private final ReadOnlyStringWrapper truthText = new ReadOnlyStringWrapper(this, "truthText",
            "");
    private AtomicBoolean activeCancellation;

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs studies off the UI thread; the runner starts its own replicate pool
     */
    public TeachingViewModel(Executor uiExecutor, Executor worker) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        preset.addListener((obs, old, now) -> applyPreset(now));
        revealTruth.addListener((obs, old, now) -> updateTruthText());
        study.addListener((obs, old, now) -> updateTruthText());
        example.addListener((obs, old, now) -> updateTruthText());
    }

    /** Returns the preset; choosing one resets the sliders it uses to its defaults. */
    public ObjectProperty<TeachingPreset> presetProperty() {
        return preset;
    }

    /** Returns the number of contexts, or of households for the household preset. */
    public IntegerProperty contextsProperty() {
        return contexts;
    }

    /** Returns the mean context size, or the household size for the household preset. */
    public IntegerProperty unitsPerContextProperty() {
        return unitsPerContext;
    }

    /** Returns the largest context effect s, in [0, 0.6]. */
    public DoubleProperty contextStrengthProperty() {
        return contextStrength;
    }

    /** Returns the interference coefficient k. */
    public DoubleProperty interferenceCoefficientProperty() {
        return interferenceCoefficient;
    }

    /** Returns the form of g(I, X) in the context simulations. */
    public ObjectProperty<InterferenceShape> shapeProperty() {
        return shape;
    }

    /** Returns the number R of replicate data sets. */
    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    /** Returns the base seed of the next study. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Returns the graph generator of the graph preset. */
    public ObjectProperty<GraphGenerator> generatorProperty() {
        return generator;
    }

    /** Returns the graph's node count. */
    public IntegerProperty nodesProperty() {
        return nodes;
    }

    /** Returns the graph's target mean degree. */
    public IntegerProperty degreeProperty() {
        return degree;
    }

    /** Returns whether the true outcome model and TACE are shown. Off at start. */
    public BooleanProperty revealTruthProperty() {
        return revealTruth;
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

    /** Returns why the study on screen is out of date, empty when it is current. */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** Returns the last finished study, or {@code null}. */
    public ReadOnlyObjectProperty<InterferenceStudyResult> studyProperty() {
        return study.getReadOnlyProperty();
    }

    /** Returns the example of the chosen example preset, or {@code null}. */
    public ReadOnlyObjectProperty<TeachingExample> exampleProperty() {
        return example.getReadOnlyProperty();
    }

    /**
     * Returns the truth behind what is on screen: f, g, the signature and the true TACE. Empty
     * while the truth is hidden or nothing has been run.
     */
    public ReadOnlyStringProperty truthTextProperty() {
        return truthText.getReadOnlyProperty();
    }

    /** Returns the current slider values. */
    public TeachingSettings settings() {
        return new TeachingSettings(preset.get(), contexts.get(), unitsPerContext.get(),
                contextStrength.get(), interferenceCoefficient.get(), shape.get(),
                replicates.get(), seed.get(), generator.get(), nodes.get(), degree.get());
    }

    /**
     * Runs the chosen preset: builds an example at once, or starts a study in the background
     * unless one is running.
     */
    public void run() {
        if (running.get()) {
            return;
        }
        if (!preset.get().isStudy()) {
            example.set(TeachingExamples.build(preset.get()));
            status.set("Showing " + preset.get() + ".");
            return;
        }

        InterferenceReplicateRunner runner;
        try {
            runner = settings().runner();
        } catch (IllegalArgumentException invalid) {
            status.set("Cannot start the study: " + invalid.getMessage());
            return;
        }

        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        status.set("Running " + runner.replicates() + " replicates of the "
                + runner.process().name() + "...");
        LOG.info("Starting teaching study: {} replicates of the {}, seed {}",
                runner.replicates(), runner.process().name(), runner.baseSeed());
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set, status::set);
        worker.execute(() -> {
            try {
                InterferenceStudyResult result = runner.run(sink, cancelled::get);
                uiExecutor.execute(() -> finish(cancelled, result));
            } catch (CancellationException stopped) {
                uiExecutor.execute(() -> finishStale(cancelled, "Study cancelled: showing the"
                        + " previous result."));
            } catch (RuntimeException failure) {
                LOG.error("Teaching study failed", failure);
                uiExecutor.execute(() -> finishStale(cancelled, "The study failed ("
                        + failure.getMessage() + "): showing the previous result."));
            }
        });
    }

    /** Asks the running study to stop; the previous result stays on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    private void finish(AtomicBoolean cancelled, InterferenceStudyResult result) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        study.set(result);
        staleReason.set("");
        status.set(String.format(Locale.ROOT, "Finished %d replicates of the %s (base seed %d).",
                result.replicates(), result.process(), result.baseSeed()));
    }

    private void finishStale(AtomicBoolean cancelled, String reason) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (study.get() != null) {
            staleReason.set(reason);
        }
        status.set(reason);
    }

    private void applyPreset(TeachingPreset chosen) {
        switch (chosen) {
            case MAIN_SIMULATION, APPENDIX_VARIANT, COVARIATE_DEPENDENT -> {
                contexts.set(DEFAULT_CONTEXTS);
                unitsPerContext.set(ContextSimulation.DEFAULT_UNITS_PER_CONTEXT);
                shape.set(chosen == TeachingPreset.COVARIATE_DEPENDENT
                        ? InterferenceShape.COVARIATE_DEPENDENT
                        : InterferenceShape.BERNOULLI_LINEAR);
            }
            case HOUSEHOLDS -> {
                contexts.set(DEFAULT_HOUSEHOLDS);
                unitsPerContext.set(DEFAULT_HOUSEHOLD_SIZE);
            }
            default -> {
                // The graph preset keeps its own sliders and the examples use none.
            }
        }
        if (chosen.isStudy() && study.get() != null) {
            staleReason.set("The result shown is from the " + study.get().process()
                    + ": press Run to study the chosen preset.");
        }
        if (!chosen.isStudy() && !running.get()) {
            run();
        } else {
            updateTruthText();
        }
    }

    private void updateTruthText() {
        if (!revealTruth.get()) {
            truthText.set("");
            return;
        }
        truthText.set(TruthText.of(preset.get(), study.get(), example.get()));
    }
}
