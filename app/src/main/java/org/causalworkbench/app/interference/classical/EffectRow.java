package org.causalworkbench.app.interference.classical;

/**
 * One row of the Hudgens-Halloran table.
 *
 * @param effect the effect with its strategies, such as {@code IE(low, high)}
 * @param estimate the point estimate, {@code NaN} when the effect is undefined
 * @param standardError the square root of the simple between-group variance, {@code NaN}
 *     when undefined
 * @param groups the groups used, such as "80" or "80 + 80"
 * @param note why the effect is undefined, empty when it is defined
 */
public record EffectRow(String effect, double estimate, double standardError, String groups,
        String note) {

    /** Returns the lower end of the normal 95% interval, {@code NaN} when undefined. */
    public double lower() {
        return estimate - 1.96 * standardError;
    }

    /** Returns the upper end of the normal 95% interval, {@code NaN} when undefined. */
    public double upper() {
        return estimate + 1.96 * standardError;
    }
}
