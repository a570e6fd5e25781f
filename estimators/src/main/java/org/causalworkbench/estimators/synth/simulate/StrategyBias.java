package org.causalworkbench.estimators.synth.simulate;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Distribution across replicates of one strategy's bias, the synthetic-control ATT minus the
 * true effect tau.
 *
 * <p>Quantiles interpolate linearly between order statistics (type 7 of Hyndman and Fan 1996,
 * the default of R's {@code quantile}).
 *
 * @param strategy the strategy's name
 * @param mean the mean bias
 * @param sd the sample standard deviation (denominator r - 1), {@code NaN} for one replicate
 * @param values the bias of every replicate, in replicate order
 */
public record StrategyBias(String strategy, double mean, double sd, double[] values) {

    /** Copies the values. */
    public StrategyBias {
        values = values.clone();
    }

    /**
     * Summarises at least one bias value.
     *
     * @param strategy the strategy's name
     * @param values the biases. Not modified.
     * @return the summary
     */
    public static StrategyBias of(String strategy, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A bias summary of strategy " + strategy
                    + " needs at least one replicate.");
        }
        double mean = Arrays.stream(values).sum() / values.length;
        double sd = Double.NaN;
        if (values.length > 1) {
            double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
            sd = Math.sqrt(squares / (values.length - 1));
        }
        return new StrategyBias(strategy, mean, sd, values);
    }

    /** Returns a copy of the bias of every replicate. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return values.length;
    }

    /** Returns the Monte Carlo standard error of the mean, sd / sqrt(r). */
    public double standardError() {
        return sd / Math.sqrt(values.length);
    }

    /**
     * Returns a quantile of the bias.
     *
     * @param probability in (0, 1], for example 0.025, 0.5 or 0.975
     * @return the quantile
     */
    public double quantile(double probability) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("Invalid quantile probability " + probability
                    + ": use a value in (0, 1], for example 0.5 for the median.");
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        return percentile.evaluate(values, probability * 100);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyBias that && strategy.equals(that.strategy)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * strategy.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: mean %.4f, sd %.4f, se %.4f over %d replicates",
                strategy, mean, sd, standardError(), values.length);
    }
}
