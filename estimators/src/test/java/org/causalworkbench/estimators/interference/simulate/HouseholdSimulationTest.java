package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/** Checks the additive household process under Bernoulli allocation. */
class HouseholdSimulationTest {

    @Test
    void generate_hasHouseholdsOfFour() {
        SimulatedUnits units = HouseholdSimulation.withDefaults().withHouseholds(50).generate();
        assertEquals(200, units.size());
        assertEquals(0, units.unitsWithoutSignature());
        for (int[] adjacent : units.neighbours()) {
            assertEquals(3, adjacent.length);
        }
        assertEquals(12, units.groups()[49]);
    }

    @Test
    void generate_allocatesAtRequestedRate() {
        int[] t = HouseholdSimulation.withDefaults().withHouseholds(5000).withAllocation(0.3)
                .generate().treatment();
        double share = 0;
        for (int value : t) {
            share += value;
        }
        // Binomial SD of the share is sqrt(0.21 / 20000) = 0.0032.
        assertEquals(0.3, share / t.length, 0.013);
    }

    @Test
    void study_estimatesTwoWithoutBias() {
        InterferenceStudyResult result = InterferenceReplicateRunner
                .of(HouseholdSimulation.withDefaults()).withReplicates(10)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        // 4,000 units: the TACE bias SD is about 0.04, so the mean of 10 has SD about 0.013.
        assertEquals(0.0, result.tace().mean(), 0.05);
        // Random allocation leaves the difference in means unbiased as well.
        assertEquals(0.0, result.naive().mean(), 0.05);
        assertEquals(0.0, result.decomposition().orElseThrow().covariatePart());
    }

    @Test
    void withSettings_rejectsInvalidValues() {
        HouseholdSimulation process = HouseholdSimulation.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> process.withHouseholdSize(1));
        assertThrows(IllegalArgumentException.class, () -> process.withAllocation(1.0));
        assertThrows(IllegalArgumentException.class, () -> process.withHouseholds(0));
    }
}
