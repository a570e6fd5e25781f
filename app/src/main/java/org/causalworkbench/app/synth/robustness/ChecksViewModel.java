package org.causalworkbench.app.synth.robustness;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.synth.robustness.CheckResults.InTimeCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.LeaveOneOutCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.PredictorCheck;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.Predictor;
import org.causalworkbench.estimators.synth.PredictorSyntheticControl;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Holds the checks tab's settings and runs its three checks on the workspace's current settings:
 * the predictor-weighted fit of Abadie, Diamond and Hainmueller (2010), the in-time placebo and
 * the leave-one-donor-out refits. One check runs at a time, in the background.
 */
public final class ChecksViewModel extends RobustnessModel {

    private final SynthViewModel synth;
    private final ObservableList<PredictorRow> predictors = FXCollections.observableArrayList();
    private final ObservableList<String> predictorColumns = FXCollections.observableArrayList();
    private final ObservableList<Double> placeboTimes = FXCollections.observableArrayList();
    private final ObjectProperty<Double> placeboTime =
            new SimpleObjectProperty<>(this, "placeboTime");
    private final ReadOnlyObjectWrapper<PredictorCheck> predictorCheck =
            new ReadOnlyObjectWrapper<>(this, "predictorCheck");
    private final ReadOnlyObjectWrapper<InTimeCheck> inTimeCheck =
            new ReadOnlyObjectWrapper<>(this, "inTimeCheck");
    private final ReadOnlyObjectWrapper<LeaveOneOutCheck> leaveOneOutCheck =
            new ReadOnlyObjectWrapper<>(this, "leaveOneOutCheck");
    /**
     * The long tables that loaded panels came from. Undoing a load can show an earlier panel
     * again, so every table is kept while its panel is reachable, for example from the undo
     * history.
     */
    private final Map<Panel, CsvTable> sourceTables = new WeakHashMap<>();
    /**
     * Whether the default predictors wait for a valid intervention time. A new panel arrives
     * before its intervention time is set, so the defaults are made when the time follows.
     */
    private boolean resetPending;

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs checks off the UI thread
     * @param synth the workspace whose panel, treated unit, time and donor pool it reads
     */
    public ChecksViewModel(Executor uiExecutor, Executor worker, SynthViewModel synth) {
        super(uiExecutor, worker);
        this.synth = synth;
        synth.panelProperty().addListener(obs -> panelChanged());
        InvalidationListener timing = obs -> {
            updatePlaceboTimes();
            resetPredictorsReachingPostPeriod();
        };
        synth.interventionTimeProperty().addListener(timing);
        InvalidationListener changed = obs -> markChanged();
        synth.treatedUnitProperty().addListener(changed);
        synth.interventionTimeProperty().addListener(changed);
        panelChanged();
    }

    /**
     * Makes the columns of the long table a panel came from available as predictors. Without
     * it only the outcome column is offered.
     *
     * @param panel the panel read from the table
     * @param table the table
     */
    public void useSourceTable(Panel panel, CsvTable table) {
        sourceTables.put(panel, table);
        updateColumns();
    }

    private void panelChanged() {
        predictorCheck.set(null);
        inTimeCheck.set(null);
        leaveOneOutCheck.set(null);
        updateColumns();
        updatePlaceboTimes();
        resetPredictors();
    }

    private void markChanged() {
        if (predictorCheck.get() != null || inTimeCheck.get() != null
                || leaveOneOutCheck.get() != null) {
            job.markStale("Settings changed since these results: run the checks again.");
        }
    }

    private void updateColumns() {
        Panel panel = synth.panelProperty().get();
        if (panel == null) {
            predictorColumns.clear();
            return;
        }
        List<String> columns = new ArrayList<>();
        columns.add(panel.spec().outcomeColumn());
        CsvTable table = table(panel);
        if (table != null) {
            for (String column : table.columns()) {
                if (!columns.contains(column) && !column.equals(panel.spec().unitColumn())
                        && !column.equals(panel.spec().timeColumn())
                        && !column.equals(panel.spec().treatmentColumn())) {
                    columns.add(column);
                }
            }
        }
        predictorColumns.setAll(columns);
    }

