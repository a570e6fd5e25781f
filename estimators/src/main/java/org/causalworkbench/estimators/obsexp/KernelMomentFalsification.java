package org.causalworkbench.estimators.obsexp;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Tests whether the RCT residuals have conditional mean zero given the covariates, which
 * detects a gap between the observational CATE and the truth that varies with X, even when it
 * averages to zero. The workbench labels this test F2.
 *
 * <p>For residuals R and covariates X, the null hypothesis is {@code E[R | X] = 0} almost surely
 * on the RCT support. The statistic is the U-statistic
 * <pre>
 *   U = 1/(n(n-1)) sum_(i != j) k(X_i, X_j) R_i R_j,    k(x, x') = exp(-|x - x'|^2 / (2 l^2))
 * </pre>
 * whose mean is 0 under the null and positive otherwise, because the RBF kernel is integrally
 * strictly positive definite. The p-value comes from the Rademacher wild bootstrap:
 * {@code U*(eps)} replaces {@code R_i R_j} by {@code eps_i eps_j R_i R_j}.
 * <pre>{@code
 *   n <= 16:  exact,   p = #{eps in {-1, +1}^n : U*(eps) >= U} / 2^n
 *   n > 16:   sampled, p = (1 + #{b : U*_b >= U}) / (B + 1),  B = 999 seeded draws by default
 * }</pre>
 * The test rejects when {@code p <= alpha}.
 *
 * <ul>
 *   <li>By default each covariate column is standardised (centred, divided by its sample SD) and
 *       the lengthscale l is the median pairwise Euclidean distance of the standardised rows.
 *       {@link #withLengthscale(double)} sets l in the same units: standardised units unless
 *       {@link #withStandardisedCovariates(boolean)} turns standardisation off, in which case l
 *       is in the covariates' own units.</li>
 *   <li>A constant covariate column is ignored after standardisation. When the median distance
 *       is 0, the test raises, and the caller must set the lengthscale explicitly.</li>
 *   <li>The exact p-value counts the identity and its negation, so it is at least
 *       {@code 2 / 2^n}. With n of 5 or fewer the test cannot reject at alpha = 0.05.</li>
 *   <li>When the residuals are symmetric about zero given X under the null, both p-values are
 *       valid in finite samples. Otherwise the sign-flip p-value is an approximation.</li>
 *   <li>Ties within a relative 1e-12 of the summed absolute products count as exceedances.</li>
 * </ul>
 *
 * <p><strong>Algorithm.</strong> The products {@code k(X_i, X_j) R_i R_j} are computed once.
 * Each sign vector then costs n(n-1)/2 multiply-adds. The loop checks the cancellation token and
 * reports progress about every 4 million products, and at most every 4096 sign vectors.
 *
 * <p><strong>Limitations.</strong> Time is O(n^2 (2^(n-1) or B)) and memory O(n^2), so tables
 * above {@value #MAX_ROWS} rows are rejected. The median heuristic uses at most 1000 rows, a
 * seeded random subset of larger tables. A single isotropic RBF kernel weights all standardised
 * covariates equally.
 *
 * <p><strong>Cancellation.</strong> A cancelled run ends with
 * {@link java.util.concurrent.CancellationException} and returns nothing.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Hussain, Shih, Oberst, Demirel and Sontag (2023), Falsification of Internal and
 * External Validity in Observational Studies via Conditional Moment Restrictions, AISTATS 2023,
 * arXiv:2301.13133 (a kernel conditional-moment falsification test, with a multinomial rather
 * than a wild bootstrap). Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025),
 * arXiv:2503.14795.
 */
public final class KernelMomentFalsification {

    /** Display name of the test. */
    public static final String TEST_NAME = "F2 kernel conditional-moment test";

    /** Significance level unless {@link #withAlpha(double)} sets another. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Number of bootstrap draws above {@value #MAX_EXACT_ROWS} rows, unless set otherwise. */
    public static final int DEFAULT_BOOTSTRAP_DRAWS = 999;

    /** Seed of the bootstrap draws and of the median subset unless set otherwise. */
    public static final long DEFAULT_SEED = 1L;

    /** Largest number of rows for which the p-value enumerates all 2^n sign vectors. */
    public static final int MAX_EXACT_ROWS = 16;

    // NOTE: chosen from the O(n^2) memory and an estimate of the run time, not measured.
    /** Largest number of rows accepted. The packed kernel products then take about 100 MB. */
    public static final int MAX_ROWS = 5000;

    private static final KernelMomentFalsification DEFAULTS = new KernelMomentFalsification(
            DEFAULT_ALPHA, Double.NaN, true, DEFAULT_BOOTSTRAP_DRAWS, DEFAULT_SEED);

    private final double alpha;
    private final double lengthscale;
    private final boolean standardised;
    private final int bootstrapDraws;
    private final long seed;

    private KernelMomentFalsification(double alpha, double lengthscale, boolean standardised,
            int bootstrapDraws, long seed) {
        this.alpha = alpha;
        this.lengthscale = lengthscale;
        this.standardised = standardised;
        this.bootstrapDraws = bootstrapDraws;
        this.seed = seed;
    }

    /**
     * Returns the test at level {@value #DEFAULT_ALPHA} on standardised covariates with the
     * median lengthscale and {@value #DEFAULT_BOOTSTRAP_DRAWS} draws seeded with
     * {@value #DEFAULT_SEED}.
     */
    public static KernelMomentFalsification withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy at another significance level.
     *
     * @param level strictly between 0 and 1
     * @return the copy
     */
    public KernelMomentFalsification withAlpha(double level) {
        InputChecks.requireLevel(level);
        return new KernelMomentFalsification(level, lengthscale, standardised, bootstrapDraws,
                seed);
    }

    /**
     * Returns a copy with a fixed RBF lengthscale, in standardised units unless standardisation
     * is off.
     *
     * @param value positive and finite
     * @return the copy
     */
    public KernelMomentFalsification withLengthscale(double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("the RBF lengthscale must be positive and finite,"
                    + " got " + value + "; use for example 1, or withMedianLengthscale().");
        }
        return new KernelMomentFalsification(alpha, value, standardised, bootstrapDraws, seed);
    }

    /** Returns a copy that sets the lengthscale to the median pairwise distance of the data. */
    public KernelMomentFalsification withMedianLengthscale() {
        return new KernelMomentFalsification(alpha, Double.NaN, standardised, bootstrapDraws,
                seed);
    }

    /**
     * Returns a copy that does or does not standardise each covariate column before computing
     * distances.
     *
     * @param enabled {@code true} for standardised units, {@code false} for the raw covariates
     * @return the copy
     */
    public KernelMomentFalsification withStandardisedCovariates(boolean enabled) {
        return new KernelMomentFalsification(alpha, lengthscale, enabled, bootstrapDraws, seed);
    }

    /**
     * Returns a copy that draws {@code count} bootstrap sign vectors when n exceeds
     * {@value #MAX_EXACT_ROWS}.
     *
     * @param count at least 1, and 999 or more keeps the Monte Carlo error of p small
     * @return the copy
     */
    public KernelMomentFalsification withBootstrapDraws(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of bootstrap draws must be at least 1,"
                    + " got " + count + "; use for example " + DEFAULT_BOOTSTRAP_DRAWS + ".");
        }
        return new KernelMomentFalsification(alpha, lengthscale, standardised, count, seed);
    }

    /** Returns a copy whose bootstrap draws and median subset use {@code value} as the seed. */
    public KernelMomentFalsification withSeed(long value) {
        return new KernelMomentFalsification(alpha, lengthscale, standardised, bootstrapDraws,
                value);
    }

    /** Returns the significance level. */
    public double alpha() {
        return alpha;
    }

    /** Returns the fixed lengthscale, or NaN when the median heuristic sets it. */
    public double lengthscale() {
        return lengthscale;
    }

    /** Returns whether covariate columns are standardised before computing distances. */
    public boolean standardisedCovariates() {
        return standardised;
    }

    /** Returns the number of bootstrap draws used above {@value #MAX_EXACT_ROWS} rows. */
    public int bootstrapDraws() {
        return bootstrapDraws;
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /**
     * Runs the test without progress reports or cancellation.
     *
     * @see #test(double[][], double[], ProgressSink, CancellationToken)
     */
    public KernelMomentResult test(double[][] x, double[] residuals) {
        return test(x, residuals, ProgressSink.NONE, CancellationToken.NEVER);
    }

    /**
     * Runs the test.
     *
     * @param x covariates, n rows of d columns with d at least 1. Not modified.
     * @param residuals R, one per row, finite. Not modified.
     * @param progress receives progress over the sign vectors
     * @param cancellation checked inside the resampling loop
     * @return the statistic, the lengthscale used, the p-value and the verdict
     * @throws DataFormatException if a value is invalid, n is below 3 or above
     *     {@value #MAX_ROWS}, or the median lengthscale is 0
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public KernelMomentResult test(double[][] x, double[] residuals, ProgressSink progress,
            CancellationToken cancellation) {
        int n = residuals.length;
        if (n < 3) {
            throw new DataFormatException("the kernel conditional-moment test needs at least 3"
                    + " rows, got " + n + "; supply more RCT rows.");
        }
        if (n > MAX_ROWS) {
            throw new DataFormatException("the kernel conditional-moment test accepts at most "
                    + MAX_ROWS + " rows, got " + n + "; test a random subsample of the RCT.");
        }
        InputChecks.requireFinite(residuals, "residual");
        int d = InputChecks.requireCovariates(x, n, "the residuals");
        if (d == 0) {
            throw new DataFormatException("the kernel conditional-moment test needs at least one"
                    + " covariate column, got none; pass the RCT covariates.");
        }

        double[][] kernelInput = standardised ? KernelDistances.standardise(x) : x;
        boolean median = Double.isNaN(lengthscale);
        double usedLengthscale = median
                ? KernelDistances.medianPairwiseDistance(kernelInput, seed) : lengthscale;
        if (!(usedLengthscale > 0)) {
            throw new DataFormatException("the median pairwise distance of the covariates is 0,"
                    + " because more than half of the rows share their covariate values; set an"
                    + " explicit lengthscale with withLengthscale.");
        }

        SignFlipStatistic statistic = new SignFlipStatistic(kernelInput, residuals,
                usedLengthscale);
        boolean exact = n <= MAX_EXACT_ROWS;
        long resamples;
        long exceedances;
        double pValue;
        if (exact) {
            progress.message("Enumerating all " + (1L << n) + " sign vectors");
            resamples = 1L << n;
            exceedances = 2 * statistic.countExact(progress, cancellation);
            pValue = exceedances / (double) resamples;
        } else {
            progress.message("Drawing " + bootstrapDraws + " wild-bootstrap sign vectors");
            resamples = bootstrapDraws;
            exceedances = statistic.countSampled(bootstrapDraws, seed, progress, cancellation);
            pValue = (1 + exceedances) / (double) (bootstrapDraws + 1);
        }
        return new KernelMomentResult(n, statistic.observed(), usedLengthscale, median,
                standardised, exact, resamples, exceedances, pValue, seed, alpha,
                pValue <= alpha);
    }
}
