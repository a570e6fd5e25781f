package org.causalworkbench.estimators.repr.contrastive;

/**
 * The contrastive method's scores at one pair of outcome quantiles.
 *
 * @param lowerQuantile the quantile of |Delta Y| below which a candidate is a positive
 * @param upperQuantile the quantile above which a candidate is a negative
 * @param lowerThreshold the lower quantile's value, in outcome units
 * @param upperThreshold the upper quantile's value, in outcome units
 * @param scores root PEHE, bias and probe R<sup>2</sup> at these thresholds
 */
public record ThresholdResult(double lowerQuantile, double upperQuantile,
        double lowerThreshold, double upperThreshold, MethodResult scores) {
}
