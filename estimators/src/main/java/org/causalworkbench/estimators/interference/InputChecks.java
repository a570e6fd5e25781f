package org.causalworkbench.estimators.interference;

import java.util.List;

/** Checks the unit-level inputs shared by the TACE estimators and checks. */
final class InputChecks {

    private InputChecks() {
    }

    static void check(int[] treatment, double[] outcome, List<?> covariateCells,
            List<Signature> signatures) {
        int n = treatment.length;
        if (n < 2) {
            throw new IllegalArgumentException(
                    "The estimate needs at least 2 units, but " + n + " were given.");
        }
        SignatureBuilder.checkTreatment(treatment, n);
        checkLength("outcome", outcome.length, n);
        checkLength("signature", signatures.size(), n);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(outcome[i])) {
                throw new IllegalArgumentException("Invalid outcome " + outcome[i] + " for unit "
                        + i + ": outcomes must be finite.");
            }
        }
        if (covariateCells != null) {
            checkLength("covariate", covariateCells.size(), n);
            for (int i = 0; i < n; i++) {
                if (covariateCells.get(i) == null) {
                    throw new IllegalArgumentException("Missing covariate value for unit " + i
                            + ": drop the unit or give it a value.");
                }
            }
        }
    }

    private static void checkLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + name + " input has " + length
                    + " entries, expected " + expected + " (one per unit).");
        }
    }
}
