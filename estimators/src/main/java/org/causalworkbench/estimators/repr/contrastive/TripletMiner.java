package org.causalworkbench.estimators.repr.contrastive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.causalworkbench.estimators.CancellationToken;
import org.ejml.data.DMatrixRMaj;

/**
 * Mines covariate-matched, outcome-based triplets. Anchor a, positive p and negative n satisfy
 *
 * <pre>
 *   |m(X_a) - m(X_p)| and |m(X_a) - m(X_n)| small (k nearest neighbours or radius eps1),
 *   |Y_a - Y_p| &lt; eps2_low,   |Y_a - Y_n| &gt; eps2_high,
 * </pre>
 *
 * where m z-scores the covariates and the outcome thresholds are the lower and upper quantiles
 * of |Y<sub>a</sub> - Y<sub>c</sub>| over all matched candidate pairs (a, c). Two quantiles
 * in place of one outcome threshold leave ambiguous pairs out of both roles.
 * NOTE: these conditions are our summary of the triplet construction attributed to Corcoll,
 * Vlontzos, O'Riordan and Gilligan-Lee (US patent application 2026/0120682 A1). They have not
 * been checked against the application's text.
 *
 * <p>Triplets are drawn with replacement: an anchor uniformly among the usable units, then a
 * positive and a negative uniformly among its candidates.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class TripletMiner {

    private final CovariateMatching matching;
    private final int neighbours;
    private final double radius;
    private final double lowerQuantile;
    private final double upperQuantile;
    private final int tripletCount;

    private TripletMiner(CovariateMatching matching, int neighbours, double radius,
            double lowerQuantile, double upperQuantile, int tripletCount) {
        if (matching == null) {
            throw new IllegalArgumentException("covariate matching is null; choose"
                    + " NEAREST_NEIGHBOURS, RADIUS or NONE");
        }
        if (neighbours < 2) {
            throw new IllegalArgumentException("number of neighbours k must be at least 2, got "
                    + neighbours);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("matching radius eps1 must be positive and finite,"
                    + " got " + radius);
        }
        if (!(lowerQuantile > 0 && lowerQuantile <= upperQuantile && upperQuantile < 1)) {
            throw new IllegalArgumentException("outcome quantiles must satisfy 0 < lower <= upper"
                    + " < 1, got lower " + lowerQuantile + " and upper " + upperQuantile);
        }
        if (tripletCount < 1) {
            throw new IllegalArgumentException("triplet count must be at least 1, got "
                    + tripletCount);
        }
        this.matching = matching;
        this.neighbours = neighbours;
        this.radius = radius;
        this.lowerQuantile = lowerQuantile;
        this.upperQuantile = upperQuantile;
        this.tripletCount = tripletCount;
    }

    /**
     * Returns k-nearest-neighbour matching with k = 15, radius 1 (used only by RADIUS),
     * outcome quantiles 0.3 and 0.7, and 20,000 triplets.
     */
    public static TripletMiner withDefaults() {
        return new TripletMiner(CovariateMatching.NEAREST_NEIGHBOURS, 15, 1.0, 0.3, 0.7, 20_000);
    }

    /** Returns a copy with another matching rule. */
    public TripletMiner withMatching(CovariateMatching newMatching) {
        return new TripletMiner(newMatching, neighbours, radius, lowerQuantile, upperQuantile,
                tripletCount);
    }

    /** Returns a copy with another number k of neighbours (or random candidates), at least 2. */
    public TripletMiner withNeighbours(int k) {
        return new TripletMiner(matching, k, radius, lowerQuantile, upperQuantile, tripletCount);
    }

    /** Returns a copy with another radius eps1 in z-scored covariate units, positive. */
    public TripletMiner withRadius(double epsilon1) {
        return new TripletMiner(matching, neighbours, epsilon1, lowerQuantile, upperQuantile,
                tripletCount);
    }

    /** Returns a copy with other outcome quantiles, 0 &lt; lower &lt;= upper &lt; 1. */
    public TripletMiner withOutcomeQuantiles(double lower, double upper) {
        return new TripletMiner(matching, neighbours, radius, lower, upper, tripletCount);
    }

    /** Returns a copy that draws another number of triplets, at least 1. */
    public TripletMiner withTripletCount(int count) {
        return new TripletMiner(matching, neighbours, radius, lowerQuantile, upperQuantile, count);
    }

    /** Returns the matching rule. */
    public CovariateMatching matching() {
        return matching;
    }

    /** Returns the lower outcome quantile. */
    public double lowerQuantile() {
        return lowerQuantile;
    }

    /** Returns the upper outcome quantile. */
    public double upperQuantile() {
        return upperQuantile;
    }

    /**
     * Mines triplets from {@code sample}.
     *
     * @param seed the seed of the random candidates (ablation) and of the triplet draws
     * @throws IllegalArgumentException if no unit has both a positive and a negative candidate
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public Triplets mine(TreatmentSample sample, long seed, CancellationToken cancellation) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = zScores(sample.covariates());
        int n = m.length;
        int[][] candidates = new int[n][];
        for (int a = 0; a < n; a++) {
            if (a % 256 == 0) {
                cancellation.throwIfCancellationRequested();
            }
            candidates[a] = candidatesOf(a, m, random);
        }

        double[] y = sample.outcomes();
        double[] gaps = allGaps(candidates, y);
        double low = quantile(gaps, lowerQuantile);
        double high = quantile(gaps, upperQuantile);

        List<int[][]> usable = new ArrayList<>();
        List<Integer> usableAnchor = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            double anchorOutcome = y[a];
            int[] positiveCandidates = Arrays.stream(candidates[a])
                    .filter(c -> Math.abs(anchorOutcome - y[c]) < low).toArray();
            int[] negativeCandidates = Arrays.stream(candidates[a])
                    .filter(c -> Math.abs(anchorOutcome - y[c]) > high).toArray();
            if (positiveCandidates.length > 0 && negativeCandidates.length > 0) {
                usable.add(new int[][] {positiveCandidates, negativeCandidates});
                usableAnchor.add(a);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no unit has both a positive and a negative"
                    + " candidate; widen the matching (more neighbours or a larger radius) or"
                    + " move the outcome quantiles apart");
        }
        return draw(usable, usableAnchor, m, low, high, random);
    }

    private Triplets draw(List<int[][]> usable, List<Integer> usableAnchor, double[][] m,
            double low, double high, SplittableRandom random) {
        int[] anchors = new int[tripletCount];
        int[] positives = new int[tripletCount];
        int[] negatives = new int[tripletCount];
        double positiveDistance = 0;
        double negativeDistance = 0;
        for (int i = 0; i < tripletCount; i++) {
            int pick = random.nextInt(usable.size());
            int[] positiveCandidates = usable.get(pick)[0];
            int[] negativeCandidates = usable.get(pick)[1];
            anchors[i] = usableAnchor.get(pick);
            positives[i] = positiveCandidates[random.nextInt(positiveCandidates.length)];
            negatives[i] = negativeCandidates[random.nextInt(negativeCandidates.length)];
            positiveDistance += Math.sqrt(squaredDistance(m[anchors[i]], m[positives[i]]));
            negativeDistance += Math.sqrt(squaredDistance(m[anchors[i]], m[negatives[i]]));
        }
        return new Triplets(anchors, positives, negatives, low, high, usable.size(),
                positiveDistance / tripletCount, negativeDistance / tripletCount);
    }

    private int[] candidatesOf(int a, double[][] m, SplittableRandom random) {
        int n = m.length;
        switch (matching) {
            case NONE -> {
                int[] chosen = new int[Math.min(neighbours, n - 1)];
                for (int i = 0; i < chosen.length; i++) {
                    int c = random.nextInt(n - 1);
                    chosen[i] = c >= a ? c + 1 : c;
                }
                return chosen;
            }
            case RADIUS -> {
                double limit = radius * radius;
                return IntStream.range(0, n)
                        .filter(c -> c != a && squaredDistance(m[a], m[c]) < limit).toArray();
            }
            default -> {
                return nearest(a, m, Math.min(neighbours, n - 1));
            }
        }
    }

    /** Returns the k nearest other units, kept in a sorted list of the k best so far. */
    private static int[] nearest(int a, double[][] m, int k) {
        double[] bestDistance = new double[k];
        int[] best = new int[k];
        Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        for (int c = 0; c < m.length; c++) {
            if (c == a) {
                continue;
            }
            double distance = squaredDistance(m[a], m[c]);
            if (distance >= bestDistance[k - 1]) {
                continue;
            }
            int slot = k - 1;
            while (slot > 0 && bestDistance[slot - 1] > distance) {
                bestDistance[slot] = bestDistance[slot - 1];
                best[slot] = best[slot - 1];
                slot--;
            }
            bestDistance[slot] = distance;
            best[slot] = c;
        }
        return best;
    }

    private static double[] allGaps(int[][] candidates, double[] y) {
        int total = 0;
        for (int[] c : candidates) {
            total += c.length;
        }
        double[] gaps = new double[total];
        int k = 0;
        for (int a = 0; a < candidates.length; a++) {
            for (int c : candidates[a]) {
                gaps[k++] = Math.abs(y[a] - y[c]);
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("no unit has a matched candidate; widen the"
                    + " matching radius eps1");
        }
        return gaps;
    }

    private static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double[][] zScores(DMatrixRMaj x) {
        int n = x.numRows;
        int d = x.numCols;
        double[][] m = new double[n][d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x.get(i, j) / n;
            }
            double variance = 0;
            for (int i = 0; i < n; i++) {
                variance += Math.pow(x.get(i, j) - mean, 2) / n;
            }
            double sd = variance > 0 ? Math.sqrt(variance) : 1;
            for (int i = 0; i < n; i++) {
                m[i][j] = (x.get(i, j) - mean) / sd;
            }
        }
        return m;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }
}
