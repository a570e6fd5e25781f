package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.causalworkbench.estimators.interference.classical.EffectEstimate.Kind;

/**
 * Group and strategy summaries of a two-stage randomised experiment, from which
 * {@link #direct}, {@link #indirect}, {@link #total} and {@link #overall} compute the
 * Hudgens-Halloran effects and their simple variances (formulas in {@link HudgensHalloran}).
 *
 * @param strategies one summary per strategy, each with at least 2 groups, in order of the
 *     strategies' first appearance among the groups
 * @param signConvention the sign convention of every effect, for display
 */
public record HudgensHalloranResult(List<StrategySummary> strategies, String signConvention) {

    /** Copies the list so the record stays immutable. */
    public HudgensHalloranResult {
        strategies = List.copyOf(strategies);
    }

    /**
     * Returns the summary of one strategy.
     *
     * @throws IllegalArgumentException if no group was assigned the strategy
     */
    public StrategySummary strategy(Object label) {
        for (StrategySummary summary : strategies) {
            if (Objects.equals(summary.strategy(), label)) {
                return summary;
            }
        }
        List<Object> known = new ArrayList<>();
        for (StrategySummary summary : strategies) {
            known.add(summary.strategy());
        }
        throw new IllegalArgumentException("Unknown strategy '" + label + "': the data have "
                + known + ".");
    }

    /**
     * Estimates {@code DE(psi) = Y(0; psi) - Y(1; psi)}.
     *
     * @throws IllegalArgumentException if the strategy is unknown or a group on it has no
     *     treated or no untreated member
     */
    public EffectEstimate direct(Object psi) {
        StrategySummary summary = strategy(psi);
        requireArm(summary, 0, "DE");
        requireArm(summary, 1, "DE");
        double[] differences = new double[summary.groupCount()];
        for (int i = 0; i < differences.length; i++) {
            GroupSummary group = summary.groups().get(i);
            differences[i] = group.untreatedMean() - group.treatedMean();
        }
        int groups = differences.length;
        return new EffectEstimate(Kind.DIRECT, psi, psi, SampleMoments.mean(differences),
                SampleMoments.varianceOfMean(differences), groups, groups);
    }

    /**
     * Estimates {@code IE(psi0, psi1) = Y(0; psi0) - Y(0; psi1)}.
     *
     * @throws IllegalArgumentException if a strategy is unknown, the two are equal, or a
     *     group on either has no untreated member
     */
    public EffectEstimate indirect(Object psi0, Object psi1) {
        return betweenStrategies(Kind.INDIRECT, psi0, 0, psi1, 0);
    }

    /**
     * Estimates {@code TE(psi0, psi1) = Y(0; psi0) - Y(1; psi1)}.
     *
     * @throws IllegalArgumentException if a strategy is unknown, the two are equal, a group
     *     on psi0 has no untreated member or a group on psi1 has no treated member
     */
    public EffectEstimate total(Object psi0, Object psi1) {
        return betweenStrategies(Kind.TOTAL, psi0, 0, psi1, 1);
    }

    /**
     * Estimates {@code OE(psi0, psi1) = Y(psi0) - Y(psi1)}.
     *
     * @throws IllegalArgumentException if a strategy is unknown or the two are equal
     */
    public EffectEstimate overall(Object psi0, Object psi1) {
        return betweenStrategies(Kind.OVERALL, psi0, -1, psi1, -1);
    }

    /** Arm -1 stands for the group's mean over all members. */
    private EffectEstimate betweenStrategies(Kind kind, Object psi0, int arm0, Object psi1,
            int arm1) {
        if (Objects.equals(psi0, psi1)) {
            throw new IllegalArgumentException(kind + " needs two different strategies, but"
                    + " both are '" + psi0 + "'; use direct(psi) for a single strategy.");
        }
        double[] values0 = groupValues(strategy(psi0), arm0, kind);
        double[] values1 = groupValues(strategy(psi1), arm1, kind);
        double estimate = SampleMoments.mean(values0) - SampleMoments.mean(values1);
        double variance = SampleMoments.varianceOfMean(values0)
                + SampleMoments.varianceOfMean(values1);
        return new EffectEstimate(kind, psi0, psi1, estimate, variance, values0.length,
                values1.length);
    }

    private static double[] groupValues(StrategySummary summary, int arm, Kind kind) {
        if (arm >= 0) {
            requireArm(summary, arm, kind.name());
        }
        double[] values = new double[summary.groupCount()];
        for (int i = 0; i < values.length; i++) {
            GroupSummary group = summary.groups().get(i);
            values[i] = arm < 0 ? group.outcomeMean() : group.armMean(arm);
        }
        return values;
    }

    private static void requireArm(StrategySummary summary, int arm, String effect) {
        List<Object> lacking = arm == 0 ? summary.groupsWithoutUntreated()
                : summary.groupsWithoutTreated();
        if (!lacking.isEmpty()) {
            String armName = arm == 0 ? "untreated" : "treated";
            throw new IllegalArgumentException(effect + " is undefined for strategy '"
                    + summary.strategy() + "': group '" + lacking.get(0) + "' has no "
                    + armName + " member (" + lacking.size() + " such group(s) in all: "
                    + lacking + "). Drop these groups or use a design that treats a fixed"
                    + " number of members per group, between 1 and n_i - 1.");
        }
    }
}
