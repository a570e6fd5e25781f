package org.causalworkbench.estimators.interference.simulate;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Distribution of one estimator's bias (estimate minus true TACE) across replicates.
 *
 * <p>Quantiles use linear interpolation between order statistics (type 7 of Hyndman and Fan
 * 1996, the default of R's {@code quantile}).
 *
 * @param mean the mean bias
 * @param sd the sample standard deviation (denominator r - 1), {@code NaN} for one replicate
 * @param lower the 2.5% quantile
 * @param upper the 97.5% quantile
 * @param values the bias of every replicate in replicate order, for histograms
 */
public record BiasSummary(double mean, double sd, double lower, double upper, double[] values) {

    /** Copies the values. */
    public BiasSummary {
        values = values.clone();
    }

    /** Returns a copy of the bias of every replicate. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Summarises at least one bias value.
     *
     * @param values the biases. Not modified.
     * @return the summary
     * @throws IllegalArgumentException if there are no values
     */
    public static BiasSummary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A bias summary needs at least one replicate.");
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double mean = sum / values.length;
        double sd = Double.NaN;
        if (values.length > 1) {
            double squares = 0;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
            }
            sd = Math.sqrt(squares / (values.length - 1));
        }
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(values);
        return new BiasSummary(mean, sd, quantile.evaluate(2.5), quantile.evaluate(97.5),
                values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BiasSummary that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "mean %.4f, sd %.4f, 95%% range [%.4f, %.4f] over %d replicates", mean, sd, lower,
                upper, values.length);
    }
}
