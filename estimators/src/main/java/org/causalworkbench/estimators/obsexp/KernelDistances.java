package org.causalworkbench.estimators.obsexp;

import java.util.Arrays;
import java.util.Random;

/**
 * Prepares covariates for the RBF kernel of the kernel conditional-moment test: column
 * standardisation and the median-distance lengthscale.
 */
final class KernelDistances {

    /**
     * Maximum number of rows whose pairwise distances enter the median. Larger tables use a
     * seeded random subset of this many rows, which keeps the sort at about 500,000 distances.
     */
    static final int MEDIAN_SAMPLE_ROWS = 1000;

    private KernelDistances() {
    }

    /**
     * Returns a copy of {@code x} with each column centred and divided by its sample standard
     * deviation (denominator n - 1). A constant column becomes all zero, so it adds nothing to
     * distances.
     *
     * @param x n rows of d columns, n at least 2. Not modified.
     * @return a new n by d array
     */
    static double[][] standardise(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[][] scaled = new double[n][d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[j];
            }
            double mean = sum / n;
            double sumOfSquares = 0;
            for (double[] row : x) {
                sumOfSquares += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(sumOfSquares / (n - 1));
            for (int i = 0; i < n; i++) {
                scaled[i][j] = sd > 0 ? (x[i][j] - mean) / sd : 0;
            }
        }
        return scaled;
    }

    /**
     * Returns the median Euclidean distance over all pairs of distinct rows, the mean of the two
     * middle values when the number of pairs is even. Above {@link #MEDIAN_SAMPLE_ROWS} rows the
     * pairs come from a subset of rows drawn with {@code seed}.
     *
     * @param x n rows of d columns, n at least 2. Not modified.
     * @param seed seeds the row subset of large tables
     * @return the median, 0 when more than half of the pairs coincide
     */
    static double medianPairwiseDistance(double[][] x, long seed) {
        int[] rows = sampleRows(x.length, seed);
        int m = rows.length;
        double[] distances = new double[m * (m - 1) / 2];
        int position = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                distances[position++] = Math.sqrt(squaredDistance(x[rows[a]], x[rows[b]]));
            }
        }
        Arrays.sort(distances);
        int count = distances.length;
        if (count % 2 == 1) {
            return distances[count / 2];
        }
        return 0.5 * (distances[count / 2 - 1] + distances[count / 2]);
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double difference = a[j] - b[j];
            sum += difference * difference;
        }
        return sum;
    }

    private static int[] sampleRows(int n, long seed) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        if (n <= MEDIAN_SAMPLE_ROWS) {
            return rows;
        }
        // A partial Fisher-Yates shuffle puts a uniform random subset in the first positions.
        Random random = new Random(seed);
        for (int i = 0; i < MEDIAN_SAMPLE_ROWS; i++) {
            int j = i + random.nextInt(n - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        return Arrays.copyOf(rows, MEDIAN_SAMPLE_ROWS);
    }
}