    private CsvTable table(Panel panel) {
        return sourceTables.get(panel);
    }

    private void updatePlaceboTimes() {
        Panel panel = synth.panelProperty().get();
        Double intervention = synth.interventionTimeProperty().get();
        List<Double> choices = new ArrayList<>();
        if (panel != null && intervention != null) {
            double[] times = panel.times();
            // The fake time needs two periods before it to fit weights.
            for (int t = 2; t < times.length && times[t] < intervention; t++) {
                choices.add(times[t]);
            }
        }
        Double previous = placeboTime.get();
        placeboTimes.setAll(choices);
        if (previous == null || !choices.contains(previous)) {
            placeboTime.set(choices.isEmpty() ? null : choices.get(choices.size() / 2));
        }
    }

    /**
     * Replaces the predictors with outcome values at three pre-period times: the last, the
     * middle and the quarter point, in the manner of the outcome lags of Abadie, Diamond and
     * Hainmueller (2010).
     */
    public void resetPredictors() {
        Panel panel = synth.panelProperty().get();
        Double intervention = synth.interventionTimeProperty().get();
        predictors.clear();
        if (panel == null || intervention == null) {
            resetPending = true;
            return;
        }
        double[] times = panel.times();
        int pre = 0;
        while (pre < times.length && times[pre] < intervention) {
            pre++;
        }
        if (pre == 0 || pre == times.length || times[pre] != intervention) {
            resetPending = true;
            return;
        }
        resetPending = false;
        String outcome = panel.spec().outcomeColumn();
        for (int index : new int[] {pre / 4, pre / 2, pre - 1}) {
            if (index >= 0 && predictors.stream()
                    .noneMatch(row -> row.fromProperty().get() == times[index])) {
                predictors.add(new PredictorRow(outcome, times[index], times[index]));
            }
        }
    }

    /**
     * Resets the predictors when the list is empty or a window reaches the intervention time,
     * because predictors must describe the pre-period only.
     */
    private void resetPredictorsReachingPostPeriod() {
        Double intervention = synth.interventionTimeProperty().get();
        if (intervention == null) {
            return;
        }
        boolean reachesPost = predictors.stream().anyMatch(row -> row.toProperty().get() == null
                || row.toProperty().get() >= intervention);
        if (resetPending || predictors.isEmpty() || reachesPost) {
            resetPredictors();
        }
    }

    /** Appends a predictor row: the outcome averaged over the whole pre-period. */
    public void addPredictor() {
        Panel panel = synth.panelProperty().get();
        Double intervention = synth.interventionTimeProperty().get();
        if (panel == null || intervention == null) {
            return;
        }
        double[] times = panel.times();
        double last = times[0];
        for (double time : times) {
            if (time < intervention) {
                last = time;
            }
        }
        predictors.add(new PredictorRow(panel.spec().outcomeColumn(), times[0], last));
    }

    /** Starts the predictor-weighted fit with the predictor rows, unless a check is running. */
    public void runPredictorFit() {
        SynthSettings settings;
        List<Predictor> list = new ArrayList<>();
        try {
            settings = SynthSettings.of(synth);
            for (int i = 0; i < predictors.size(); i++) {
                list.add(predictors.get(i).toPredictor(i + 1));
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("The predictor list is empty: add at least"
                        + " one row, for example the outcome at a pre-period time.");
            }
        } catch (IllegalArgumentException invalid) {
            job.reject(invalid.getMessage());
            return;
        }
        CsvTable known = table(settings.panel());
        PredictorSyntheticControl estimator = PredictorSyntheticControl.of(list);
        job.start("predictor-weighted fit", (progress, cancellation) -> {
            SyntheticControlSetup setup = settings.setup();
            CsvTable table = known != null ? known : outcomeTable(settings.panel());
            progress.message("Searching predictor weights V from several starts");
            SyntheticControlResult outcomeOnly = SyntheticControl.withDefaults().fit(setup);
            cancellation.throwIfCancellationRequested();
            PredictorSyntheticControlResult fit = estimator.fit(setup, table);
            return new PredictorCheck(settings, fit, outcomeOnly);
        }, predictorCheck::set);
    }

