package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiabilityCheckTest {

    /**
     * Two complete bipartite graphs K(3,3) between households of three; in every household
     * the first two members are treated, so each unit has 2 treated neighbours.
     */
    private static final int[][] NEIGHBOURS = {
        {3, 4, 5}, {3, 4, 5}, {3, 4, 5}, {0, 1, 2}, {0, 1, 2}, {0, 1, 2},
        {9, 10, 11}, {9, 10, 11}, {9, 10, 11}, {6, 7, 8}, {6, 7, 8}, {6, 7, 8}};
    private static final int[] TREATMENT = {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0};

    @Test
    void bipartiteDemo_twoModelsGiveSameEstimateAndFlag() {
        ExactFraction[] counts =
                SignatureBuilder.withDefaults().treatedNeighbourCount(NEIGHBOURS, TREATMENT);
        List<Signature> signatures = SignatureBuilder.combine(counts);
        double[] productModel = new double[12];
        double[] additiveModel = new double[12];
        for (int i = 0; i < 12; i++) {
            productModel[i] = TREATMENT[i] * counts[i].doubleValue();
            additiveModel[i] = 2.0 * TREATMENT[i];
        }

        TaceResult first =
                TaceEstimator.withDefaults().estimate(TREATMENT, productModel, null, signatures);
        TaceResult second =
                TaceEstimator.withDefaults().estimate(TREATMENT, additiveModel, null, signatures);
        IdentifiabilityResult atZero =
                IdentifiabilityCheck.check(signatures, first.tace(), ExactFraction.ZERO);
        IdentifiabilityResult atOne =
                IdentifiabilityCheck.check(signatures, first.tace(), ExactFraction.of(1));

        // Y = T I with alpha = 1 and Y = 2T agree on every unit; their TACEs at the product
        // default I = 1 are 1 and 2.
        assertArrayEquals(productModel, additiveModel, 0.0);
        assertEquals(2.0, first.tace().hajek(), 1e-12);
        assertEquals(first.tace().hajek(), second.tace().hajek(), 0.0);
        assertEquals(first.tace().horvitzThompson(), second.tace().horvitzThompson(), 0.0);
        assertFalse(atZero.defaultInSupport());
        assertFalse(atOne.defaultInSupport());
        assertEquals(IdentifiabilityCheck.NOT_IDENTIFIABLE, atZero.message());
        assertEquals(List.of(ExactFraction.of(2)), atZero.minimum());
        assertEquals(List.of(ExactFraction.of(2)), atZero.maximum());
    }

    @Test
    void defaultInsideKeptRange_isNotFlagged() {
        int[] treatment = {1, 0, 1, 0};
        double[] outcome = {1, 0, 2, 1};
        List<Signature> signatures = List.of(Signature.of(ExactFraction.ZERO),
                Signature.of(ExactFraction.ZERO), Signature.of(new ExactFraction(1, 2)),
                Signature.of(new ExactFraction(1, 2)));
        TaceResult result =
                TaceEstimator.withDefaults().estimate(treatment, outcome, null, signatures);

        IdentifiabilityResult check =
                IdentifiabilityCheck.check(signatures, result.tace(), ExactFraction.ZERO);

        assertTrue(check.defaultInSupport());
        assertEquals("", check.message());
    }

    @Test
    void trimmedUnits_doNotCountAsSupport() {
        // The only units at I = 0 are treated, so their cell is dropped.
        int[] treatment = {1, 1, 1, 0, 1, 0};
        double[] outcome = {1, 1, 3, 2, 3, 2};
        Signature zero = Signature.of(ExactFraction.ZERO);
        Signature third = Signature.of(new ExactFraction(1, 3));
        List<Signature> signatures = List.of(zero, zero, third, third, third, third);
        TaceResult result =
                TaceEstimator.withDefaults().estimate(treatment, outcome, null, signatures);

        IdentifiabilityResult check =
                IdentifiabilityCheck.check(signatures, result.tace(), ExactFraction.ZERO);

        assertFalse(check.defaultInSupport());
        assertEquals(List.of(new ExactFraction(1, 3)), check.minimum());
    }
}
