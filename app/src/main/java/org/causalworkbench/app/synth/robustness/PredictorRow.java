package org.causalworkbench.app.synth.robustness;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.causalworkbench.estimators.synth.Predictor;

/** One editable row of the predictor editor: a column averaged from one time to another. */
public final class PredictorRow {

    private final StringProperty column = new SimpleStringProperty(this, "column");
    private final ObjectProperty<Double> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<Double> to = new SimpleObjectProperty<>(this, "to");

    /**
     * Creates a row.
     *
     * @param column the column of the long table
     * @param from the first time of the window, inclusive
     * @param to the last time of the window, inclusive
     */
    public PredictorRow(String column, double from, double to) {
        this.column.set(column);
        this.from.set(from);
        this.to.set(to);
    }

    /** Returns the column. */
    public StringProperty columnProperty() {
        return column;
    }

    /** Returns the first time of the window. */
    public ObjectProperty<Double> fromProperty() {
        return from;
    }

    /** Returns the last time of the window. */
    public ObjectProperty<Double> toProperty() {
        return to;
    }

    /**
     * Returns the predictor this row describes.
     *
     * @param position the row's position from 1, for the error message
     * @throws IllegalArgumentException if a cell is empty or the window is reversed
     */
    Predictor toPredictor(int position) {
        if (column.get() == null || column.get().isBlank() || from.get() == null
                || to.get() == null) {
            throw new IllegalArgumentException("Predictor row " + position + " has an empty"
                    + " cell: choose a column and type both times.");
        }
        try {
            return new Predictor(column.get(), from.get(), to.get());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("Predictor row " + position + ": "
                    + invalid.getMessage(), invalid);
        }
    }
}
