package org.causalworkbench.app.interference.classical;

/**
 * The groups and means of one allocation strategy.
 *
 * @param strategy the strategy label
 * @param groups the number of groups on the strategy
 * @param units the number of units in those groups
 * @param treatedFraction the fraction of those units treated
 * @param untreatedMean {@code Y(0; psi)}, {@code NaN} when a group has no untreated member
 * @param treatedMean {@code Y(1; psi)}, {@code NaN} when a group has no treated member
 * @param outcomeMean {@code Y(psi)}, the mean over groups of the group means
 */
public record StrategyRow(String strategy, int groups, int units, double treatedFraction,
        double untreatedMean, double treatedMean, double outcomeMean) {
}
