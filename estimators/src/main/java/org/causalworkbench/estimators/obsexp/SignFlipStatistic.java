package org.causalworkbench.estimators.obsexp;

import java.util.Arrays;
import java.util.Random;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Evaluates the kernel U-statistic under Rademacher sign flips, for the wild-bootstrap p-value.
 *
 * <p>The products {@code A_ij = k(X_i, X_j) R_i R_j} for {@code i < j} are stored row by row in a
 * packed upper triangle, so {@code U*(eps) = 2/(n(n-1)) sum_(i<j) eps_i eps_j A_ij} costs one
 * pass over n(n-1)/2 values. The observed statistic is {@code U*} with every sign +1, computed by
 * the same loop, so the identity and its negation reproduce it bit for bit.
 */
final class SignFlipStatistic {

    /**
     * Relative tolerance for ties: a resampled statistic counts as at least U when it exceeds
     * {@code U - TIE_TOLERANCE * sum |A_ij| * 2/(n(n-1))}. It absorbs rounding in sums that are
     * equal in exact arithmetic.
     */
    static final double TIE_TOLERANCE = 1e-12;

    /** Approximate number of products to process between cancellation checks. */
    private static final long PRODUCTS_PER_CHECK = 4_000_000L;

    private final int n;
    private final double[] products;
    private final double normalisation;
    private final double observed;
    private final double threshold;

    /**
     * Builds the packed products for the RBF kernel {@code exp(-|x - x'|^2 / (2 l^2))}.
     *
     * @param x covariates in the units the kernel uses. Not modified.
     * @param residuals R. Not modified.
     * @param lengthscale l, positive
     */
    SignFlipStatistic(double[][] x, double[] residuals, double lengthscale) {
        this.n = residuals.length;
        this.products = new double[n * (n - 1) / 2];
        double scale = 2 * lengthscale * lengthscale;
        double absoluteSum = 0;
        int position = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double kernel = Math.exp(-KernelDistances.squaredDistance(x[i], x[j]) / scale);
                double product = kernel * residuals[i] * residuals[j];
                products[position++] = product;
                absoluteSum += Math.abs(product);
            }
        }
        this.normalisation = 2.0 / ((double) n * (n - 1));
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        this.observed = evaluate(ones);
        this.threshold = observed - TIE_TOLERANCE * absoluteSum * normalisation;
    }

    /** Returns the observed statistic U. */
    double observed() {
        return observed;
    }

    /**
     * Counts the sign vectors with {@code eps_0 = +1} whose statistic is at least U. Because
     * {@code U*(eps) = U*(-eps)}, twice the count is the count over all 2^n vectors.
     *
     * @return the count among the 2^(n-1) vectors
     */
    long countExact(ProgressSink progress, CancellationToken cancellation) {
        long total = 1L << (n - 1);
        long interval = checkInterval();
        double[] signs = new double[n];
        signs[0] = 1;
        long count = 0;
        for (long mask = 0; mask < total; mask++) {
            if (mask % interval == 0) {
                cancellation.throwIfCancellationRequested();
                // Each mask stands for a vector and its negation, so progress counts both.
                progress.progress(2 * mask, 2 * total);
            }
            for (int i = 1; i < n; i++) {
                signs[i] = ((mask >>> (i - 1)) & 1L) == 0 ? 1 : -1;
            }
            if (evaluate(signs) >= threshold) {
                count++;
            }
        }
        progress.progress(2 * total, 2 * total);
        return count;
    }

    /**
     * Counts the draws, among {@code draws} random sign vectors, whose statistic is at least U.
     *
     * @param seed seeds the signs, so equal seeds give equal counts
     */
    long countSampled(int draws, long seed, ProgressSink progress,
            CancellationToken cancellation) {
        Random random = new Random(seed);
        long interval = checkInterval();
        double[] signs = new double[n];
        long count = 0;
        for (int b = 0; b < draws; b++) {
            if (b % interval == 0) {
                cancellation.throwIfCancellationRequested();
                progress.progress(b, draws);
            }
            for (int i = 0; i < n; i++) {
                signs[i] = random.nextBoolean() ? 1 : -1;
            }
            if (evaluate(signs) >= threshold) {
                count++;
            }
        }
        progress.progress(draws, draws);
        return count;
    }

    private long checkInterval() {
        return Math.max(1, Math.min(4096, PRODUCTS_PER_CHECK / Math.max(1, products.length)));
    }

    private double evaluate(double[] signs) {
        double total = 0;
        int position = 0;
        for (int i = 0; i < n - 1; i++) {
            double rowSum = 0;
            for (int j = i + 1; j < n; j++) {
                rowSum += products[position++] * signs[j];
            }
            total += signs[i] * rowSum;
        }
        return total * normalisation;
    }
}
