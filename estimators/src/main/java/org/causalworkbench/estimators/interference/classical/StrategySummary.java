package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups assigned to one allocation strategy psi and their population-level means.
 *
 * @param strategy the strategy label
 * @param groups one summary per group, in order of first appearance in the input
 */
public record StrategySummary(Object strategy, List<GroupSummary> groups) {

    /** Copies the list so the record stays immutable. */
    public StrategySummary {
        groups = List.copyOf(groups);
    }

    /** Returns the number of groups C assigned to the strategy. */
    public int groupCount() {
        return groups.size();
    }

    /** Returns the number of units in the strategy's groups. */
    public int unitCount() {
        int units = 0;
        for (GroupSummary group : groups) {
            units += group.size();
        }
        return units;
    }

    /**
     * Returns {@code Y(0; psi)}, the mean over groups of the untreated means, or {@code NaN}
     * when a group has no untreated member.
     */
    public double untreatedMean() {
        return meanOverGroups(0);
    }

    /**
     * Returns {@code Y(1; psi)}, the mean over groups of the treated means, or {@code NaN}
     * when a group has no treated member.
     */
    public double treatedMean() {
        return meanOverGroups(1);
    }

    /** Returns {@code Y(psi)}, the mean over groups of each group's mean outcome. */
    public double outcomeMean() {
        double sum = 0;
        for (GroupSummary group : groups) {
            sum += group.outcomeMean();
        }
        return sum / groups.size();
    }

    /** Returns the labels of groups without a treated member, where {@code Y_i(1)} is undefined. */
    public List<Object> groupsWithoutTreated() {
        List<Object> labels = new ArrayList<>();
        for (GroupSummary group : groups) {
            if (group.treated() == 0) {
                labels.add(group.group());
            }
        }
        return labels;
    }

    /** Returns the labels of groups without an untreated member, where {@code Y_i(0)} is undefined. */
    public List<Object> groupsWithoutUntreated() {
        List<Object> labels = new ArrayList<>();
        for (GroupSummary group : groups) {
            if (group.untreated() == 0) {
                labels.add(group.group());
            }
        }
        return labels;
    }

    private double meanOverGroups(int arm) {
        double sum = 0;
        for (GroupSummary group : groups) {
            sum += group.armMean(arm);
        }
        return sum / groups.size();
    }
}
