package org.causalworkbench.estimators.obsexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Tests whether the gap Delta = tau - omega stays inside a band [lower(x), upper(x)] on the RCT
 * support, bin by bin. The workbench labels this test F3.
 *
 * <p>The rows are split into B bins at the quantiles of a binning value, for example one
 * covariate or omega(X). The null hypothesis is {@code lower(x) <= Delta(x) <= upper(x)} for
 * every x, which implies that each bin's mean gap lies between the bin means of the band. For
 * residuals R (with {@code E[R | X] = Delta(X)}) and each bin b:
 * <pre>
 *   m_b = mean of R,   se_b = s_b / sqrt(n_b),   U_b = mean of upper,   L_b = mean of lower
 *   z_b = max((m_b - U_b) / se_b, (L_b - m_b) / se_b),     p_b = 1 - Phi(z_b)
 * </pre>
 * Bonferroni rejects bin b when {@code p_b < alpha / B}. Holm's step-down method (optional)
 * rejects at least the same bins. Either way the test rejects when some bin is rejected,
 * that is when {@code min_b p_b < alpha / B}.
 *
 * <ul>
 *   <li>Bin edges are the binning values at positions {@code floor(k n / B)} of the sorted
 *       values, for k = 1..B-1. Rows with equal binning values share a bin, so ties can make
 *       bins uneven, and duplicate edges are merged, leaving fewer bins. B then counts the bins
 *       actually used.</li>
 *   <li>Every bin needs at least 2 rows. Otherwise the test raises and suggests fewer bins.</li>
 *   <li>A bin whose residuals are all equal has se_b = 0. Its p-value is then 0 when m_b lies
 *       outside [L_b, U_b] and 1 otherwise.</li>
 *   <li>Each row needs {@code lower <= upper}. A point hypothesis uses equal bands, for example
 *       both 0 to test "the observational estimate is unbiased" bin by bin.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The normal reference for each bin mean is asymptotic, so the
 * level is approximate in small bins with skewed residuals such as IPW pseudo-outcomes. The test
 * uses only bin averages, so a gap that leaves the band and returns within one bin can go
 * undetected. By the impossibility result of Fawkes et al. (2025), no test can reliably detect
 * such narrow excursions.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795 (the band null).
 * Holm (1979), Scand. J. Statist. 6, 65-70.
 */
public final class BandFalsification {

    /** Display name of the test. */
    public static final String TEST_NAME = "F3 band test";

    /** Significance level unless {@link #withAlpha(double)} sets another. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Number of quantile bins unless {@link #withBins(int)} sets another. */
    public static final int DEFAULT_BINS = 5;

    private static final BandFalsification DEFAULTS = new BandFalsification(DEFAULT_ALPHA,
            DEFAULT_BINS, MultipleTestingCorrection.BONFERRONI);

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final double alpha;
    private final int bins;
    private final MultipleTestingCorrection correction;

    private BandFalsification(double alpha, int bins, MultipleTestingCorrection correction) {
        this.alpha = alpha;
        this.bins = bins;
        this.correction = correction;
    }

    /** Returns the test at level 0.05 with {@value #DEFAULT_BINS} bins and Bonferroni. */
    public static BandFalsification withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy at another significance level.
     *
     * @param level strictly between 0 and 1
     * @return the copy
     */
    public BandFalsification withAlpha(double level) {
        InputChecks.requireLevel(level);
        return new BandFalsification(level, bins, correction);
    }

