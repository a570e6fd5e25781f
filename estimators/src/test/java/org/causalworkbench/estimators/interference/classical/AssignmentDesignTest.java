package org.causalworkbench.estimators.interference.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentDesignTest {

    private static List<int[]> collect(AssignmentDesign design, List<Double> probabilities) {
        List<int[]> assignments = new ArrayList<>();
        design.forEach((assignment, probability) -> {
            assignments.add(assignment);
            probabilities.add(probability);
        });
        return assignments;
    }

    @Test
    void completeRandomisation_enumeratesEverySubset() {
        List<Double> probabilities = new ArrayList<>();
        List<int[]> assignments =
                collect(AssignmentDesign.completeRandomisation(5, 2), probabilities);

        Set<String> distinct = new HashSet<>();
        for (int[] assignment : assignments) {
            assertEquals(2, assignment[0] + assignment[1] + assignment[2] + assignment[3]
                    + assignment[4]);
            distinct.add(java.util.Arrays.toString(assignment));
        }
        assertEquals(10, assignments.size());
        assertEquals(10, distinct.size());
        for (double probability : probabilities) {
            assertEquals(0.1, probability, 1e-15);
        }
    }

    @Test
    void bernoulli_probabilitiesSumToOne() {
        List<Double> probabilities = new ArrayList<>();
        List<int[]> assignments = collect(AssignmentDesign.bernoulli(3, 0.3), probabilities);

        assertEquals(8, assignments.size());
        assertEquals(1.0, probabilities.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        // The all-treated assignment is the last mask, 0.3^3.
        assertArrayEquals(new int[] {1, 1, 1}, assignments.get(7));
        assertEquals(0.027, probabilities.get(7), 1e-15);
    }

    @Test
    void draws_repeatWithSameSeed() {
        AssignmentDesign design = AssignmentDesign.completeRandomisationDraws(6, 3, 20, 42L);

        List<int[]> first = collect(design, new ArrayList<>());
        List<int[]> second = collect(design, new ArrayList<>());

        for (int r = 0; r < 20; r++) {
            assertArrayEquals(first.get(r), second.get(r));
        }
        assertFalse(design.isExact());
    }

    @Test
    void enumerated_rejectsProbabilitiesNotSummingToOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AssignmentDesign.enumerated(List.of(new int[] {1, 0}, new int[] {0, 1}),
                        new double[] {0.5, 0.4}));

        assertTrue(error.getMessage().contains("sum to 0.9"), error.getMessage());
    }

    @Test
    void enumerated_rejectsNonBinaryEntry() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AssignmentDesign.enumerated(List.of(new int[] {1, 2}),
                        new double[] {1.0}));

        assertTrue(error.getMessage().contains("Assignment 0 has treatment 2 for unit 1"),
                error.getMessage());
    }

    @Test
    void completeRandomisation_rejectsLargeEnumeration() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AssignmentDesign.completeRandomisation(60, 30));

        assertTrue(error.getMessage().contains("more than 1000000 assignments"),
                error.getMessage());
    }
}
