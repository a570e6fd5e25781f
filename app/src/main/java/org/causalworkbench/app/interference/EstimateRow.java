package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the estimates table and the forest plot: an estimator's Horvitz-Thompson and
 * Hajek estimates, the units it kept, and optionally an interval and flags.
 *
 * <p>Rows are open for other estimators: a classical baseline or an extension adds a row, a
 * bootstrap fills {@link #interval()} with {@link #withInterval(Interval)}, and a check adds a
 * flag with {@link #withFlag(String)}. Estimators with a single point estimate put it in
 * {@code hajek} and leave {@code horvitzThompson} at {@code NaN}.
 *
 * @param label the row's name, such as "TACE (X, I)"
 * @param adjustment what the estimator adjusts for, in words
 * @param horvitzThompson the Horvitz-Thompson estimate, {@code NaN} when not computed
 * @param hajek the Hajek estimate, the one the forest plot shows
 * @param unitsKept the units that enter the estimate
 * @param units all units
 * @param interval an interval around the Hajek estimate, if computed
 * @param flags short warnings shown beside the row, such as an overlap problem
 */
public record EstimateRow(String label, String adjustment, double horvitzThompson,
        double hajek, int unitsKept, int units, Optional<Interval> interval,
        List<String> flags) {

    /**
     * An interval around an estimate.
     *
     * @param lower the lower end
     * @param upper the upper end
     * @param method how it was computed, for example "95% block bootstrap, D_sr inflation"
     */
    public record Interval(double lower, double upper, String method) {

        /**
         * Checks the ends.
         *
         * @throws IllegalArgumentException if an end is not finite or lower exceeds upper
         */
        public Interval {
            Objects.requireNonNull(method, "method");
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
                throw new IllegalArgumentException("Invalid interval [" + lower + ", " + upper
                        + "]: the ends must be finite with lower <= upper.");
            }
        }
    }

    /** Copies the flags. */
    public EstimateRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(interval, "interval");
        flags = List.copyOf(flags);
    }

    /** Returns a copy with the given interval. */
    public EstimateRow withInterval(Interval newInterval) {
        return new EstimateRow(label, adjustment, horvitzThompson, hajek, unitsKept, units,
                Optional.of(newInterval), flags);
    }

    /** Returns a copy with one more flag. */
    public EstimateRow withFlag(String flag) {
        List<String> more = new java.util.ArrayList<>(flags);
        more.add(flag);
        return new EstimateRow(label, adjustment, horvitzThompson, hajek, unitsKept, units,
                interval, more);
    }
}
