package org.causalworkbench.app.synth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.command.PropertyEdits;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.app.task.UiProgressSink;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the state of the synthetic-control analysis pane and runs fits in the background.
 *
 * <p>All properties are read and written on the UI thread. Work runs on the worker executor, and
 * progress and results come back through the UI executor. Tests can therefore pass plain
 * executors and need no JavaFX toolkit. A cancelled or failed run leaves the previous outcome in place and
 * marks it as stale.
 *
 * <p>Loading a panel, the treated unit, the intervention time, the placebo options and, through
 * {@link SpilloverViewModel}, every donor decision are entries on the window's
 * {@link CommandStack}. Runs are not.
 */
public final class SynthViewModel {

    /** Runs one analysis; the default is {@code SynthAnalysis::run}. */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs the analysis.
         *
         * @param request the settings
         * @param progress receives progress
         * @param cancellation checked between units of work
         * @return the outcome
         */
        SynthOutcome run(SynthRequest request, ProgressSink progress,
                CancellationToken cancellation);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SynthViewModel.class);

    private final Executor uiExecutor;
    private final Executor worker;
    private final Runner runner;
    private final CommandStack commands;

    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(this, "panel");
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<Double> times = FXCollections.observableArrayList();
    private final ObjectProperty<String> treatedUnit = new SimpleObjectProperty<>(this, "treated");
    private final ObjectProperty<Double> interventionTime =
            new SimpleObjectProperty<>(this, "interventionTime");
    private final ObservableList<DonorChoice> donors = FXCollections.observableArrayList();
    private final BooleanProperty placebo = new SimpleBooleanProperty(this, "placebo", true);
    private final BooleanProperty treatedInPlaceboPools =
            new SimpleBooleanProperty(this, "treatedInPlaceboPools", false);
    private final ObjectProperty<PreMspeFilter> preMspeFilter =
            new SimpleObjectProperty<>(this, "preMspeFilter", PreMspeFilter.ALL);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SynthOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper staleReason =
            new ReadOnlyStringWrapper(this, "staleReason", "");
    private final ReadOnlyBooleanWrapper outcomeStale =
            new ReadOnlyBooleanWrapper(this, "outcomeStale");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper datasetNote =
            new ReadOnlyStringWrapper(this, "datasetNote", "");

    private final BooleanBinding canRun;
    private final SpilloverViewModel spillover;
    private AtomicBoolean activeCancellation;
    /** Units whose treatment flags mark them treated; they start outside the donor pool. */
    private List<String> flaggedUnits = List.of();
    /**
     * The last decision on every unit of the panel, also on units that are treated now, so
     * choosing another treated unit and back, or undoing that, keeps each donor's decision.
     */
    private final Map<String, DonorDecision> decisions = new HashMap<>();

    /**
     * Creates the view model with an undo history of its own.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses off the UI thread
     * @param runner the analysis to run
     */
    public SynthViewModel(Executor uiExecutor, Executor worker, Runner runner) {
        this(uiExecutor, worker, runner, new CommandStack());
    }

    /**
     * Creates the view model, recording its edits on the window's stack.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs analyses off the UI thread
     * @param runner the analysis to run
     * @param commands the stack of the window
     */
    public SynthViewModel(Executor uiExecutor, Executor worker, Runner runner,
            CommandStack commands) {
        this.uiExecutor = uiExecutor;
        this.worker = worker;
        this.runner = runner;
        this.commands = commands;
        this.canRun = Bindings.createBooleanBinding(
                () -> panel.get() != null && treatedUnit.get() != null
                        && interventionTime.get() != null && !running.get(),
                panel, treatedUnit, interventionTime, running);
        outcomeStale.bind(staleReason.isNotEmpty());
        treatedUnit.addListener((obs, old, now) -> {
            rebuildDonors();
            markSettingsChanged();
        });
        interventionTime.addListener((obs, old, now) -> markSettingsChanged());
        placebo.addListener((obs, old, now) -> markSettingsChanged());
        treatedInPlaceboPools.addListener((obs, old, now) -> markSettingsChanged());
        trackSettings();
        this.spillover = new SpilloverViewModel(this, uiExecutor, worker, Clock.systemUTC());
    }

    private void trackSettings() {
        PropertyEdits.track(commands, treatedUnit, unit -> "Set treated unit to " + unit);
        PropertyEdits.track(commands, interventionTime, time -> "Set intervention time to "
                + (time == null ? "none" : Panel.formatTime(time)));
        PropertyEdits.track(commands, placebo, on -> on ? "Turn on placebo inference"
                : "Turn off placebo inference");
        PropertyEdits.track(commands, treatedInPlaceboPools, on -> on
                ? "Let the treated unit enter placebo pools"
                : "Keep the treated unit out of placebo pools");
        PropertyEdits.track(commands, preMspeFilter, filter -> "Show placebos: " + filter);
    }

    /** Returns the stack that records this workspace's edits. */
    public CommandStack commands() {
        return commands;
    }

    /** Returns the donor-pool editor, screen and sensitivity state of this workspace. */
    public SpilloverViewModel spillover() {
        return spillover;
    }

    /** Marks the outcome on screen as out of step with the settings, until the next run. */
    private void markSettingsChanged() {
        if (outcome.get() != null && !running.get()) {
            staleReason.set("Settings changed since this result: press Run to update it.");
        }
    }

    /**
     * Shows a new panel, proposing the treated unit and intervention time from its flags when it
     * has them. The previous outcome is cleared, because it belongs to other data.
     *
     * @param data the panel
     * @param proposal the proposal read from the treatment flags, if any
     */
    public void loadPanel(Panel data, Optional<TreatmentProposal> proposal) {
        loadPanel(data, proposal, "");
    }

    /**
     * Shows a new panel with a note about it, such as the known effect of a simulated panel.
     * The load is one entry on the stack, named after the file and its column roles. Undoing
     * it shows the previous panel with its choices again, but without its outcome.
     *
     * @param data the panel
     * @param proposal the proposal read from the treatment flags, if any
     * @param note a short text shown beside the results, empty for none
     */
    public void loadPanel(Panel data, Optional<TreatmentProposal> proposal, String note) {
        List<String> flagged = proposal.map(p -> {
            List<String> treatedUnits = new ArrayList<>(p.otherTreatedUnits());
            treatedUnits.add(p.treatedUnit());
            return treatedUnits;
        }).orElse(List.of());
        List<Double> choices = interventionChoices(data);
        // No donor decision carries over from the previous data, even where unit names repeat.
        PanelState loaded = new PanelState(data, note, flagged,
                proposal.map(TreatmentProposal::treatedUnit).orElse(data.units().get(0)),
                proposal.map(TreatmentProposal::interventionTime)
                        .orElse(choices.get(choices.size() / 2)),
                Map.of(), loadMessage(data, proposal));
        PanelState previous = currentState();
        commands.execute(Command.of(loaded.loadName(), () -> show(loaded),
                () -> show(previous)));
    }

    /** Returns the panel's times from the third on: the fit needs two pre-periods. */
    private static List<Double> interventionChoices(Panel data) {
        List<Double> choices = new ArrayList<>();
        double[] panelTimes = data.times();
        for (int t = Math.min(2, panelTimes.length - 1); t < panelTimes.length; t++) {
            choices.add(panelTimes[t]);
        }
        return choices;
    }

    private PanelState currentState() {
        Map<String, DonorDecision> all = new LinkedHashMap<>(decisions);
        donors.forEach(choice -> all.put(choice.unit(), choice.decision()));
        return new PanelState(panel.get(), datasetNote.get(), flaggedUnits, treatedUnit.get(),
                interventionTime.get(), all, status.get());
    }

    /** Shows a panel with its choices. The outcome is cleared: it belongs to other data. */
    private void show(PanelState state) {
        cancel();
        datasetNote.set(state.note());
        outcome.set(null);
        staleReason.set("");
        error.set("");
        flaggedUnits = state.flaggedUnits();
        donors.clear();
        decisions.clear();
        decisions.putAll(state.decisions());
        panel.set(state.panel());
        times.setAll(state.panel() == null ? List.of() : interventionChoices(state.panel()));
        units.setAll(state.panel() == null ? List.of() : state.panel().units());
        treatedUnit.set(null);
        treatedUnit.set(state.treatedUnit());
        interventionTime.set(state.interventionTime());
        status.set(state.status());
    }

    private String loadMessage(Panel data, Optional<TreatmentProposal> proposal) {
        String loaded = "Loaded " + data.sourceName() + ": " + data.unitCount() + " units, "
                + data.timeCount() + " periods. ";
        if (proposal.isPresent()) {
            String others = proposal.get().otherTreatedUnits().isEmpty() ? ""
                    : " Other flagged units start outside the donor pool: "
                            + String.join(", ", proposal.get().otherTreatedUnits()) + ".";
            return loaded + "Column '" + data.spec().treatmentColumn() + "' proposes "
                    + proposal.get().treatedUnit() + " from "
                    + Panel.formatTime(proposal.get().interventionTime()) + "." + others
                    + " Press Run.";
        }
        return loaded + "No treatment flag: choose the treated unit and the intervention time,"
                + " then press Run.";
    }

    private void rebuildDonors() {
        for (DonorChoice choice : donors) {
            decisions.put(choice.unit(), choice.decision());
        }
        List<DonorChoice> rebuilt = new ArrayList<>();
        for (String unit : units) {
            if (!unit.equals(treatedUnit.get())) {
                DonorChoice choice = new DonorChoice(unit, !flaggedUnits.contains(unit));
                DonorDecision previous = decisions.get(unit);
                if (previous != null) {
                    choice.apply(previous);
                }
                choice.includedProperty().addListener((obs, old, now) -> markSettingsChanged());
                rebuilt.add(choice);
            }
        }
        donors.setAll(rebuilt);
    }

    /**
     * Builds the request of the current panel and settings, as Run would.
     *
     * @return the request
     * @throws IllegalStateException if no panel is loaded or no treated unit is chosen
     */
    public SynthRequest currentRequest() {
        if (panel.get() == null || treatedUnit.get() == null || interventionTime.get() == null) {
            throw new IllegalStateException("No panel with a treated unit is loaded.");
        }
        List<String> excluded = new ArrayList<>();
        for (DonorChoice choice : donors) {
            if (!choice.isIncluded()) {
                excluded.add(choice.unit());
            }
        }
        return new SynthRequest(panel.get(), treatedUnit.get(), interventionTime.get(),
                excluded, placebo.get(), treatedInPlaceboPools.get());
    }

    /** Starts an analysis with the current settings, unless one is running. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        SynthRequest request = currentRequest();
        AtomicBoolean cancelled = new AtomicBoolean();
        activeCancellation = cancelled;
        running.set(true);
        progress.set(0);
        staleReason.set("");
        error.set("");
        status.set("Fitting the synthetic control for " + request.treatedUnit() + "...");
        LOG.info("Starting synthetic control for {} at {} on {}", request.treatedUnit(),
                Panel.formatTime(request.interventionTime()), request.panel().sourceName());
        worker.execute(() -> work(request, cancelled));
    }

    private void work(SynthRequest request, AtomicBoolean cancelled) {
        ProgressSink sink = new UiProgressSink(uiExecutor, cancelled, progress::set, status::set);
        try {
            SynthOutcome result = runner.run(request, sink, cancelled::get);
            uiExecutor.execute(() -> finish(cancelled, result));
        } catch (CancellationException stopped) {
            uiExecutor.execute(() -> finishCancelled(cancelled));
        } catch (IllegalArgumentException invalid) {
            LOG.warn("Synthetic control for {} rejected its input: {}", request.treatedUnit(),
                    invalid.getMessage());
            uiExecutor.execute(() -> finishFailed(cancelled, invalid.getMessage()));
        } catch (RuntimeException failure) {
            LOG.error("Synthetic control for {} failed", request.treatedUnit(), failure);
            uiExecutor.execute(() -> finishFailed(cancelled,
                    "The analysis failed unexpectedly: " + failure));
        }
    }

    private void finish(AtomicBoolean cancelled, SynthOutcome result) {
        if (cancelled.get()) {
            finishCancelled(cancelled);
            return;
        }
        outcome.set(result);
        staleReason.set("");
        running.set(false);
        progress.set(1);
        int dropped = result.fit().diagnostics().messages().size();
        String droppedText = dropped == 0 ? ""
                : " " + dropped + " donor(s) dropped for missing outcomes, see the notes below"
                        + " the table.";
        String placeboText = result.placeboResult()
                .map(p -> String.format(java.util.Locale.ROOT, ", placebo p = %.4f", p.pValue()))
                .orElse("");
        status.set(String.format(java.util.Locale.ROOT, "Finished: ATT = %.4f%s.%s",
                result.fit().att(), placeboText, droppedText));
        LOG.info("Synthetic control for {} finished, ATT {}", result.fit().treatedUnit(),
                result.fit().att());
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
                : "Cancelled; the charts show the previous result.");
        LOG.info("Synthetic control cancelled by the user");
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
        status.set("Failed: " + message);
    }

    /** Asks the running analysis to stop; its previous outcome stays on screen. */
    public void cancel() {
        if (activeCancellation != null && running.get()) {
            activeCancellation.set(true);
            status.set("Cancelling...");
        }
    }

    /** Returns the panel on screen. */
    public ReadOnlyObjectProperty<Panel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    /** Returns the panel's units, for the treated-unit choice. */
    public ObservableList<String> units() {
        return units;
    }

    /** Returns the panel's times, for the intervention choice. */
    public ObservableList<Double> times() {
        return times;
    }

    /** Returns the treated unit. */
    public ObjectProperty<String> treatedUnitProperty() {
        return treatedUnit;
    }

    /** Returns the first post-intervention time. */
    public ObjectProperty<Double> interventionTimeProperty() {
        return interventionTime;
    }

    /** Returns the candidate donors: every unit but the treated one. */
    public ObservableList<DonorChoice> donors() {
        return donors;
    }

    /** Returns whether a run includes placebo inference. */
    public BooleanProperty placeboProperty() {
        return placebo;
    }

    /** Returns whether the treated unit may enter placebo donor pools. */
    public BooleanProperty treatedInPlaceboPoolsProperty() {
        return treatedInPlaceboPools;
    }

    /** Returns which placebos the placebo chart shows. */
    public ObjectProperty<PreMspeFilter> preMspeFilterProperty() {
        return preMspeFilter;
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
    public ReadOnlyObjectProperty<SynthOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * Returns why the outcome on screen is out of date (a cancelled or failed run, or settings
     * changed since), empty when it is current.
     */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** Returns whether the outcome on screen is out of date, see {@link #staleReasonProperty}. */
    public ReadOnlyBooleanProperty outcomeStaleProperty() {
        return outcomeStale.getReadOnlyProperty();
    }

    /** Returns a note about the loaded data, such as a simulated panel's true effect. */
    public ReadOnlyStringProperty datasetNoteProperty() {
        return datasetNote.getReadOnlyProperty();
    }

    /** Returns the last run's error message, empty when it succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Returns whether Run is possible now. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }
}
