package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureBuilderTest {

    /** Two households of four with T = (1, 1, 0, 0 | 1, 1, 1, 0). */
    private static final int[] HOUSEHOLD_TREATMENT = {1, 1, 0, 0, 1, 1, 1, 0};
    private static final List<String> HOUSEHOLDS = List.of("a", "a", "a", "a", "b", "b", "b", "b");

    private static ExactFraction f(long numerator, long denominator) {
        return new ExactFraction(numerator, denominator);
    }

    private static int[][] twoCliquesOfFour() {
        return new int[][] {
            {1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2},
            {5, 6, 7}, {4, 6, 7}, {4, 5, 7}, {4, 5, 6}};
    }

    @Test
    void groupFraction_matchesHandValues_twoHouseholds() {
        ExactFraction[] expected = {
            f(1, 3), f(1, 3), f(2, 3), f(2, 3), f(2, 3), f(2, 3), f(2, 3), f(1, 1)};

        ExactFraction[] actual =
                SignatureBuilder.withDefaults().groupFraction(HOUSEHOLDS, HOUSEHOLD_TREATMENT);

        assertArrayEquals(expected, actual);
    }

    @Test
    void adjacentFraction_equalsGroupFraction_cliqueGraph() {
        SignatureBuilder builder = SignatureBuilder.withDefaults();

        ExactFraction[] adjacent =
                builder.adjacentFraction(twoCliquesOfFour(), HOUSEHOLD_TREATMENT);

        assertArrayEquals(builder.groupFraction(HOUSEHOLDS, HOUSEHOLD_TREATMENT), adjacent);
    }

    @Test
    void exactFraction_equalFractionsCompareEqual_differentTerms() {
        assertEquals(f(1, 3), f(2, 6));
        assertEquals(f(1, 3).hashCode(), f(2, 6).hashCode());
        assertEquals(f(-1, 2), f(1, -2));
        assertEquals("1/3", f(2, 6).toString());
    }

    @Test
    void exactFraction_zeroDenominator_throws() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> f(1, 0));

        assertTrue(error.getMessage().contains("denominator must not be 0"), error.getMessage());
    }

    @Test
    void treatedNeighbourCount_countsTreated_pathGraph() {
        int[][] path = {{1}, {0, 2}, {1, 3}, {2}};
        int[] treatment = {1, 0, 1, 1};

        ExactFraction[] counts =
                SignatureBuilder.withDefaults().treatedNeighbourCount(path, treatment);

        assertArrayEquals(new ExactFraction[] {
            ExactFraction.of(0), ExactFraction.of(2), ExactFraction.of(1), ExactFraction.of(1)},
                counts);
    }

    @Test
    void inverseDistance_weightsByPower_threeUnits() {
        double[][] distances = {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}};
        int[] treatment = {0, 1, 1};

        double[] squared = SignatureBuilder.withDefaults().inverseDistance(distances, treatment, 2);
        double[] linear = SignatureBuilder.withDefaults().inverseDistance(distances, treatment, 1);

        // Unit 0: weights 1 and 1/4, both neighbours treated, so 1.
        assertEquals(1.0, squared[0], 1e-15);
        // Unit 1: weights 1 and 1, one treated, so 1/2.
        assertEquals(0.5, squared[1], 1e-15);
        // Unit 2: weights 1/4 (untreated) and 1 (treated), so 1 / 1.25.
        assertEquals(0.8, squared[2], 1e-15);
        // Unit 2 with power 1: weights 1/2 and 1, so 1 / 1.5.
        assertEquals(2.0 / 3.0, linear[2], 1e-15);
    }

    @Test
    void inverseDistance_nonPositiveDistance_throws() {
        double[][] distances = {{0, 0}, {0, 0}};

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults()
                        .inverseDistance(distances, new int[] {1, 0}, 2));

        assertTrue(error.getMessage().contains("must be positive"), error.getMessage());
    }

    @Test
    void ownTreatmentModifier_clipsAtZero_treatedUnits() {
        ExactFraction[] base = {f(1, 20), f(1, 2), f(1, 2), null};
        int[] treatment = {1, 1, 0, 1};

        ExactFraction[] modified = SignatureBuilder.withDefaults()
                .ownTreatmentModifier(base, treatment, f(1, 10));

        assertEquals(ExactFraction.ZERO, modified[0]);
        assertEquals(f(2, 5), modified[1]);
        assertEquals(f(1, 2), modified[2]);
        assertNull(modified[3]);
    }

    @Test
    void adjacentFraction_isolatedUnitRejected_defaultPolicy() {
        int[][] neighbours = {{1}, {0}, {}};

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults().adjacentFraction(neighbours, new int[3]));

        assertTrue(error.getMessage().contains("Unit 2 has no neighbours"), error.getMessage());
        assertTrue(error.getMessage().contains("IsolatedUnitPolicy.ZERO or MISSING"),
                error.getMessage());
    }

    @Test
    void adjacentFraction_zeroOrMissing_isolatedUnit() {
        int[][] neighbours = {{1}, {0}, {}};
        int[] treatment = {1, 1, 1};

        ExactFraction[] zero = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.ZERO)
                .adjacentFraction(neighbours, treatment);
        ExactFraction[] missing = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.MISSING)
                .adjacentFraction(neighbours, treatment);

        assertEquals(ExactFraction.ZERO, zero[2]);
        assertNull(missing[2]);
        assertEquals(ExactFraction.of(1), missing[0]);
    }

    @Test
    void groupFraction_loneMemberRejected_defaultPolicy() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults()
                        .groupFraction(List.of("a", "a", "b"), new int[] {1, 0, 1}));

        assertTrue(error.getMessage().contains("Unit 2 has no neighbours"), error.getMessage());
    }

    @Test
    void adjacentFraction_selfLoop_throws() {
        int[][] neighbours = {{0, 1}, {0}};

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults().adjacentFraction(neighbours, new int[2]));

        assertTrue(error.getMessage().contains("lists itself"), error.getMessage());
    }

    @Test
    void adjacentFraction_invalidTreatment_throws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.withDefaults()
                        .adjacentFraction(new int[][] {{1}, {0}}, new int[] {1, 2}));

        assertTrue(error.getMessage().contains("Invalid treatment 2 for unit 1"),
                error.getMessage());
    }

    @Test
    void combine_buildsVectorAndPropagatesMissing_twoComponents() {
        ExactFraction[] count = {ExactFraction.of(1), ExactFraction.of(2), null};
        ExactFraction[] degree = {ExactFraction.of(3), ExactFraction.of(3), ExactFraction.of(1)};

        List<Signature> combined = SignatureBuilder.combine(count, degree);

        assertEquals(Signature.of(ExactFraction.of(1), ExactFraction.of(3)), combined.get(0));
        assertEquals("[2, 3]", combined.get(1).toString());
        assertNull(combined.get(2));
    }

    @Test
    void binned_mapsToLowerEdges_fourBins() {
        double[] values = {0.0, 0.26, 0.5, 0.99, 1.0, Double.NaN};

        ExactFraction[] bins = SignatureBuilder.binned(values, 4);

        assertEquals(ExactFraction.ZERO, bins[0]);
        assertEquals(f(1, 4), bins[1]);
        assertEquals(f(1, 2), bins[2]);
        assertEquals(f(3, 4), bins[3]);
        assertEquals(f(3, 4), bins[4]);
        assertNull(bins[5]);
    }

    @Test
    void binned_valueOutsideUnitInterval_throws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SignatureBuilder.binned(new double[] {0.5, 1.5}, 4));

        assertTrue(error.getMessage().contains("Invalid signature 1.5 for unit 1"),
                error.getMessage());
    }

    @Test
    void rounded_keepsResolutionAndMissing() {
        ExactFraction[] result =
                SignatureBuilder.rounded(new double[] {0.25, 1.0 / 3, Double.NaN}, 1000);

        assertEquals(new ExactFraction(1, 4), result[0]);
        assertEquals(new ExactFraction(333, 1000), result[1]);
        assertNull(result[2]);
    }
}
