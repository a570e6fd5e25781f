package org.causalworkbench.estimators.obsexp;

/**
 * One bin of the band test, a row of the per-bin table.
 *
 * @param index the bin's position, 0 for the lowest binning values
 * @param rows number of RCT rows in the bin
 * @param minimumValue smallest binning value in the bin
 * @param maximumValue largest binning value in the bin
 * @param mean m_b, the mean residual
 * @param standardError se_b = s_b / sqrt(n_b), with s_b the sample SD (denominator n_b - 1)
 * @param lowerBand L_b, the mean of the lower band over the bin's rows
 * @param upperBand U_b, the mean of the upper band over the bin's rows
 * @param statistic {@code max((m_b - U_b) / se_b, (L_b - m_b) / se_b)}. When se_b is 0, it is
 *     positive infinity if m_b lies outside [L_b, U_b] and negative infinity otherwise.
 * @param pValue {@code 1 - Phi(statistic)}
 * @param adjustedPValue the Bonferroni or Holm adjusted p-value, capped at 1
 * @param rejected whether the correction rejects this bin
 */
public record BandBin(int index, int rows, double minimumValue, double maximumValue,
        double mean, double standardError, double lowerBand, double upperBand, double statistic,
        double pValue, double adjustedPValue, boolean rejected) {
}
