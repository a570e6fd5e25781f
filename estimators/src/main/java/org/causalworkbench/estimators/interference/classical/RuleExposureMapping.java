package org.causalworkbench.estimators.interference.classical;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An exposure mapping that applies a user rule to each unit. */
final class RuleExposureMapping implements ExposureMapping {

    private final List<String> conditions;
    private final int unitCount;
    private final UnitRule rule;

    RuleExposureMapping(List<String> conditions, int unitCount, UnitRule rule) {
        this.conditions = checkConditions(conditions);
        if (unitCount < 1) {
            throw new IllegalArgumentException("Invalid unit count " + unitCount
                    + ": an exposure mapping needs at least 1 unit.");
        }
        this.unitCount = unitCount;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    static List<String> checkConditions(List<String> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("An exposure mapping needs at least 1 condition.");
        }
        Set<String> seen = new HashSet<>();
        for (String condition : conditions) {
            if (condition == null || condition.isBlank()) {
                throw new IllegalArgumentException("Exposure condition names must not be blank,"
                        + " but the list " + conditions + " has one.");
            }
            if (!seen.add(condition)) {
                throw new IllegalArgumentException("Exposure condition '" + condition
                        + "' occurs twice in " + conditions + "; names must be unique.");
            }
        }
        return List.copyOf(conditions);
    }

    @Override
    public List<String> conditions() {
        return conditions;
    }

    @Override
    public int unitCount() {
        return unitCount;
    }

    @Override
    public int[] exposures(int[] assignment) {
        int[] exposures = new int[unitCount];
        for (int i = 0; i < unitCount; i++) {
            exposures[i] = rule.exposure(i, assignment);
        }
        return exposures;
    }
}
