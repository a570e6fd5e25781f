package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;

/** Builds the (X, I) cell key of each unit for cell-frequency methods. */
final class CellKeys {

    private CellKeys() {
    }

    /**
     * Returns the signature, or the pair (covariate cell, signature), per unit, and
     * {@code null} where the signature is missing.
     *
     * @param covariateCells covariate cell per unit, or {@code null} for none
     */
    static List<Object> joint(List<?> covariateCells, List<Signature> signatures) {
        List<Object> keys = new ArrayList<>(signatures.size());
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (signature == null) {
                keys.add(null);
            } else {
                keys.add(covariateCells == null ? signature
                        : List.of(covariateCells.get(i), signature));
            }
        }
        return keys;
    }

    /** Returns the indices of the units that have a signature. */
    static int[] withSignature(List<Signature> signatures) {
        return java.util.stream.IntStream.range(0, signatures.size())
                .filter(i -> signatures.get(i) != null).toArray();
    }
}
