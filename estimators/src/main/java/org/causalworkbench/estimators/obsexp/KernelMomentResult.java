package org.causalworkbench.estimators.obsexp;

/**
 * Result of the kernel conditional-moment test, labelled F2 in the workbench.
 *
 * @param rows number of residuals n
 * @param statistic the U-statistic {@code 1/(n(n-1)) sum_(i != j) k(X_i, X_j) R_i R_j}
 * @param lengthscale the RBF lengthscale used, in the units of {@code standardisedCovariates}
 * @param medianLengthscale whether the lengthscale came from the median pairwise distance
 * @param standardisedCovariates whether the kernel saw standardised covariate columns
 * @param exact whether the p-value enumerated all 2^n sign vectors
 * @param resamples 2^n when exact, otherwise the number of bootstrap draws B
 * @param exceedances sign vectors or draws whose statistic was at least the observed one
 * @param pValue {@code exceedances / 2^n} when exact, otherwise
 *     {@code (1 + exceedances) / (B + 1)}
 * @param seed the seed of the bootstrap draws and of the median subset, unused when exact
 * @param alpha the significance level
 * @param rejected whether {@code pValue <= alpha}
 */
public record KernelMomentResult(int rows, double statistic, double lengthscale,
        boolean medianLengthscale, boolean standardisedCovariates, boolean exact, long resamples,
        long exceedances, double pValue, long seed, double alpha, boolean rejected)
        implements FalsificationResult {

    @Override
    public String testName() {
        return KernelMomentFalsification.TEST_NAME;
    }
}
