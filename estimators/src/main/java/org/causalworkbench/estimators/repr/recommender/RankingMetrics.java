package org.causalworkbench.estimators.repr.recommender;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/** Area under the ROC curve and NDCG@k of scores against binary labels. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * Returns the AUC: the probability that a random positive outscores a random negative, with
     * tied scores counting one half. Computed from mid-ranks (the Mann-Whitney U statistic).
     *
     * @throws IllegalArgumentException if the lengths differ, a label is not 0 or 1, or one of
     *     the two classes is missing
     */
    public static double auc(double[] scores, double[] labels) {
        checkLabels(scores, labels);
        int n = scores.length;
        Integer[] order = sortedIndices(scores, Comparator.naturalOrder());
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    positiveRankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs both classes, got " + positives
                    + " positives and " + negatives + " negatives");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0)
                / ((double) positives * negatives);
    }

    /**
     * Returns NDCG@k per user, averaged over users with at least one positive. Gains are the
     * binary labels, discounted by 1 / log2(rank + 1). Tied scores within a user's list are
     * ranked in the pessimistic order (negatives first), so ties never raise the metric.
     *
     * @param userIds the group of each row
     * @param k the cut-off, at least 1
     * @throws IllegalArgumentException if no user has a positive
     */
    public static double ndcgAtK(double[] scores, double[] labels, int[] userIds, int k) {
        checkLabels(scores, labels);
        if (userIds.length != scores.length) {
            throw new IllegalArgumentException("NDCG needs one user id per score: "
                    + scores.length + " scores but " + userIds.length + " ids");
        }
        if (k < 1) {
            throw new IllegalArgumentException("NDCG cut-off must be at least 1, got " + k);
        }
        Map<Integer, List<Integer>> byUser = new LinkedHashMap<>();
        for (int i = 0; i < userIds.length; i++) {
            byUser.computeIfAbsent(userIds[i], id -> new ArrayList<>()).add(i);
        }
        double total = 0;
        int counted = 0;
        for (List<Integer> rows : byUser.values()) {
            int positives = 0;
            for (int row : rows) {
                positives += labels[row] == 1 ? 1 : 0;
            }
            if (positives == 0) {
                continue;
            }
            rows.sort(Comparator.<Integer>comparingDouble(row -> -scores[row])
                    .thenComparingDouble(row -> labels[row]));
            double dcg = 0;
            for (int rank = 0; rank < Math.min(k, rows.size()); rank++) {
                dcg += labels[rows.get(rank)] / log2(rank + 2);
            }
            double ideal = 0;
            for (int rank = 0; rank < Math.min(k, positives); rank++) {
                ideal += 1 / log2(rank + 2);
            }
            total += dcg / ideal;
            counted++;
        }
        if (counted == 0) {
            throw new IllegalArgumentException("NDCG needs at least one user with a positive"
                    + " label; none of the " + byUser.size() + " users has one");
        }
        return total / counted;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static Integer[] sortedIndices(double[] scores, Comparator<Double> order) {
        Integer[] indices = new Integer[scores.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        Arrays.sort(indices, (a, b) -> order.compare(scores[a], scores[b]));
        return indices;
    }

    private static void checkLabels(double[] scores, double[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length: "
                    + scores.length + " and " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label at row " + i + " is " + labels[i]
                        + "; labels must be 0 or 1");
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score at row " + i + " is NaN");
            }
        }
    }
}
