package org.causalworkbench.app.synth;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.chart.SpilloverCharts;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;

/**
 * Holds the donor-pool editor, the spillover screen and the sensitivity analysis of the
 * synthetic-control workspace.
 *
 * <p>The user's decisions live in the {@link DonorChoice} rows of {@link SynthViewModel}; the
 * screen's suggestions live here, apart, and only {@link #applySuggestions} copies them over.
 * Both are written to the audit log. Every change of the decisions is also one entry on the
 * window's command stack, and undo and redo write their changes to the audit log as well, so the
 * log stays a complete record. The screen and the what-if refits run in the background like the
 * main fit: cancelling keeps the last result and marks it stale.
 */
public final class SpilloverViewModel {

    private final SynthViewModel synth;
    private final Clock clock;
    private final BackgroundJob<DonorScreenResult> screenJob;
    private final BackgroundJob<SensitivityOutcome> sensitivityJob;
    private final ObjectProperty<ScreenSettings> settings =
            new SimpleObjectProperty<>(this, "settings", ScreenSettings.defaults());
    private final ObjectProperty<ScreenRule> rule =
            new SimpleObjectProperty<>(this, "rule", ScreenRule.TOP_N);
    private final IntegerProperty sign = new SimpleIntegerProperty(this, "sign", 1);
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper keptSummary =
            new ReadOnlyStringWrapper(this, "keptSummary", "");
    private final ReadOnlyStringWrapper poolMessage =
            new ReadOnlyStringWrapper(this, "poolMessage", "");
    private final Map<String, DonorSuggestion> suggestions = new HashMap<>();
    /** The settings of the screen running or last run; a differing choice marks it stale. */
    private ScreenSettings screenedWith;
    /** Set while a batch change writes its own audit entries. */
    private boolean batch;

    SpilloverViewModel(SynthViewModel synth, Executor uiExecutor, Executor worker, Clock clock) {
        this.synth = synth;
        this.clock = clock;
        this.screenJob = new BackgroundJob<>("donor screen", uiExecutor, worker);
        this.sensitivityJob = new BackgroundJob<>("sensitivity analysis", uiExecutor, worker);
        synth.donors().addListener((ListChangeListener<DonorChoice>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            updateKept();
        });
        synth.donors().forEach(this::watch);
        synth.panelProperty().addListener((obs, old, now) -> {
            screenJob.clear();
            sensitivityJob.clear();
            suggestions.clear();
            audit.clear();
            poolMessage.set("");
            updateKept();
        });
        Runnable screenInputsChanged = () -> screenJob.markStale(
                "Settings changed since this screen: press Screen to update it.");
        synth.treatedUnitProperty().addListener((obs, old, now) -> screenInputsChanged.run());
        synth.interventionTimeProperty().addListener((obs, old, now) -> screenInputsChanged.run());
        // A changed setting only marks the screen stale: screening once per arrow key or
        // keystroke would queue a fit per intermediate value.
        settings.addListener((obs, old, now) -> screenInputsChanged.run());
        synth.outcomeProperty().addListener((obs, old, now) -> sensitivityJob.markStale(
                "The fit changed since this analysis: press Analyse to update it."));
        screenJob.setOnFinished(this::screened);
        screenJob.resultProperty().addListener((obs, old, now) -> {
            if (now == null) {
                screened(null);
            }
        });
        rule.addListener((obs, old, now) -> updateKept());
        sensitivityJob.setOnFinished(this::analysed);
    }

