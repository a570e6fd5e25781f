package org.causalworkbench.estimators.synth;

import java.util.Objects;
import org.causalworkbench.estimators.data.Panel;

/**
 * One predictor of the predictor-weighted synthetic control: the mean of a numeric column over an
 * inclusive range of times, for example retail price averaged over 1980-1988 or the outcome in
 * 1975 alone.
 *
 * @param column the column in the long table, the outcome column for an outcome lag
 * @param fromTime the first time of the window, inclusive
 * @param toTime the last time of the window, inclusive
 */
public record Predictor(String column, double fromTime, double toTime) {

    /** Checks the column name and the window. */
    public Predictor {
        Objects.requireNonNull(column, "column");
        if (!(fromTime <= toTime)) {
            throw new IllegalArgumentException("predictor '" + column + "' has an empty window "
                    + Panel.formatTime(fromTime) + "-" + Panel.formatTime(toTime)
                    + "; give the first time before or equal to the last.");
        }
    }

    /** Returns the mean of a column over {@code fromTime..toTime}, both inclusive. */
    public static Predictor mean(String column, double fromTime, double toTime) {
        return new Predictor(column, fromTime, toTime);
    }

    /** Returns the value of a column at one time, such as an outcome lag. */
    public static Predictor at(String column, double time) {
        return new Predictor(column, time, time);
    }

    /** Returns a label such as {@code retprice 1980-1988} or {@code cigsale 1975}. */
    public String label() {
        return fromTime == toTime ? column + " " + Panel.formatTime(fromTime)
                : column + " " + Panel.formatTime(fromTime) + "-" + Panel.formatTime(toTime);
    }
}
