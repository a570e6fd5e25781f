package org.causalworkbench.estimators.obsexp;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Tests whether the RCT residuals have mean zero, that is whether the observational CATE is
 * correct on average over the RCT population. The workbench labels this test F1.
 *
 * <p>For residuals {@code R_i = Z_i - delta0(X_i)}, {@code i = 1..n}, the null hypothesis is
 * {@code E[R] = 0} and
 * <pre>
 *   t = mean(R) / (s / sqrt(n)),    s^2 = sum (R_i - mean(R))^2 / (n - 1)
 *   p = 2 P(T_(n-1) >= |t|)         (two-sided Student t, n - 1 degrees of freedom)
 *   p_normal = 2 (1 - Phi(|t|))     (reported for comparison)
 * </pre>
 * The test rejects when {@code p <= alpha}, using the Student-t p-value.
 *
 * <ul>
 *   <li>It needs at least 2 rows and residuals that are not all equal, because otherwise the
 *       standard deviation is undefined or 0.</li>
 *   <li>Gaps of opposite sign in different regions can cancel, so a heterogeneous bias may go
 *       undetected. The kernel test {@link KernelMomentFalsification} targets that case.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The Student-t reference is exact only for normal residuals.
 * IPW residuals are far from normal in small samples, so the p-value is then approximate.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795 (why a rejection
 * falsifies while a non-rejection does not validate).
 */
public final class AverageGapFalsification {

    /** Display name of the test. */
    public static final String TEST_NAME = "F1 average-gap t test";

    /** Significance level unless {@link #withAlpha(double)} sets another. */
    public static final double DEFAULT_ALPHA = 0.05;

    private static final AverageGapFalsification DEFAULTS =
            new AverageGapFalsification(DEFAULT_ALPHA);

    private final double alpha;

    private AverageGapFalsification(double alpha) {
        this.alpha = alpha;
    }

    /** Returns the test at level {@value #DEFAULT_ALPHA}. */
    public static AverageGapFalsification withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy at another significance level.
     *
     * @param level strictly between 0 and 1
     * @return the copy
     */
    public AverageGapFalsification withAlpha(double level) {
        InputChecks.requireLevel(level);
        return new AverageGapFalsification(level);
    }

    /** Returns the significance level. */
    public double alpha() {
        return alpha;
    }

    /**
     * Runs the test.
     *
     * @param residuals R, finite, at least 2 values that are not all equal. Not modified.
     * @return the statistic, both p-values and the verdict
     * @throws DataFormatException if a residual is not finite, there are fewer than 2 or they
     *     are all equal
     */
    public AverageGapResult test(double[] residuals) {
        int n = residuals.length;
        if (n < 2) {
            throw new DataFormatException("the average-gap t test needs at least 2 residuals, got "
                    + n + "; supply more RCT rows.");
        }
        InputChecks.requireFinite(residuals, "residual");

        double sum = 0;
        for (double r : residuals) {
            sum += r;
        }
        double mean = sum / n;
        double sumOfSquares = 0;
        for (double r : residuals) {
            sumOfSquares += (r - mean) * (r - mean);
        }
        double sd = Math.sqrt(sumOfSquares / (n - 1));
        if (sd == 0) {
            throw new DataFormatException("all " + n + " residuals equal " + residuals[0]
                    + ", so their standard deviation is 0 and the t statistic is undefined;"
                    + " check that the residuals come from the RCT outcomes.");
        }

        double t = mean / (sd / Math.sqrt(n));
        int df = n - 1;
        double pStudent = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        double pNormal = 2 * new NormalDistribution(null, 0, 1)
                .cumulativeProbability(-Math.abs(t));
        return new AverageGapResult(n, mean, sd, t, df, pStudent, pNormal, alpha,
                pStudent <= alpha);
    }
}