    private void watch(DonorChoice choice) {
        choice.includedProperty().addListener((obs, old, now) -> {
            updateKept();
            if (!batch && !synth.commands().isApplying()) {
                String previous = choice.reasonProperty().get();
                Map<String, DonorDecision> before = poolDecisions();
                before.put(choice.unit(), new DonorDecision(choice.unit(), old,
                        choice.trustedProperty().get(), previous));
                if (now && !previous.isBlank()) {
                    // An exclusion reason would read as the reason to include.
                    choice.reasonProperty().set("");
                    log("user", choice.unit(), "clear reason", "was: " + previous);
                }
                log("user", choice.unit(), now ? "include" : "exclude",
                        choice.reasonProperty().get());
                screenJob.markStale("Your pool changed since this screen: press Screen to"
                        + " screen the new pool.");
                recordPool((now ? "Include donor " : "Exclude donor ") + choice.unit(), before);
            }
        });
        choice.trustedProperty().addListener((obs, old, now) -> {
            if (!batch && !synth.commands().isApplying()) {
                Map<String, DonorDecision> before = poolDecisions();
                before.put(choice.unit(), new DonorDecision(choice.unit(), choice.isIncluded(),
                        old, choice.reasonProperty().get()));
                log("user", choice.unit(), now ? "mark trusted" : "unmark trusted",
                        choice.reasonProperty().get());
                recordPool((now ? "Trust donor " : "Stop trusting donor ") + choice.unit(),
                        before);
            }
            if (settings.get().anchor() == org.causalworkbench.estimators.synth.spillover
                    .AnchorMode.ANCHORED) {
                screenJob.markStale("Trusted donors changed: press Screen to update it.");
            }
        });
    }

    /** Returns the decision on every candidate donor, in donor order; a mutable copy. */
    private Map<String, DonorDecision> poolDecisions() {
        Map<String, DonorDecision> decisions = new LinkedHashMap<>();
        synth.donors().forEach(choice -> decisions.put(choice.unit(), choice.decision()));
        return decisions;
    }

    /**
     * Records a pool change that has already happened as one entry. Undo and redo set the
     * decisions by unit name, because choosing another treated unit replaces the donor rows.
     */
    private void recordPool(String name, Map<String, DonorDecision> before) {
        Map<String, DonorDecision> after = poolDecisions();
        if (!after.equals(before)) {
            synth.commands().execute(Command.of(name, () -> restorePool(after, "redo"),
                    () -> restorePool(before, "undo")));
        }
    }

    /** Sets the donors to the given decisions; each change is logged with the step's kind. */
    private void restorePool(Map<String, DonorDecision> decisions, String step) {
        boolean changed = false;
        batch = true;
        try {
            for (DonorChoice choice : synth.donors()) {
                DonorDecision decision = decisions.get(choice.unit());
                if (decision != null && !decision.equals(choice.decision())) {
                    choice.apply(decision);
                    log("user", choice.unit(), decision.label() + " (" + step + ")",
                            decision.reason());
                    changed = true;
                }
            }
        } finally {
            batch = false;
        }
        if (changed) {
            updateKept();
            screenJob.markStale("Your pool changed since this screen: press Screen to screen"
                    + " the new pool.");
        }
    }

    /**
     * Includes or excludes every candidate donor as one entry, for the Include all and Exclude
     * all buttons.
     *
     * @param included whether the donors go into the pool
     */
    public void setAllIncluded(boolean included) {
        Map<String, DonorDecision> before = poolDecisions();
        boolean changed = false;
        batch = true;
        try {
            for (DonorChoice choice : synth.donors()) {
                if (choice.isIncluded() != included) {
                    choice.includedProperty().set(included);
                    log("user", choice.unit(), included ? "include (all)" : "exclude (all)",
                            choice.reasonProperty().get());
                    changed = true;
                }
            }
        } finally {
            batch = false;
        }
        recordPool(included ? "Include all donors" : "Exclude all donors", before);
        if (changed) {
            screenJob.markStale("Your pool changed since this screen: press Screen to screen"
                    + " the new pool.");
        }
    }

    private void log(String source, String unit, String action, String reason) {
        audit.add(new AuditEntry(clock.instant(), source, unit, action, reason));
    }

