package org.causalworkbench.estimators.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds a balanced unit-by-time panel built from a long table: one outcome for every unit at
 * every time, with the file line each value came from.
 *
 * <p>A missing outcome (an empty cell or {@code NA}) is stored as {@code NaN}; estimators decide
 * what to do with it. Times are sorted ascending; units keep the order of their first row.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class Panel {

    private final String sourceName;
    private final PanelSpec spec;
    private final List<String> units;
    private final Map<String, Integer> unitIndex;
    private final double[] times;
    private final double[][] outcomes;
    private final long[][] lines;
    private final boolean[][] treatment;

    Panel(String sourceName, PanelSpec spec, List<String> units, Map<String, Integer> unitIndex,
            double[] times, double[][] outcomes, long[][] lines, boolean[][] treatment) {
        this.sourceName = sourceName;
        this.spec = spec;
        this.units = List.copyOf(units);
        this.unitIndex = Map.copyOf(unitIndex);
        this.times = times;
        this.outcomes = outcomes;
        this.lines = lines;
        this.treatment = treatment;
    }

    /** Returns the name used in messages, usually the file name. */
    public String sourceName() {
        return sourceName;
    }

    /** Returns the column roles the panel was built with. */
    public PanelSpec spec() {
        return spec;
    }

    /** Returns the unit names in order of their first row. */
    public List<String> units() {
        return units;
    }

    /** Returns the number of units. */
    public int unitCount() {
        return units.size();
    }

    /** Returns the number of distinct times. */
    public int timeCount() {
        return times.length;
    }

    /** Returns the sorted distinct times, as a copy. */
    public double[] times() {
        return times.clone();
    }

    /** Returns one time by index. */
    public double time(int timeIndex) {
        return times[timeIndex];
    }

    /**
     * Returns the index of a unit.
     *
     * @param unit the unit name, matched exactly
     * @return the index, or empty when the panel has no such unit
     */
    public Optional<Integer> findUnit(String unit) {
        return Optional.ofNullable(unitIndex.get(unit));
    }

    /** Returns one outcome, {@code NaN} where the cell was missing. */
    public double outcome(int unitIndex, int timeIndex) {
        return outcomes[unitIndex][timeIndex];
    }

    /** Returns one unit's outcomes over all times, as a copy. */
    public double[] outcomes(int unitIndex) {
        return outcomes[unitIndex].clone();
    }

    /** Returns the one-based file line that contains a unit's row at a time. */
    public long line(int unitIndex, int timeIndex) {
        return lines[unitIndex][timeIndex];
    }

    /** Returns whether the data has a treatment flag column. */
    public boolean hasTreatmentFlag() {
        return treatment != null;
    }

    /**
     * Returns the treatment flag of one cell.
     *
     * @throws IllegalStateException if the panel has no treatment column
     */
    public boolean treated(int unitIndex, int timeIndex) {
        if (treatment == null) {
            throw new IllegalStateException(sourceName + " has no treatment column");
        }
        return treatment[unitIndex][timeIndex];
    }

    /**
     * Formats a time for display: whole numbers without a decimal point.
     *
     * @param time a time value
     * @return for example {@code 1989} or {@code 2.5}
     */
    public static String formatTime(double time) {
        if (time == Math.rint(time) && Math.abs(time) < 1e15) {
            return Long.toString((long) time);
        }
        return Double.toString(time);
    }
}
