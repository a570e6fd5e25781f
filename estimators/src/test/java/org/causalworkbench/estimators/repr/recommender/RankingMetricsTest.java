package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void auc_countsTiesAsHalf() {
        // Positives score 1 and 3, negatives 1 and 2: (0.5 + 0 + 1 + 1) / 4 pairs.
        double auc = RankingMetrics.auc(new double[] {1, 1, 2, 3}, new double[] {0, 1, 0, 1});

        assertEquals(0.625, auc, 1e-15);
    }

    @Test
    void auc_perfectAndReversedRanking() {
        double[] labels = {0, 0, 1, 1};

        assertEquals(1.0, RankingMetrics.auc(new double[] {1, 2, 3, 4}, labels), 1e-15);
        assertEquals(0.0, RankingMetrics.auc(new double[] {4, 3, 2, 1}, labels), 1e-15);
        assertEquals(0.5, RankingMetrics.auc(new double[] {7, 7, 7, 7}, labels), 1e-15);
    }

    @Test
    void auc_rejectsSingleClass() {
        assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.auc(new double[] {1, 2}, new double[] {1, 1}));
    }

    @Test
    void ndcg_averagesUsersWithPositives() {
        // User 0 ranks its positives 2nd and 3rd; user 1 ranks its positive 1st; user 2 has
        // no positive and is skipped.
        double[] scores = {0.9, 0.8, 0.7, 0.1, 0.5, 0.4, 0.3, 0.2, 0.1};
        double[] labels = {0, 1, 1, 0, 1, 0, 0, 0, 0};
        int[] users = {0, 0, 0, 0, 1, 1, 2, 2, 2};
        double log3 = Math.log(3) / Math.log(2);
        double userZero = (1 / log3 + 1 / 2.0) / (1 + 1 / log3);

        double ndcg = RankingMetrics.ndcgAtK(scores, labels, users, 5);

        assertEquals((userZero + 1) / 2, ndcg, 1e-15);
    }

    @Test
    void ndcg_cutOffDropsLowerRanks() {
        double[] scores = {3, 2, 1};
        double[] labels = {0, 0, 1};
        int[] users = {0, 0, 0};

        assertEquals(0.0, RankingMetrics.ndcgAtK(scores, labels, users, 2), 1e-15);
        assertEquals(0.5, RankingMetrics.ndcgAtK(scores, labels, users, 3), 1e-15);
    }

    @Test
    void ndcg_tiesRankNegativesFirst() {
        double[] labels = {1, 0};
        int[] users = {0, 0};

        assertEquals(1 / (Math.log(3) / Math.log(2)),
                RankingMetrics.ndcgAtK(new double[] {1, 1}, labels, users, 5), 1e-15);
    }
}