    /**
     * Screens the donors of the user's pool with the current settings, unless a screen is
     * running. Excluded donors are left out, as the command line's {@code --exclude} does.
     */
    public void runScreen() {
        Panel panel = synth.panelProperty().get();
        String treated = synth.treatedUnitProperty().get();
        Double time = synth.interventionTimeProperty().get();
        if (panel == null || treated == null || time == null) {
            return;
        }
        ScreenSettings chosen = settings.get();
        List<String> trusted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (DonorChoice choice : synth.donors()) {
            if (!choice.isIncluded()) {
                excluded.add(choice.unit());
            } else if (choice.trustedProperty().get()) {
                trusted.add(choice.unit());
            }
        }
        int pool = synth.donors().size() - excluded.size();
        screenedWith = chosen;
        screenJob.start("Screening " + pool + " donors of " + treated + "...",
                (progress, cancellation) -> {
                    // Like the command line's --exclude: excluded donors are not screened.
                    SyntheticControlSetup setup = SyntheticControlSetup.of(panel, treated, time,
                            excluded);
                    return chosen.toScreen(setup.donors().size(), trusted)
                            .screen(setup, progress, cancellation);
                });
    }

    private void screened(DonorScreenResult result) {
        suggestions.clear();
        if (result == null) {
            updateKept();
            return;
        }
        List<String> outByTopN = new ArrayList<>();
        List<String> outByInterval = new ArrayList<>();
        for (DonorScore score : result.scores()) {
            suggestions.put(score.donor(), new DonorSuggestion(score.donor(), score.keptByTopN(),
                    score.keptByInterval()));
            if (!score.keptByTopN()) {
                outByTopN.add(score.donor());
            }
            if (!score.keptByInterval()) {
                outByInterval.add(score.donor());
            }
        }
        String setting = String.format(Locale.ROOT, "%s, n = %d, level %.2f, window %d,"
                + " lambda %s", SpilloverCharts.anchorWords(result.anchor()), result.keptByTopN().size(), result.level(),
                result.window(), Double.isNaN(result.penalty()) ? "-" : format(result.penalty()));
        log("screen", "*", "S1 suggests excluding " + listed(outByTopN), setting);
        log("screen", "*", "S2 suggests excluding " + listed(outByInterval), setting);
        screenJob.setStatus("Screened " + result.scores().size() + " donors: S1 keeps "
                + result.keptByTopN().size() + ", S2 keeps " + result.keptByInterval().size()
                + ".");
        if (!settings.get().equals(screenedWith)) {
            screenJob.markStale("Settings changed during this screen: press Screen to"
                    + " update it.");
        }
        updateKept();
    }

    private static String listed(List<String> units) {
        return units.isEmpty() ? "none" : String.join("; ", units);
    }

    /**
     * Copies one rule's suggestions into the user's include decisions in one step, and logs
     * it. Donors the screen did not score keep their decision.
     *
     * @param which the rule whose suggestions to apply
     * @return how many decisions changed
     */
    public int applySuggestions(ScreenRule which) {
        if (suggestions.isEmpty()) {
            return 0;
        }
        String ruleName = which == ScreenRule.TOP_N ? "S1" : "S2";
        Map<String, DonorDecision> before = poolDecisions();
        int changed = 0;
        batch = true;
        try {
            for (DonorChoice choice : synth.donors()) {
                DonorSuggestion suggestion = suggestions.get(choice.unit());
                if (suggestion == null || suggestion.keeps(which) == choice.isIncluded()) {
                    continue;
                }
                boolean keep = suggestion.keeps(which);
                choice.includedProperty().set(keep);
                String reason = keep ? "" : ruleName + " screen suggestion";
                if (keep || choice.reasonProperty().get().isBlank()) {
                    choice.reasonProperty().set(reason);
                }
                log("user", choice.unit(), (keep ? "include" : "exclude") + " (applied "
                        + ruleName + " suggestion)", choice.reasonProperty().get());
                changed++;
            }
        } finally {
            batch = false;
        }
        recordPool("Apply " + ruleName + " suggestions", before);
        poolMessage.set("Applied " + ruleName + ": " + changed + " decision(s) changed. You can"
                + " still change each donor.");
        return changed;
    }

