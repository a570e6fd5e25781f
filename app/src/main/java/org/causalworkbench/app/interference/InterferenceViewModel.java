package org.causalworkbench.app.interference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.command.SetValue;
import org.causalworkbench.app.graph.GraphFileFormat;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.interference.BlockBootstrap;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.VarianceInflation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the interference workspace: the unit table, the signature and propensity
 * settings with a live per-unit preview, and the outcome on screen. Runs go through a
 * {@link Runner}, by default {@link InterferenceAnalysis#run}, in the background.
 *
 * <p>All properties are read and written on the UI thread. Work runs on the worker executor,
 * and progress and results come back through the UI executor, so tests can pass plain
 * executors and need no JavaFX toolkit. A cancelled, failed or rejected run leaves the previous
 * outcome in place and marks it as stale with the reason, and so does any change of settings.
 *
 * <p>The estimates table binds to {@link #estimateRows()}, which mirrors the outcome's rows.
 * Another estimator or a bootstrap interval reaches the table by adding or replacing rows of
 * the outcome in the runner; the view needs no change.
 */
public final class InterferenceViewModel {

    /** Runs one analysis; the window passes {@code InterferenceAnalysis::run}. */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs the analysis.
         *
         * @param request the inputs
         * @param progress receives progress
         * @param cancellation checked between steps
         * @return the outcome
         */
        InterferenceOutcome run(InterferenceRequest request, ProgressSink progress,
                CancellationToken cancellation);
    }

    /** The default number of bins of the binned propensity. */
    public static final int DEFAULT_BINS = 20;
    /** The default exponent of the inverse-distance weights. */
    public static final double DEFAULT_DISTANCE_POWER = 2;
    /** The default constant c of the own-treatment modifier, as in O'Riordan and Gilligan-Lee. */
    public static final String DEFAULT_REDUCTION = "1/10";

    private static final Logger LOG = LoggerFactory.getLogger(InterferenceViewModel.class);

    private final Executor uiExecutor;
    private final Executor worker;
    private final Runner runner;
    private final CommandStack commands;

    private final ReadOnlyObjectWrapper<InterferenceData> data =
            new ReadOnlyObjectWrapper<>(this, "data");
    private final Map<SignatureComponent, BooleanProperty> components =
            new EnumMap<>(SignatureComponent.class);
    private final DoubleProperty distancePower =
            new SimpleDoubleProperty(this, "distancePower", DEFAULT_DISTANCE_POWER);
    private final BooleanProperty ownTreatmentModifier =
            new SimpleBooleanProperty(this, "ownTreatmentModifier", false);
    private final StringProperty ownTreatmentReduction =
            new SimpleStringProperty(this, "ownTreatmentReduction", DEFAULT_REDUCTION);
    private final ObjectProperty<IsolatedUnitPolicy> isolatedUnitPolicy =
            new SimpleObjectProperty<>(this, "isolatedUnitPolicy", IsolatedUnitPolicy.REJECT);
    private final ObjectProperty<PropensityModel> propensityModel =
            new SimpleObjectProperty<>(this, "propensityModel", PropensityModel.CELLS);
    private final IntegerProperty bins = new SimpleIntegerProperty(this, "bins", DEFAULT_BINS);
    private final DoubleProperty trimming =
            new SimpleDoubleProperty(this, "trimming", TaceEstimator.DEFAULT_TRIMMING);
    private final IntegerProperty replicates = new SimpleIntegerProperty(this, "replicates",
            UncertaintyChoice.DEFAULT_REPLICATES);
    private final IntegerProperty seed =
            new SimpleIntegerProperty(this, "seed", (int) BlockBootstrap.DEFAULT_SEED);
    private final ObjectProperty<VarianceInflation> inflation =
            new SimpleObjectProperty<>(this, "inflation", VarianceInflation.SPECTRAL_RADIUS);
    private final ObjectProperty<InflationGraph> inflationGraph =
            new SimpleObjectProperty<>(this, "inflationGraph", InflationGraph.BLOCKS);
    private final BooleanProperty assumeAdditivity =
            new SimpleBooleanProperty(this, "assumeAdditivity", true);
    private final StringProperty defaultLevel =
            new SimpleStringProperty(this, "defaultLevel", "0");

    private final InteractionStructure structure = new InteractionStructure();
    private final ReadOnlyObjectWrapper<List<String>> isolatedUnits =
            new ReadOnlyObjectWrapper<>(this, "isolatedUnits", List.of());

    private final ObservableList<UnitPreviewRow> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewProblem =
            new ReadOnlyStringWrapper(this, "previewProblem", "");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<InterferenceOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ObservableList<EstimateRow> estimateRows = FXCollections.observableArrayList();
    private final ObservableList<EstimateRow> estimateRowsView =
            FXCollections.unmodifiableObservableList(estimateRows);
    private final ReadOnlyStringWrapper staleReason =
            new ReadOnlyStringWrapper(this, "staleReason", "");
    private final ReadOnlyBooleanWrapper outcomeStale =
            new ReadOnlyBooleanWrapper(this, "outcomeStale");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private final BooleanBinding canRun;
    private AtomicBoolean activeCancellation;

    /**
     * Creates the view model with no data, the group fraction as signature and an undo history
     * of its own.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses off the UI thread
     * @param runner the analysis to run
     */
    public InterferenceViewModel(Executor uiExecutor, Executor worker, Runner runner) {
        this(uiExecutor, worker, runner, new CommandStack());
    }

    /**
     * Creates the view model with no data and the group fraction as signature, recording its
     * edits on the window's stack.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses off the UI thread
     * @param runner the analysis to run
     * @param commands the stack of the window
     */
    public InterferenceViewModel(Executor uiExecutor, Executor worker, Runner runner,
            CommandStack commands) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.runner = runner;
        this.commands = commands;
        this.canRun = Bindings.createBooleanBinding(
                () -> data.get() != null && !running.get(), data, running);
        outcomeStale.bind(staleReason.isNotEmpty());
        outcome.addListener((obs, old, now) -> estimateRows.setAll(
                now == null ? List.of() : now.rows()));

        List<Observable> settings = new ArrayList<>();
        for (SignatureComponent component : SignatureComponent.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(this, component.name(),
                    component == SignatureComponent.GROUP_FRACTION);
            components.put(component, chosen);
            settings.add(chosen);
        }
        settings.addAll(List.of(distancePower, ownTreatmentModifier, ownTreatmentReduction,
                isolatedUnitPolicy, propensityModel, bins));
        for (Observable setting : settings) {
            setting.addListener(changed -> {
                updatePreview();
                markSettingsChanged();
            });
        }
        for (Observable setting : List.of(trimming, replicates, seed, inflation,
                inflationGraph, assumeAdditivity, defaultLevel)) {
            setting.addListener(changed -> markSettingsChanged());
        }
        for (Observable setting : List.of(structure.sourceProperty(),
                structure.distancesProperty())) {
            setting.addListener(changed -> structureChanged());
        }
        // The editor follows every table in every mode, but only the graph source uses it.
        structure.graphProperty().addListener(changed -> {
            if (structure.sourceProperty().get() == StructureSource.GRAPH) {
                structureChanged();
            }
        });
        SettingsHistory.track(this, commands);
    }

    /** Returns the stack that records this workspace's edits, the graph editor's included. */
    public CommandStack commands() {
        return commands;
    }

    private void structureChanged() {
        updatePreview();
        markSettingsChanged();
    }

    /**
     * Marks the outcome on screen as out of step with the settings, until the next run. It
     * also clears the last error, because the changed setting may have resolved it, and the
     * next run checks the settings again.
     */
    private void markSettingsChanged() {
        error.set("");
        if (outcome.get() != null && !running.get()) {
            staleReason.set("Settings changed since this result: press Run to update it.");
        }
    }

    /**
     * Shows a unit table and clears the previous outcome, which belongs to other data. A
     * running analysis is cancelled first. The load is one entry on the stack; undoing it shows
     * the previous table without an outcome. The graph editor starts a new history on every
     * table, so graph edits made on the previous table are no longer undoable.
     *
     * @param table the units and their structure
     */
    public void load(InterferenceData table) {
        InterferenceData previous = data.get();
        String previousStatus = status.get();
        String loaded = String.format(Locale.ROOT, "Loaded %s: %d units in %d groups. Press"
                + " Run.", table.name(), table.size(), table.groups().stream().distinct().count());
        commands.execute(Command.of("Load " + table.name(), () -> show(table, loaded),
                () -> show(previous, previousStatus)));
    }

    private void show(InterferenceData table, String message) {
        cancel();
        outcome.set(null);
        staleReason.set("");
        error.set("");
        data.set(table);
        updatePreview();
        status.set(message);
    }

    /** Recomputes the per-unit signature preview from the current settings. */
    private void updatePreview() {
        InterferenceData table = structure.analysed(data.get());
        if (table == null) {
            preview.clear();
            isolatedUnits.set(List.of());
            return;
        }
        isolatedUnits.set(List.copyOf(IsolatedUnits.withoutNeighbours(table)));
        SignatureTable signatures = null;
        String problem = "";
        try {
            signatures = SignatureTable.compute(table, signatureChoice(),
                    structure.distancesFor(table));
            problem = signatures.cellProblem();
        } catch (IllegalArgumentException invalid) {
            problem = invalid.getMessage();
        }
        int[] treatment = table.treatment();
        double[] outcomes = table.outcome();
        List<UnitPreviewRow> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            String label = signatures == null ? "" : signatures.labels().get(i);
            rows.add(new UnitPreviewRow(table.ids().get(i), treatment[i], outcomes[i],
                    table.covariateOf(i), label));
        }
        preview.setAll(rows);
        previewProblem.set(problem);
    }

    /**
     * Returns the signature settings as one value.
     *
     * @throws IllegalArgumentException naming an invalid setting
     */
    public SignatureChoice signatureChoice() {
        List<SignatureComponent> chosen = new ArrayList<>();
        components.forEach((component, property) -> {
            if (property.get()) {
                chosen.add(component);
            }
        });
        ExactFraction reduction = ownTreatmentModifier.get()
                ? parseFraction(ownTreatmentReduction.get()) : null;
        return new SignatureChoice(chosen, distancePower.get(), reduction,
                isolatedUnitPolicy.get(), propensityModel.get(), bins.get());
    }

    /**
     * Parses "1/10" or "0.1" exactly.
     *
     * @throws IllegalArgumentException if the text is neither a fraction nor a decimal in [0, 1]
     */
    static ExactFraction parseFraction(String text) {
        ExactFraction value = parseExact(text, "own-treatment constant", "1/10", "0.1");
        if (value.compareTo(ExactFraction.ZERO) < 0 || value.compareTo(ExactFraction.of(1)) > 0) {
            throw new IllegalArgumentException("Invalid own-treatment constant " + value
                    + ": use a value from 0 to 1, for example 1/10.");
        }
        return value;
    }

    /**
     * Parses a whole number, a fraction such as "1/10" or a decimal such as "0.1" exactly.
     *
     * @param text the text to parse
     * @param name the setting, for the message
     * @param fractionExample a valid fraction for the message
     * @param decimalExample a valid decimal for the message
     * @throws IllegalArgumentException naming the setting and the text
     */
    static ExactFraction parseExact(String text, String name, String fractionExample,
            String decimalExample) {
        String trimmed = text == null ? "" : text.strip();
        ExactFraction value;
        try {
            int slash = trimmed.indexOf('/');
            if (slash >= 0) {
                value = new ExactFraction(Long.parseLong(trimmed.substring(0, slash).strip()),
                        Long.parseLong(trimmed.substring(slash + 1).strip()));
            } else {
                BigDecimal decimal = new BigDecimal(trimmed);
                value = decimal.scale() <= 0 ? ExactFraction.of(decimal.longValueExact())
                        : new ExactFraction(decimal.unscaledValue().longValueExact(),
                                BigDecimal.TEN.pow(decimal.scale()).longValueExact());
            }
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            throw new IllegalArgumentException("Invalid " + name + " '" + text + "': write a"
                    + " fraction such as " + fractionExample + " or a decimal such as "
                    + decimalExample + ".", invalid);
        }
        return value;
    }

    /**
     * Starts an analysis with the current settings, unless one is running. Invalid settings are
     * reported through {@link #errorProperty()} and start nothing.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        InterferenceRequest request;
        try {
            request = currentRequest();
        } catch (IllegalArgumentException invalid) {
            error.set(invalid.getMessage());
            if (outcome.get() != null) {
                staleReason.set("The settings are invalid: showing the previous result.");
            }
            status.set("Not run: the settings are invalid, see the message under Run.");
            LOG.info("Interference run rejected: {}", invalid.getMessage());
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        staleReason.set("");
        error.set("");
        status.set("Estimating the TACE with signature " + request.signature().describe()
                + "...");
        LOG.info("Starting the interference analysis on {} ({} units), signature {}",
                request.data().name(), request.data().size(), request.signature().describe());
        worker.execute(() -> work(request, cancelled));
    }

    /**
     * Builds the request of the current data and settings, as Run would.
     *
     * @return the request
     * @throws IllegalArgumentException naming an invalid setting
     * @throws IllegalStateException if no unit table is loaded
     */
    public InterferenceRequest currentRequest() {
        if (data.get() == null) {
            throw new IllegalStateException("No unit table is loaded.");
        }
        InterferenceData table = structure.analysed(data.get());
        DistanceMatrix distances = structure.distancesFor(table);
        if (structure.sourceProperty().get() == StructureSource.DISTANCE_MATRIX
                && distances == null) {
            throw new IllegalArgumentException("No distance matrix for " + table.name()
                    + ": press 'Open distance matrix...' or choose another structure.");
        }
        InterferenceRequest request = new InterferenceRequest(table, signatureChoice(),
                trimming.get(), new UncertaintyChoice(replicates.get(), seed.get(),
                        inflation.get(), inflationGraph.get()),
                parseExact(defaultLevel.get(), "default interference level", "1/2", "0"),
                distances, assumeAdditivity.get());
        TaceEstimator.withDefaults().withTrimming(request.trimming());
        return request;
    }

    private void work(InterferenceRequest request, AtomicBoolean cancelled) {
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set,
                text -> status.set(text + "..."));
        try {
            InterferenceOutcome result = runner.run(request, sink, cancelled::get);
            uiExecutor.execute(() -> finish(cancelled, result));
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled));
        } catch (IllegalArgumentException invalid) {
            LOG.warn("The interference analysis rejected its input: {}", invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, invalid.getMessage()));
        } catch (RuntimeException failure) {
            LOG.error("The interference analysis failed", failure);
            uiExecutor.execute(() -> finishFailed(cancelled,
                    "The analysis failed unexpectedly: " + failure));
        }
    }

    private void finish(AtomicBoolean cancelled, InterferenceOutcome result) {
        if (cancelled.get()) {
            finishCancelled(cancelled);
            return;
        }
        outcome.set(result);
        staleReason.set("");
        running.set(false);
        progress.set(1);
        EstimateRow tace = taceRow(result.rows());
        String interval = tace.interval().map(range -> String.format(Locale.ROOT,
                ", 95%% interval [%.4f, %.4f]", range.lower(), range.upper())).orElse("");
        status.set(String.format(Locale.ROOT, "Finished: TACE = %.4f (Hajek)%s, %d of %d units"
                + " kept.", tace.hajek(), interval, tace.unitsKept(), tace.units()));
        LOG.info("Interference analysis finished, TACE {} with {} units kept", tace.hajek(),
                tace.unitsKept());
    }

    /** Returns the TACE row, or the last row when a runner renamed it. */
    static EstimateRow taceRow(List<EstimateRow> rows) {
        return rows.stream().filter(row -> row.label().equals(InterferenceAnalysis.TACE_LABEL))
                .findFirst().orElse(rows.get(rows.size() - 1));
    }

    private void finishCancelled(AtomicBoolean cancelled) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (outcome.get() != null) {
            staleReason.set("Run cancelled: showing the previous result.");
        }
        status.set(outcome.get() == null ? "Cancelled."
                : "Cancelled; the tables and charts show the previous result.");
        LOG.info("Interference analysis cancelled by the user");
    }

    private void finishFailed(AtomicBoolean cancelled, String message) {
        if (activeCancellation != cancelled) {
            return;
        }
        running.set(false);
        if (outcome.get() != null) {
            staleReason.set("The last run failed: showing the previous result.");
        }
        error.set(message);
        status.set("Failed: see the message under Run.");
    }

    /**
     * Saves the outcome on screen, atomically, and reports the result in the status line or,
     * on failure, in {@link #errorProperty()}.
     *
     * @param kind which file to write
     * @param typed the file; without an extension it gets the kind's, such as ".csv". Tables
     *     named ".tex" or ".md" are written as LaTeX or Markdown
     * @return whether the file was written
     */
    public boolean export(InterferenceExport.Kind kind, Path typed) {
        Path target = kind.withDefaultExtension(typed);
        InterferenceOutcome current = outcome.get();
        if (current == null) {
            error.set("Nothing to save yet: press Run first.");
            return false;
        }
        try {
            InterferenceExport.write(target, kind.render(current, target));
        } catch (IOException failed) {
            LOG.warn("Saving the {} to {} failed", kind.description(), target, failed);
            error.set("Could not save the " + kind.description() + " to " + target + ": "
                    + failed.getMessage() + ". Choose a folder you can write to.");
            return false;
        }
        LOG.info("Saved the {} to {}", kind.description(), target);
        status.set("Saved the " + kind.description() + " to " + target
                + (outcomeStale.get() ? " (from the previous result on screen)." : "."));
        return true;
    }

    /** Asks the running analysis to stop; the previous outcome stays on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    /**
     * Reads a graph file over the units of the table on screen, on the worker thread. A valid
     * graph goes to the structure editor as one undo step and the source becomes the graph. An
     * invalid file, such as one with a self-loop, a duplicate edge or an id without a table row,
     * leaves the graph as it was and puts the reader's message in {@link #errorProperty()}.
     *
     * @param path the file
     * @param format the format, or {@code null} to guess it from the file name
     */
    public void importGraph(Path path, GraphFileFormat format) {
        InterferenceData table = data.get();
        String name = String.valueOf(path.getFileName());
        if (table == null) {
            error.set("Open a unit table before importing " + name + ": the graph's node ids"
                    + " must be its unit ids.");
            return;
        }
        status.set("Reading " + name + "...");
        worker.execute(() -> {
            try {
                GraphFileFormat chosen = format != null ? format : GraphFileFormat.guess(path)
                        .orElseThrow(() -> new IllegalArgumentException(name + ": unknown graph"
                                + " file type; use .csv, .graphml, .xml, .gml, .dot or .gv."));
                InterferenceGraph read = chosen.read(path, table.ids());
                uiExecutor.execute(() -> {
                    if (data.get() != table) {
                        importFailed(name, "the unit table changed while " + name + " was"
                                + " read; import it again.");
                        return;
                    }
                    error.set("");
                    // Setting the source first makes it a part of the entry, so undo sets it back.
                    commands.compound("Import graph from " + name, () -> {
                        structure.sourceProperty().set(StructureSource.GRAPH);
                        structure.showImported(read);
                    });
                    status.set(String.format(Locale.ROOT, "Imported %d edges from %s, %d"
                            + " isolated unit(s). Press Run.", read.edgeCount(), name,
                            read.isolatedUnits().size()));
                    LOG.info("Imported the graph {} with {} edges", path, read.edgeCount());
                });
            } catch (IllegalArgumentException | UncheckedIOException invalid) {
                LOG.warn("Graph import from {} failed: {}", path, invalid.getMessage());
                uiExecutor.execute(() -> importFailed(name, invalid.getMessage()));
            }
        });
    }

    /**
     * Reads a distance matrix over the units of the table on screen, on the worker thread, and
     * makes it the structure of the inverse-distance signature. An invalid file leaves the
     * previous matrix and puts the reader's message in {@link #errorProperty()}.
     *
     * @param path the CSV file, laid out as a square matrix with unit ids as header and first
     *     column
     */
    public void importDistanceMatrix(Path path) {
        InterferenceData table = data.get();
        String name = String.valueOf(path.getFileName());
        if (table == null) {
            error.set("Open a unit table before opening " + name + ": the matrix must list its"
                    + " unit ids.");
            return;
        }
        status.set("Reading " + name + "...");
        worker.execute(() -> {
            try {
                DistanceMatrix read = DistanceMatrix.read(CsvTable.read(path), table.ids());
                uiExecutor.execute(() -> {
                    if (data.get() != table) {
                        importFailed(name, "the unit table changed while " + name + " was"
                                + " read; open it again.");
                        return;
                    }
                    error.set("");
                    commands.compound("Open distance matrix " + name, () -> {
                        commands.execute(new SetValue<>("Open distance matrix " + name,
                                structure.distancesProperty(),
                                structure.distancesProperty().get(), read, false));
                        structure.sourceProperty().set(StructureSource.DISTANCE_MATRIX);
                    });
                    status.set("Opened the distance matrix " + name + ". Press Run.");
                    LOG.info("Opened the distance matrix {}", path);
                });
            } catch (IllegalArgumentException | UncheckedIOException invalid) {
                LOG.warn("Distance matrix {} rejected: {}", path, invalid.getMessage());
                uiExecutor.execute(() -> importFailed(name, invalid.getMessage()));
            }
        });
    }

    private void importFailed(String name, String message) {
        error.set(message);
        status.set("Not imported: " + name + ". The structure is unchanged.");
    }

    /**
     * Loads the shipped graph sample with the neighbour fraction as signature and the graph as
     * structure, then runs.
     */
    public void loadGraphExample() {
        GraphExample example = GraphExample.read();
        commands.compound("Open the graph example", () -> {
            load(example.data());
            structure.sourceProperty().set(StructureSource.GRAPH);
            structure.showImported(example.graph());
            components.forEach((component, chosen) -> chosen.set(
                    component == SignatureComponent.NEIGHBOUR_FRACTION));
        });
        run();
    }

    /** Returns the interaction structure settings. */
    public InteractionStructure structure() {
        return structure;
    }

    /**
     * Returns the ids of the units without neighbours in the structure of the next run, in
     * table order. A fraction over an empty neighbourhood is 0/0, so these units follow the
     * isolated-unit policy.
     */
    public ReadOnlyObjectProperty<List<String>> isolatedUnitsProperty() {
        return isolatedUnits.getReadOnlyProperty();
    }

    /** Returns the unit table on screen, or {@code null} before one is loaded. */
    public ReadOnlyObjectProperty<InterferenceData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** Returns whether a signature component is part of the signature. */
    public BooleanProperty componentProperty(SignatureComponent component) {
        return components.get(component);
    }

    /** Returns the exponent p of the inverse-distance weights. */
    public DoubleProperty distancePowerProperty() {
        return distancePower;
    }

    /** Returns whether the own-treatment modifier max(0, I - c T) applies. */
    public BooleanProperty ownTreatmentModifierProperty() {
        return ownTreatmentModifier;
    }

    /** Returns the constant c of the own-treatment modifier, as text such as "1/10". */
    public StringProperty ownTreatmentReductionProperty() {
        return ownTreatmentReduction;
    }

    /** Returns what a 0/0 fraction signature becomes. */
    public ObjectProperty<IsolatedUnitPolicy> isolatedUnitPolicyProperty() {
        return isolatedUnitPolicy;
    }

    /** Returns how the propensity is estimated. */
    public ObjectProperty<PropensityModel> propensityModelProperty() {
        return propensityModel;
    }

    /** Returns the number of bins of the binned propensity. */
    public IntegerProperty binsProperty() {
        return bins;
    }

    /** Returns the trimming bound eps. */
    public DoubleProperty trimmingProperty() {
        return trimming;
    }

    /** Returns the number B of bootstrap replicates, 0 for no interval. */
    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    /** Returns the seed of the bootstrap's block draws. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Returns the factor D that multiplies the bootstrap variance. */
    public ObjectProperty<VarianceInflation> inflationProperty() {
        return inflation;
    }

    /** Returns the dependency graph, between blocks or between units, that D comes from. */
    public ObjectProperty<InflationGraph> inflationGraphProperty() {
        return inflationGraph;
    }

    /**
     * Returns whether the outcome is assumed additive in T and I, as the TACE estimator's
     * model states. With it, a default level outside the observed support of I gets a note;
     * without it, the non-identifiability banner.
     */
    public BooleanProperty assumeAdditivityProperty() {
        return assumeAdditivity;
    }

    /**
     * Returns the signature value of no interference, as text such as "0" or "1", which the
     * identifiability check looks for among the kept units.
     */
    public StringProperty defaultLevelProperty() {
        return defaultLevel;
    }

    /** Returns the per-unit signature preview under the current settings. */
    public ObservableList<UnitPreviewRow> preview() {
        return preview;
    }

    /** Returns why the preview or a run cannot use the current signature, empty when it can. */
    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    /** Returns whether an analysis is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Returns the running analysis's progress, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Returns the status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Returns the outcome on screen, or {@code null} before the first run. */
    public ReadOnlyObjectProperty<InterferenceOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Returns the rows of the estimates table, those of the outcome on screen. */
    public ObservableList<EstimateRow> estimateRows() {
        return estimateRowsView;
    }

    /**
     * Returns why the outcome on screen is out of date (a cancelled, failed or rejected run, or
     * settings changed since), empty when it is current.
     */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** Returns whether the outcome on screen is out of date, see {@link #staleReasonProperty}. */
    public ReadOnlyBooleanProperty outcomeStaleProperty() {
        return outcomeStale.getReadOnlyProperty();
    }

    /** Returns the last error message, empty when the last run was accepted and succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Returns whether Run is possible now. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }
}
