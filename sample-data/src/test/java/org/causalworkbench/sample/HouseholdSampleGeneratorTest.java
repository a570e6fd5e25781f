package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseholdSampleGeneratorTest {

    private static final String RESOURCE = "/org/causalworkbench/sample/households.csv";

    @Test
    void generateCsv_matchesShippedResource() throws IOException {
        ShippedResource.assertMatches(RESOURCE, HouseholdSampleGenerator.generateCsv(),
                HouseholdSampleGenerator.class);
    }

    @Test
    void generateCsv_hasHeaderAndLfLineEndings() {
        String csv = HouseholdSampleGenerator.generateCsv();

        assertTrue(csv.startsWith("id,household,x,treated,y\n"), "header row");
        assertFalse(csv.contains("\r"), "carriage return in the CSV text");
        assertTrue(csv.endsWith("\n"), "last line ends with \\n");
    }

    @Test
    void generatePeople_householdSizesAndValuesInRange() {
        List<HouseholdSampleGenerator.Person> people = HouseholdSampleGenerator.generatePeople();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (HouseholdSampleGenerator.Person person : people) {
            sizes.merge(person.household(), 1, Integer::sum);
            assertTrue(person.covariate() >= 0, "x of " + person);
            assertTrue(person.covariate() <= 3, "x of " + person);
            assertTrue(person.treated() == 0 || person.treated() == 1, "treated of " + person);
            assertTrue(Double.isFinite(person.outcome()), "y of " + person);
        }

        assertEquals(HouseholdSampleGenerator.HOUSEHOLD_COUNT, sizes.size());
        for (Map.Entry<Integer, Integer> size : sizes.entrySet()) {
            String members = "household " + size.getKey() + " has " + size.getValue();
            assertTrue(size.getValue() >= 2, members);
            assertTrue(size.getValue() <= 6, members);
        }
        assertTrue(sizes.containsValue(2), "no household of 2");
        assertTrue(sizes.containsValue(6), "no household of 6");
    }

    @Test
    void generatePeople_signatureIsOthersTreatedFraction() {
        List<HouseholdSampleGenerator.Person> people = HouseholdSampleGenerator.generatePeople();
        Map<Integer, int[]> totals = new HashMap<>();
        for (HouseholdSampleGenerator.Person person : people) {
            int[] total = totals.computeIfAbsent(person.household(), h -> new int[2]);
            total[0] += person.treated();
            total[1]++;
        }

        for (HouseholdSampleGenerator.Person person : people) {
            int[] total = totals.get(person.household());
            double expected = (double) (total[0] - person.treated()) / (total[1] - 1);
            assertEquals(expected, person.signature(), 0.0, "I of " + person);
        }
    }

    @Test
    void generatePeople_interferenceIsConfoundedWithTreatment() {
        // The household shift U_h must make treated people have more treated housemates;
        // otherwise the sample would not show interference bias.
        double treatedSum = 0;
        double untreatedSum = 0;
        int treated = 0;
        for (HouseholdSampleGenerator.Person person : HouseholdSampleGenerator.generatePeople()) {
            if (person.treated() == 1) {
                treatedSum += person.signature();
                treated++;
            } else {
                untreatedSum += person.signature();
            }
        }
        int people = HouseholdSampleGenerator.generatePeople().size();
        double gap = treatedSum / treated - untreatedSum / (people - treated);

        assertTrue(gap > 0.05, "mean I of treated minus untreated is " + gap);
    }
}
