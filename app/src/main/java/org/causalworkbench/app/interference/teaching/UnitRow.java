package org.causalworkbench.app.interference.teaching;

/**
 * One row of a teaching example's unit table.
 *
 * @param id the unit id, from 1
 * @param treatment T, 0 or 1
 * @param outcome Y
 * @param signature I as exact fractions, "missing" when undefined
 */
public record UnitRow(int id, int treatment, double outcome, String signature) {
}