    /**
     * Returns a copy with another number of quantile bins.
     *
     * @param count at least 1
     * @return the copy
     */
    public BandFalsification withBins(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the band test needs at least 1 bin, got " + count
                    + "; use for example " + DEFAULT_BINS + ".");
        }
        return new BandFalsification(alpha, count, correction);
    }

    /** Returns a copy with another multiple-testing correction. */
    public BandFalsification withCorrection(MultipleTestingCorrection method) {
        return new BandFalsification(alpha, bins, Objects.requireNonNull(method, "method"));
    }

    /** Returns the significance level. */
    public double alpha() {
        return alpha;
    }

    /** Returns the requested number of bins. */
    public int bins() {
        return bins;
    }

    /** Returns the multiple-testing correction. */
    public MultipleTestingCorrection correction() {
        return correction;
    }

    /**
     * Runs the test.
     *
     * @param residuals R, one per RCT row, finite. Not modified.
     * @param binningValues the covariate or score whose quantiles form the bins. Not modified.
     * @param lowerBand lower(X_i), one per row. Not modified.
     * @param upperBand upper(X_i), one per row, at least {@code lowerBand}. Not modified.
     * @return the per-bin table and the verdict
     * @throws DataFormatException if a value is invalid, the lengths differ or a bin has fewer
     *     than 2 rows
     */
    public BandResult test(double[] residuals, double[] binningValues, double[] lowerBand,
            double[] upperBand) {
        int n = residuals.length;
        InputChecks.requireLength(binningValues.length, "the binning values", n, "the residuals");
        InputChecks.requireLength(lowerBand.length, "the lower band", n, "the residuals");
        InputChecks.requireLength(upperBand.length, "the upper band", n, "the residuals");
        InputChecks.requireFinite(residuals, "residual");
        InputChecks.requireFinite(binningValues, "binning value");
        InputChecks.requireFinite(lowerBand, "lower band");
        InputChecks.requireFinite(upperBand, "upper band");
        for (int i = 0; i < n; i++) {
            if (lowerBand[i] > upperBand[i]) {
                throw new DataFormatException("the lower band exceeds the upper band at row index "
                        + i + " (0-based): " + lowerBand[i] + " > " + upperBand[i]
                        + "; swap the bands or fix that row.");
            }
        }
        if (n < 2) {
            throw new DataFormatException("the band test needs at least 2 rows per bin, got " + n
                    + " rows in total; supply more RCT rows.");
        }

        double[] edges = binEdges(binningValues);
        int binCount = edges.length + 1;
        int[] binOfRow = new int[n];
        int[] counts = new int[binCount];
        for (int i = 0; i < n; i++) {
            binOfRow[i] = binIndex(edges, binningValues[i]);
            counts[binOfRow[i]]++;
        }
        for (int b = 0; b < binCount; b++) {
            if (counts[b] < 2) {
                throw new DataFormatException("band-test bin " + b + " has " + counts[b]
                        + " row, but each bin needs at least 2; use fewer bins than the "
                        + bins + " requested, at most " + n / 2 + " for " + n + " rows.");
            }
        }

        BinSummary[] summaries = new BinSummary[binCount];
        for (int b = 0; b < binCount; b++) {
            summaries[b] = summariseBin(b, binOfRow, residuals, binningValues, lowerBand,
                    upperBand);
        }
        double[] pValues = new double[binCount];
        for (int b = 0; b < binCount; b++) {
            pValues[b] = summaries[b].pValue();
        }
        double[] adjusted = adjust(pValues);
        boolean[] rejected = reject(pValues);

        List<BandBin> rows = new ArrayList<>(binCount);
        double maxStatistic = Double.NEGATIVE_INFINITY;
        double minAdjusted = 1;
        boolean anyRejected = false;
        for (int b = 0; b < binCount; b++) {
            BinSummary summary = summaries[b];
            rows.add(new BandBin(b, counts[b], summary.minimum(), summary.maximum(),
                    summary.mean(), summary.standardError(), summary.lower(), summary.upper(),
                    summary.statistic(), pValues[b], adjusted[b], rejected[b]));
            maxStatistic = Math.max(maxStatistic, summary.statistic());
            minAdjusted = Math.min(minAdjusted, adjusted[b]);
            anyRejected |= rejected[b];
        }
        return new BandResult(rows, bins, correction, maxStatistic, minAdjusted, alpha,
                anyRejected);
    }

    /** Returns the distinct interior quantile edges, each above the smallest value. */
    private double[] binEdges(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] edges = new double[Math.max(0, bins - 1)];
        int count = 0;
        double previous = sorted[0];
        for (int k = 1; k < bins; k++) {
            double edge = sorted[(int) ((long) k * n / bins)];
            if (edge > previous) {
                edges[count++] = edge;
                previous = edge;
            }
        }
        return Arrays.copyOf(edges, count);
    }

    /** Returns the number of edges at or below {@code value}, which is the bin index. */
    private static int binIndex(double[] edges, double value) {
        int index = 0;
        while (index < edges.length && edges[index] <= value) {
            index++;
        }
        return index;
    }

    /** Summary statistics of one bin, before the multiple-testing correction. */
    private record BinSummary(double minimum, double maximum, double mean, double standardError,
            double lower, double upper, double statistic, double pValue) {
    }

    private static BinSummary summariseBin(int bin, int[] binOfRow, double[] residuals,
            double[] binningValues, double[] lowerBand, double[] upperBand) {
        int rows = 0;
        double sum = 0;
        double lowerSum = 0;
        double upperSum = 0;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < residuals.length; i++) {
            if (binOfRow[i] == bin) {
                rows++;
                sum += residuals[i];
                lowerSum += lowerBand[i];
                upperSum += upperBand[i];
                minimum = Math.min(minimum, binningValues[i]);
                maximum = Math.max(maximum, binningValues[i]);
            }
        }
        double mean = sum / rows;
        double sumOfSquares = 0;
        for (int i = 0; i < residuals.length; i++) {
            if (binOfRow[i] == bin) {
                sumOfSquares += (residuals[i] - mean) * (residuals[i] - mean);
            }
        }
        double standardError = Math.sqrt(sumOfSquares / (rows - 1)) / Math.sqrt(rows);
        double lower = lowerSum / rows;
        double upper = upperSum / rows;

        double statistic;
        if (standardError > 0) {
            statistic = Math.max((mean - upper) / standardError, (lower - mean) / standardError);
        } else {
            boolean outside = mean > upper || mean < lower;
            statistic = outside ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        // 1 - Phi(z) computed as Phi(-z), which keeps precision in the upper tail.
        double pValue = STANDARD_NORMAL.cumulativeProbability(-statistic);
        return new BinSummary(minimum, maximum, mean, standardError, lower, upper, statistic,
                pValue);
    }

    /** Returns Bonferroni or Holm adjusted p-values, capped at 1. */
    private double[] adjust(double[] pValues) {
        int count = pValues.length;
        double[] adjusted = new double[count];
        if (correction == MultipleTestingCorrection.BONFERRONI) {
            for (int b = 0; b < count; b++) {
                adjusted[b] = Math.min(1, count * pValues[b]);
            }
            return adjusted;
        }
        Integer[] order = ascendingOrder(pValues);
        double running = 0;
        for (int rank = 0; rank < count; rank++) {
            int b = order[rank];
            running = Math.max(running, Math.min(1, (count - rank) * pValues[b]));
            adjusted[b] = running;
        }
        return adjusted;
    }

    /** Applies the rejection rule of the correction with strict inequalities. */
    private boolean[] reject(double[] pValues) {
        int count = pValues.length;
        boolean[] rejected = new boolean[count];
        if (correction == MultipleTestingCorrection.BONFERRONI) {
            for (int b = 0; b < count; b++) {
                rejected[b] = pValues[b] < alpha / count;
            }
            return rejected;
        }
        Integer[] order = ascendingOrder(pValues);
        for (int rank = 0; rank < count; rank++) {
            int b = order[rank];
            if (!(pValues[b] < alpha / (count - rank))) {
                break;
            }
            rejected[b] = true;
        }
        return rejected;
    }

    private static Integer[] ascendingOrder(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        return order;
    }
}
