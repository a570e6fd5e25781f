package org.causalworkbench.estimators.repr.contrastive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causalworkbench.estimators.CancellationToken;
import org.junit.jupiter.api.Test;

/** Checks the triplet conditions, the effect of covariate matching and bad settings. */
class TripletMinerTest {

    private static final TreatmentSample SAMPLE = StructuredTreatmentGenerator.withDefaults()
            .withTrainingSize(1000).withTestSize(10).generate(2).training();

    @Test
    void mine_meetsOutcomeThresholds() {
        Triplets triplets = TripletMiner.withDefaults().withTripletCount(2000)
                .mine(SAMPLE, 1, CancellationToken.NEVER);
        double[] y = SAMPLE.outcomes();
        int[] a = triplets.anchors();
        int[] p = triplets.positives();
        int[] n = triplets.negatives();

        assertTrue(triplets.lowerThreshold() < triplets.upperThreshold());
        for (int i = 0; i < a.length; i++) {
            assertTrue(Math.abs(y[a[i]] - y[p[i]]) < triplets.lowerThreshold(), "positive " + i);
            assertTrue(Math.abs(y[a[i]] - y[n[i]]) > triplets.upperThreshold(), "negative " + i);
        }
    }

    @Test
    void mine_matchedTripletsAreCloserInCovariates() {
        TripletMiner miner = TripletMiner.withDefaults().withTripletCount(2000);
        Triplets matched = miner.mine(SAMPLE, 1, CancellationToken.NEVER);
        Triplets unmatched = miner.withMatching(CovariateMatching.NONE)
                .mine(SAMPLE, 1, CancellationToken.NEVER);

        // Random pairs of 5-d standard normals lie about sqrt(10) = 3.2 apart.
        assertTrue(matched.meanPositiveDistance() < 0.5 * unmatched.meanPositiveDistance());
        assertTrue(matched.meanNegativeDistance() < 0.5 * unmatched.meanNegativeDistance());
    }

    @Test
    void mine_radiusKeepsTripletsInsideRadius() {
        Triplets triplets = TripletMiner.withDefaults().withMatching(CovariateMatching.RADIUS)
                .withRadius(1.2).withTripletCount(500).mine(SAMPLE, 4, CancellationToken.NEVER);

        assertTrue(triplets.meanPositiveDistance() < 1.2);
        assertTrue(triplets.meanNegativeDistance() < 1.2);
    }

    @Test
    void mine_isDeterministicForSeed() {
        TripletMiner miner = TripletMiner.withDefaults().withTripletCount(300);

        assertArrayEquals(miner.mine(SAMPLE, 9, CancellationToken.NEVER).negatives(),
                miner.mine(SAMPLE, 9, CancellationToken.NEVER).negatives());
    }

    @Test
    void mine_rejectsRadiusWithoutCandidates() {
        TripletMiner miner = TripletMiner.withDefaults().withMatching(CovariateMatching.RADIUS)
                .withRadius(1e-6);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> miner.mine(SAMPLE, 1, CancellationToken.NEVER));
        assertTrue(e.getMessage().contains("radius"), e.getMessage());
    }

    @Test
    void withOutcomeQuantiles_rejectsCrossedQuantiles() {
        assertThrows(IllegalArgumentException.class,
                () -> TripletMiner.withDefaults().withOutcomeQuantiles(0.8, 0.2));
    }
}
