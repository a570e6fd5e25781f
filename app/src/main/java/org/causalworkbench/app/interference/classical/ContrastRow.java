package org.causalworkbench.app.interference.classical;

/**
 * One contrast tau(d_k, d_l) of the Aronow-Samii table.
 *
 * @param contrast the contrast, such as {@code c10 - c00}
 * @param horvitzThompson the difference of the Horvitz-Thompson means
 * @param horvitzThompsonError its conservative standard error
 * @param hajek the difference of the Hajek means
 * @param hajekError its linearised standard error
 */
public record ContrastRow(String contrast, double horvitzThompson, double horvitzThompsonError,
        double hajek, double hajekError) {
}
