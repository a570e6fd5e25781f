package org.causalworkbench.app.interference.classical;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.estimators.data.CsvTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hudgens-Halloran part of the classical tab: where each group's strategy comes from, and
 * the effect table, recomputed on the UI thread whenever the data or the strategy source
 * changes, because the estimates take milliseconds.
 *
 * <p>All properties are read and written on the UI thread.
 */
public final class HudgensHalloranViewModel {

    /** The source of the group strategies. */
    public enum Source {
        /** A covariate column of the unit table. */
        COLUMN,
        /** A separate table with one row per group. */
        TABLE
    }

    /** A strategy table read from a file. */
    record StrategyTable(String name, Map<String, String> strategyByGroup) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HudgensHalloranViewModel.class);

    private final ReadOnlyObjectProperty<InterferenceData> data;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source",
            Source.COLUMN);
    private final StringProperty strategyColumn = new SimpleStringProperty(this,
            "strategyColumn", "");
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StrategyTable> strategyTable =
            new ReadOnlyObjectWrapper<>(this, "strategyTable");
    private final ReadOnlyObjectWrapper<HudgensHalloranReport> report =
            new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<EffectRow> effects = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> strategies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * Creates the view model on the workspace's unit table.
     *
     * @param data the unit table on screen
     */
    public HudgensHalloranViewModel(ReadOnlyObjectProperty<InterferenceData> data) {
        this.data = data;
        data.addListener((obs, old, now) -> dataChanged(now));
        source.addListener(changed -> estimate());
        strategyColumn.addListener(changed -> estimate());
        dataChanged(data.get());
    }

    private void dataChanged(InterferenceData now) {
        strategyTable.set(null);
        columnChoices.setAll(now == null ? List.of() : now.covariateNames());
        String column = now == null ? "" : defaultColumn(now);
        source.set(Source.COLUMN);
        if (column.equals(strategyColumn.get())) {
            estimate();
        } else {
            strategyColumn.set(column);
        }
    }

    /**
     * Returns the first covariate that is constant within every group and takes at least two
     * values, the likely strategy column, or an empty string when there is none.
     */
    static String defaultColumn(InterferenceData data) {
        for (String column : data.covariateNames()) {
            try {
                Map<String, String> strategies = GroupStrategies.fromColumn(data, column);
                if (strategies.values().stream().distinct().count() >= 2) {
                    return column;
                }
            } catch (IllegalArgumentException notConstant) {
                // Not a group-level column, so try the next.
            }
        }
        return "";
    }

    /**
     * Reads a strategy table and makes it the source of the strategies.
     *
     * @param table a CSV table with the group in the first column and the strategy in the
     *     second
     */
    public void loadStrategyTable(CsvTable table) {
        InterferenceData current = data.get();
        if (current == null) {
            error.set("Load a unit table before its strategy table.");
            return;
        }
        try {
            strategyTable.set(new StrategyTable(table.sourceName(),
                    GroupStrategies.fromTable(table, current)));
        } catch (IllegalArgumentException invalid) {
            LOG.info("Strategy table rejected: {}", invalid.getMessage());
            clear(invalid.getMessage());
            return;
        }
        if (source.get() == Source.TABLE) {
            estimate();
        } else {
            source.set(Source.TABLE);
        }
    }

    /** Recomputes the table from the current source, or explains why it cannot. */
    void estimate() {
        InterferenceData current = data.get();
        if (current == null) {
            clear("");
            return;
        }
        Map<String, String> strategyByGroup;
        try {
            strategyByGroup = strategies(current);
        } catch (IllegalArgumentException invalid) {
            clear(invalid.getMessage());
            return;
        }
        if (strategyByGroup == null) {
            return;
        }
        try {
            HudgensHalloranReport computed =
                    HudgensHalloranReport.compute(current, strategyByGroup);
            report.set(computed);
            effects.setAll(computed.effects());
            strategies.setAll(computed.strategies());
            notes.set(String.join("\n", computed.notes()));
            error.set("");
        } catch (IllegalArgumentException invalid) {
            LOG.info("Hudgens-Halloran estimate rejected: {}", invalid.getMessage());
            clear(invalid.getMessage());
        }
    }

    /** Returns the strategy of every group, or {@code null} after clearing with a prompt. */
    private Map<String, String> strategies(InterferenceData current) {
        if (source.get() == Source.TABLE) {
            if (strategyTable.get() == null) {
                clear("Load a strategy table: a CSV file with a header, the group in the first"
                        + " column and its strategy in the second.");
                return null;
            }
            return strategyTable.get().strategyByGroup();
        }
        String column = strategyColumn.get();
        if (column == null || column.isEmpty()) {
            clear(current.covariateNames().isEmpty()
                    ? "This unit table has no covariate column that could hold the strategy."
                            + " Load a strategy table, or import the table again with the"
                            + " strategy column ticked as a covariate."
                    : "Choose the covariate column that contains each group's strategy, or load"
                            + " a strategy table.");
            return null;
        }
        return GroupStrategies.fromColumn(current, column);
    }

    private void clear(String message) {
        report.set(null);
        effects.clear();
        strategies.clear();
        notes.set("");
        error.set(message);
    }

    /** Returns where the strategies come from. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** Returns the covariate column that contains the strategies, empty for none. */
    public StringProperty strategyColumnProperty() {
        return strategyColumn;
    }

    /** Returns the covariate columns of the unit table, the candidate strategy columns. */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    /**
     * Returns the strategy of every group as read from the loaded strategy table, in the order
     * of the unit table, or {@code null} when no table is loaded for the current unit table.
     */
    public Map<String, String> loadedStrategies() {
        return strategyTable.get() == null ? null : strategyTable.get().strategyByGroup();
    }

    /** Returns the strategy table loaded for the current unit table, or {@code null}. */
    ReadOnlyObjectProperty<StrategyTable> strategyTableProperty() {
        return strategyTable.getReadOnlyProperty();
    }

    /** Returns the report on screen, or {@code null} when there is none. */
    public ReadOnlyObjectProperty<HudgensHalloranReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Returns the effect rows of the report on screen. */
    public ObservableList<EffectRow> effects() {
        return effects;
    }

    /** Returns the strategy rows of the report on screen. */
    public ObservableList<StrategyRow> strategies() {
        return strategies;
    }

    /** Returns the report's notes, one per line. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Returns why there is no report, or a prompt for what to choose, empty when there is one. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
