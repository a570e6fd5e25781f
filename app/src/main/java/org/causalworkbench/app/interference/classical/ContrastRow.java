package org.causalworkbench.app.interference.classical;

/**
 * One contrast tau(d_k, d_l) of the Aronow-Samii table.
 *
 * @param contrast the contrast, such as {@code c10 - c00}
 * @param horvitzThompson the difference of the Horvitz-Thompson means
 * @param horvitzThompsonError its conservative standard error
 * @param hajek the difference of the Hajek means
 * @param hajekError its linearised standard error
 * @param undefinedReason why the contrast is undefined, such as "no unit observed in c00", or
 *     an empty string when it is defined
 */
public record ContrastRow(String contrast, double horvitzThompson, double horvitzThompsonError,
        double hajek, double hajekError, String undefinedReason) {

    /** Formats an estimate of this row: 4 decimals, or "undefined". */
    String show(double value) {
        return undefinedReason.isEmpty() ? Tables.number(value) : "undefined";
    }
}
