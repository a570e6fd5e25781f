package org.causalworkbench.estimators.interference.classical;

/** Checks of per-unit input vectors shared by the classical estimators. */
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

    static void checkLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + name + " vector has " + length
                    + " entries, expected " + expected + " (one per unit).");
        }
    }
}
