package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rejects inputs whose weights or sums leave the range of doubles, and explains one arm. */
class NumericLimitsTest {

    private static final double[][] DISTANCES = {{0, 2, 3}, {2, 0, 4}, {3, 4, 0}};

    @Test
    void inverseDistance_underflowingWeights_explains() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults()
                        .inverseDistance(DISTANCES, new int[] {1, 0, 1}, 1000));
        assertTrue(error.getMessage().contains("underflow"), error.getMessage());
        assertTrue(error.getMessage().contains("smaller power"), error.getMessage());
    }

    @Test
    void inverseDistance_overflowingWeight_explains() {
        double[][] distances = {{0, 1e-200, 3}, {1e-200, 0, 4}, {3, 4, 0}};
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults()
                        .inverseDistance(distances, new int[] {1, 0, 1}, 2));
        assertTrue(error.getMessage().contains("overflow"), error.getMessage());
        assertTrue(error.getMessage().contains("1.0E-200"), error.getMessage());
    }

    @Test
    void exactFraction_minimumLong_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ExactFraction(Long.MIN_VALUE, -1));
        assertTrue(error.getMessage().contains("must lie in"), error.getMessage());
    }

    @Test
    void estimate_hugeOutcomes_asksToRescale() {
        int n = 100;
        int[] treatment = new int[n];
        double[] outcome = new double[n];
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            treatment[i] = i % 2;
            outcome[i] = 1.7e308;
            signatures.add(new Signature(List.of(ExactFraction.of(i % 3 == 0 ? 1 : 0))));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TaceEstimator.withDefaults().estimate(treatment, outcome, null,
                        signatures));
        assertTrue(error.getMessage().contains("rescale the outcome"), error.getMessage());
    }

    @Test
    void estimate_allTreated_saysOneArm() {
        int[] treatment = {1, 1, 1, 1};
        double[] outcome = {1, 2, 3, 4};
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signatures.add(new Signature(List.of(ExactFraction.of(i % 2))));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TaceEstimator.withDefaults().estimate(treatment, outcome, null,
                        signatures));
        assertTrue(error.getMessage().contains("only one arm: all 4 units are treated"), error.getMessage());
        assertTrue(error.getMessage().contains("no adjustment"), error.getMessage());
    }
}