    /** Starts the in-time placebo at the chosen fake time, unless a check is running. */
    public void runInTimePlacebo() {
        SynthSettings settings;
        try {
            settings = SynthSettings.of(synth);
            if (placeboTime.get() == null) {
                throw new IllegalArgumentException("No fake intervention time is chosen: the"
                        + " pre-period needs at least three periods.");
            }
        } catch (IllegalArgumentException invalid) {
            job.reject(invalid.getMessage());
            return;
        }
        double time = placeboTime.get();
        job.start("in-time placebo", (progress, cancellation) -> {
            RobustnessChecks.InTimePlacebo placebo =
                    RobustnessChecks.withDefaults().inTime(settings.setup(), time);
            return new InTimeCheck(settings, placebo);
        }, inTimeCheck::set);
    }

    /** Starts the leave-one-donor-out refits, unless a check is running. */
    public void runLeaveOneOut() {
        SynthSettings settings;
        try {
            settings = SynthSettings.of(synth);
        } catch (IllegalArgumentException invalid) {
            job.reject(invalid.getMessage());
            return;
        }
        job.start("leave-one-donor-out refits", (progress, cancellation) -> new LeaveOneOutCheck(
                settings, RobustnessChecks.withDefaults().leaveOneOut(settings.setup(),
                        progress, cancellation)), leaveOneOutCheck::set);
    }

    /**
     * Writes a panel's unit, time and outcome columns as a long table, which is all that
     * outcome predictors need when the file the panel came from is unknown.
     */
    private static CsvTable outcomeTable(Panel panel) {
        StringBuilder csv = new StringBuilder();
        csv.append(quote(panel.spec().unitColumn())).append(',')
                .append(quote(panel.spec().timeColumn())).append(',')
                .append(quote(panel.spec().outcomeColumn())).append('\n');
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                double value = panel.outcome(u, t);
                csv.append(quote(panel.units().get(u))).append(',')
                        .append(Panel.formatTime(panel.time(t))).append(',')
                        .append(Double.isNaN(value) ? "" : Double.toString(value)).append('\n');
            }
        }
        return CsvTable.read(new StringReader(csv.toString()), panel.sourceName());
    }

    private static String quote(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Returns the editable predictor rows. */
    public ObservableList<PredictorRow> predictors() {
        return predictors;
    }

    /** Returns the columns a predictor may use, the outcome column first. */
    public ObservableList<String> predictorColumns() {
        return predictorColumns;
    }

    /** Returns the fake intervention times the in-time placebo accepts. */
    public ObservableList<Double> placeboTimes() {
        return placeboTimes;
    }

    /** Returns the fake intervention time of the in-time placebo. */
    public ObjectProperty<Double> placeboTimeProperty() {
        return placeboTime;
    }

    /** Returns the last predictor-weighted fit, or {@code null}. */
    public ReadOnlyObjectProperty<PredictorCheck> predictorCheckProperty() {
        return predictorCheck.getReadOnlyProperty();
    }

    /** Returns the last in-time placebo, or {@code null}. */
    public ReadOnlyObjectProperty<InTimeCheck> inTimeCheckProperty() {
        return inTimeCheck.getReadOnlyProperty();
    }

    /** Returns the last leave-one-donor-out refits, or {@code null}. */
    public ReadOnlyObjectProperty<LeaveOneOutCheck> leaveOneOutCheckProperty() {
        return leaveOneOutCheck.getReadOnlyProperty();
    }
}
