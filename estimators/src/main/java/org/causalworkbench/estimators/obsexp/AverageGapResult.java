package org.causalworkbench.estimators.obsexp;

/**
 * Result of the average-gap t test, labelled F1 in the workbench.
 *
 * @param rows number of residuals n
 * @param mean mean of the residuals
 * @param standardDeviation sample standard deviation, denominator n - 1
 * @param statistic {@code t = mean / (sd / sqrt(n))}
 * @param degreesOfFreedom n - 1
 * @param pValue two-sided Student-t p-value, the one that decides rejection
 * @param normalPValue two-sided standard normal p-value, for comparison
 * @param alpha the significance level
 * @param rejected whether {@code pValue <= alpha}
 */
public record AverageGapResult(int rows, double mean, double standardDeviation,
        double statistic, int degreesOfFreedom, double pValue, double normalPValue,
        double alpha, boolean rejected) implements FalsificationResult {

    @Override
    public String testName() {
        return AverageGapFalsification.TEST_NAME;
    }
}
