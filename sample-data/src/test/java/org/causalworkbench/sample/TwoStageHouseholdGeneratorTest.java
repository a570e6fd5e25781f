package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwoStageHouseholdGeneratorTest {

    private static final String RESOURCE =
            "/org/causalworkbench/sample/two-stage-households.csv";

    @Test
    void generateCsv_matchesShippedResource() throws IOException {
        ShippedResource.assertMatches(RESOURCE, TwoStageHouseholdGenerator.generateCsv(),
                TwoStageHouseholdGenerator.class);
    }

    /** 1024 units is the most for which the classical tab computes Aronow-Samii estimates. */
    @Test
    void generateCsv_has256HouseholdsOf1024Units() {
        long rows = TwoStageHouseholdGenerator.generateCsv().lines().count() - 1;

        assertEquals(1024, rows);
        assertEquals(256, TwoStageHouseholdGenerator.HOUSEHOLD_COUNT);
        assertEquals(20_261_205L, TwoStageHouseholdGenerator.SEED);
    }

    @Test
    void generateCsv_hasHeaderAndLfLineEndings() {
        String csv = TwoStageHouseholdGenerator.generateCsv();

        assertTrue(csv.startsWith("id,household,strategy,treated,y\n"), "header row");
        assertFalse(csv.contains("\r"), "carriage return in the CSV text");
        assertTrue(csv.endsWith("\n"), "last line ends with \\n");
    }

    @Test
    void generatePeople_followsTwoStageDesign() {
        List<TwoStageHouseholdGenerator.Person> people =
                TwoStageHouseholdGenerator.generatePeople();
        Map<Integer, String> strategyByHousehold = new HashMap<>();
        Map<Integer, int[]> countsByHousehold = new HashMap<>();
        for (TwoStageHouseholdGenerator.Person person : people) {
            String previous = strategyByHousehold.putIfAbsent(person.household(),
                    person.strategy());
            assertTrue(previous == null || previous.equals(person.strategy()),
                    "strategy differs within household " + person.household());
            int[] counts = countsByHousehold.computeIfAbsent(person.household(),
                    h -> new int[2]);
            counts[0]++;
            counts[1] += person.treated();
        }

        assertEquals(TwoStageHouseholdGenerator.HOUSEHOLD_COUNT, countsByHousehold.size());
        long low = strategyByHousehold.values().stream()
                .filter(TwoStageHouseholdGenerator.LOW::equals).count();
        assertEquals(TwoStageHouseholdGenerator.HOUSEHOLD_COUNT / 2, low, "households on low");
        for (Map.Entry<Integer, int[]> entry : countsByHousehold.entrySet()) {
            int household = entry.getKey();
            int expectedTreated = strategyByHousehold.get(household)
                    .equals(TwoStageHouseholdGenerator.LOW) ? 1 : 3;
            assertEquals(4, entry.getValue()[0], "size of household " + household);
            assertEquals(expectedTreated, entry.getValue()[1],
                    "treated in household " + household);
        }
    }

    @Test
    void trueEffects_followFromOutcomeModel() {
        // Averaged potential outcome, without household and person terms, of a member with own
        // treatment a when m of the 4 members are treated: the others' fraction is (m - a) / 3.
        double untreatedLow = potential(0, 1);
        double treatedLow = potential(1, 1);
        double untreatedHigh = potential(0, 3);
        double treatedHigh = potential(1, 3);
        double marginalLow = 0.25 * treatedLow + 0.75 * untreatedLow;
        double marginalHigh = 0.75 * treatedHigh + 0.25 * untreatedHigh;

        assertEquals(TwoStageHouseholdGenerator.DIRECT_LOW, untreatedLow - treatedLow, 1e-12);
        assertEquals(TwoStageHouseholdGenerator.DIRECT_HIGH, untreatedHigh - treatedHigh,
                1e-12);
        assertEquals(TwoStageHouseholdGenerator.INDIRECT, untreatedLow - untreatedHigh, 1e-12);
        assertEquals(TwoStageHouseholdGenerator.TOTAL, untreatedLow - treatedHigh, 1e-12);
        assertEquals(TwoStageHouseholdGenerator.OVERALL, marginalLow - marginalHigh, 1e-12);
    }

    private static double potential(int own, int treatedInHousehold) {
        double others = (treatedInHousehold - own) / 3.0;
        return TwoStageHouseholdGenerator.OWN_COEFFICIENT * own
                + TwoStageHouseholdGenerator.SPILLOVER_COEFFICIENT * others
                + TwoStageHouseholdGenerator.INTERACTION_COEFFICIENT * own * others;
    }

    @Test
    void generatePeople_fractionMatchesHousehold() {
        List<TwoStageHouseholdGenerator.Person> people =
                TwoStageHouseholdGenerator.generatePeople();
        Map<Integer, Integer> treatedByHousehold = new HashMap<>();
        for (TwoStageHouseholdGenerator.Person person : people) {
            treatedByHousehold.merge(person.household(), person.treated(), Integer::sum);
        }

        for (TwoStageHouseholdGenerator.Person person : people) {
            double expected = (treatedByHousehold.get(person.household()) - person.treated())
                    / 3.0;
            assertEquals(expected, person.otherTreatedFraction(), 0.0, "F of " + person);
        }
    }
}