    /**
     * Sets a donor's reason and logs it.
     *
     * @param choice the donor
     * @param reason the new reason
     */
    public void setReason(DonorChoice choice, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (!text.equals(choice.reasonProperty().get())) {
            Map<String, DonorDecision> before = poolDecisions();
            choice.reasonProperty().set(text);
            log("user", choice.unit(), "reason", text);
            recordPool("Set reason for donor " + choice.unit(), before);
        }
    }

    /**
     * Writes the user's decisions to a pool file, atomically.
     *
     * @param target the CSV file
     * @return a message for the user
     */
    public String exportPool(Path target) {
        List<DonorDecision> decisions = new ArrayList<>();
        synth.donors().forEach(d -> decisions.add(d.decision()));
        String message = PoolTransfer.exportPool(decisions, target);
        log("user", "*", "exported pool to " + target.getFileName(), "");
        return report(message);
    }

    /**
     * Reads a pool file and applies its decisions to the donors of the data. Units of the file
     * missing from the candidate donors are named in the message, not silently dropped.
     *
     * @param source the CSV file
     * @return a message for the user
     */
    public String importPool(Path source) {
        Map<String, DonorChoice> byUnit = new HashMap<>();
        synth.donors().forEach(d -> byUnit.put(d.unit(), d));
        PoolTransfer.Import read;
        try {
            read = PoolTransfer.read(source, byUnit.keySet());
        } catch (DataFormatException invalid) {
            return report("Could not read the pool: " + invalid.getMessage());
        }

        Map<String, DonorDecision> before = poolDecisions();
        batch = true;
        try {
            for (DonorDecision decision : read.known()) {
                byUnit.get(decision.unit()).apply(decision);
                log("file", decision.unit(), decision.label(), decision.reason());
            }
        } finally {
            batch = false;
        }
        recordPool("Import donor pool from " + source.getFileName(), before);
        updateKept();
        return report(PoolTransfer.describe(read, source, synth.donors().size()));
    }

    /**
     * Writes the audit log as CSV (time, source, unit, action, reason), atomically.
     *
     * @param target the CSV file
     * @return a message for the user
     */
    public String exportAudit(Path target) {
        return report(PoolTransfer.exportAudit(List.copyOf(audit), target));
    }

    private String report(String message) {
        poolMessage.set(message);
        return message;
    }

    /**
     * Runs the sensitivity analysis of the fit on screen: bounds, break-even values and the
     * what-if refits with each excluded donor put back. Does nothing before the first fit.
     */
    public void runSensitivity() {
        SynthOutcome outcome = synth.outcomeProperty().get();
        if (outcome == null) {
            sensitivityJob.setStatus("Run the synthetic control first.");
            return;
        }
        Set<String> flagged = new LinkedHashSet<>();
        DonorScreenResult screen = screenJob.resultProperty().get();
        if (screen != null) {
            screen.scores().stream().filter(DonorScore::flagged)
                    .forEach(s -> flagged.add(s.donor()));
        }
        runSensitivity(flagged);
    }

    /**
     * Runs the sensitivity analysis with a given set of flagged donors, such as those saved in
     * a project, instead of those of the screen on screen.
     *
     * @param flagged the donors to treat as flagged by the screen
     */
    public void runSensitivity(Set<String> flagged) {
        SynthOutcome outcome = synth.outcomeProperty().get();
        if (outcome == null) {
            sensitivityJob.setStatus("Run the synthetic control first.");
            return;
        }
        sensitivityJob.start("Refitting with excluded donors put back...",
                (progress, cancellation) -> SensitivityOutcome.compute(outcome, flagged, progress,
                        cancellation));
    }

    private void analysed(SensitivityOutcome outcome) {
        if (outcome == null) {
            return;
        }
        // Start on the sign that can explain the estimate away: it draws a zero contour.
        sign.set(outcome.sensitivity().fit().att() < 0 ? 1 : -1);
        sensitivityJob.setStatus(String.format(Locale.ROOT, "Analysed: break-even %s, %d"
                + " refit(s).", format(outcome.sensitivity().breakEven()),
                outcome.whatIf().size()));
    }

