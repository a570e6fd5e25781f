package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and groups the per-unit inputs shared by the classical estimators. */
final class UnitInputs {

    private UnitInputs() {
    }

    static void checkTreatment(int[] treatment, int expectedLength) {
        checkLength("treatment", treatment.length, expectedLength);
        for (int i = 0; i < treatment.length; i++) {
            if (treatment[i] != 0 && treatment[i] != 1) {
                throw new IllegalArgumentException("Invalid treatment " + treatment[i]
                        + " for unit " + i + ": use 0 or 1.");
            }
        }
    }

    static void checkOutcome(double[] outcome, int expectedLength) {
        checkLength("outcome", outcome.length, expectedLength);
        for (int i = 0; i < outcome.length; i++) {
            if (!Double.isFinite(outcome[i])) {
                throw new IllegalArgumentException("Invalid outcome " + outcome[i]
                        + " for unit " + i + ": outcomes must be finite.");
            }
        }
    }

    /** Lists the unit indices of each group, in order of the groups' first appearance. */
    static Map<Object, List<Integer>> groupMembers(List<?> groupLabels) {
        Map<Object, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groupLabels.size(); i++) {
            Object label = groupLabels.get(i);
            if (label == null) {
                throw new IllegalArgumentException("Missing group label for unit " + i
                        + ": give every unit a group.");
            }
            members.computeIfAbsent(label, key -> new ArrayList<>()).add(i);
        }
        return members;
    }

    static void checkLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + name + " vector has " + length
                    + " entries, expected " + expected + " (one per unit).");
        }
    }
}