    /** Stops the screen and the what-if refits; their last results stay. */
    public void cancel() {
        screenJob.cancel();
        sensitivityJob.cancel();
    }

    private void updateKept() {
        long included = synth.donors().stream().filter(DonorChoice::isIncluded).count();
        String pool = "Your pool: " + included + " of " + synth.donors().size() + " donors.";
        DonorScreenResult result = screenJob.resultProperty().get();
        if (result == null) {
            keptSummary.set(pool);
            return;
        }
        int s1 = result.keptByTopN().size();
        int s2 = result.keptByInterval().size();
        int total = result.scores().size();
        keptSummary.set(String.format(Locale.ROOT, "Donors kept: S1 %d of %d, S2 %d of %d. %s",
                s1, total, s2, total, pool));
    }

    /** Returns the current suggestion for a donor, or {@code null} before a screen. */
    public DonorSuggestion suggestionFor(String unit) {
        return suggestions.get(unit);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** Returns the screen settings; changing them marks the screen stale. */
    public ObjectProperty<ScreenSettings> settingsProperty() {
        return settings;
    }

    /** Returns the rule whose suggestions the editor shows. */
    public ObjectProperty<ScreenRule> ruleProperty() {
        return rule;
    }

    /** Returns the assumed spillover sign s of the sensitivity contour, +1 or −1. */
    public IntegerProperty signProperty() {
        return sign;
    }

    /** Returns the last screen result, or {@code null}. */
    public ReadOnlyObjectProperty<DonorScreenResult> screenResultProperty() {
        return screenJob.resultProperty();
    }

    /** Returns whether the screen runs. */
    public ReadOnlyBooleanProperty screenRunningProperty() {
        return screenJob.runningProperty();
    }

    /** Returns the screen's progress, 0 to 1. */
    public ReadOnlyDoubleProperty screenProgressProperty() {
        return screenJob.progressProperty();
    }

    /** Returns the screen's status line. */
    public ReadOnlyStringProperty screenStatusProperty() {
        return screenJob.statusProperty();
    }

    /** Returns why the screen result is out of date, empty when current. */
    public ReadOnlyStringProperty screenStaleProperty() {
        return screenJob.staleProperty();
    }

    /** Returns the last sensitivity analysis, or {@code null}. */
    public ReadOnlyObjectProperty<SensitivityOutcome> sensitivityProperty() {
        return sensitivityJob.resultProperty();
    }

    /** Returns whether the what-if refits run. */
    public ReadOnlyBooleanProperty sensitivityRunningProperty() {
        return sensitivityJob.runningProperty();
    }

    /** Returns the what-if refits' progress, 0 to 1. */
    public ReadOnlyDoubleProperty sensitivityProgressProperty() {
        return sensitivityJob.progressProperty();
    }

    /** Returns the sensitivity analysis's status line. */
    public ReadOnlyStringProperty sensitivityStatusProperty() {
        return sensitivityJob.statusProperty();
    }

    /** Returns why the sensitivity analysis is out of date, empty when current. */
    public ReadOnlyStringProperty sensitivityStaleProperty() {
        return sensitivityJob.staleProperty();
    }

    /** Returns the audit log of decisions and suggestions, oldest first. */
    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    /** Returns the live count of donors kept by the screen's rules and by the user. */
    public ReadOnlyStringProperty keptSummaryProperty() {
        return keptSummary.getReadOnlyProperty();
    }

    /** Returns the last message of an import, export or applied suggestion. */
    public ReadOnlyStringProperty poolMessageProperty() {
        return poolMessage.getReadOnlyProperty();
    }

    /** Returns the synthetic-control view model whose donors this edits. */
    public SynthViewModel synth() {
        return synth;
    }
}
