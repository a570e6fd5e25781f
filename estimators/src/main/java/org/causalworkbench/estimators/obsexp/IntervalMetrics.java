package org.causalworkbench.estimators.obsexp;

import java.util.List;

/**
 * Quality of gap intervals against a known true gap: coverage, mean width and mean squared
 * error of the mean, as reported in simulation studies.
 *
 * @param points the number of evaluation points
 * @param coverage the share of points with lower &lt; &Delta; &lt; upper (strict inequalities)
 * @param width the mean interval width
 * @param meanSquaredError the mean of (&Delta; - mean)<sup>2</sup>
 */
public record IntervalMetrics(int points, double coverage, double width,
        double meanSquaredError) {

    /**
     * Computes the metrics.
     *
     * @param predictions the intervals
     * @param trueGap the true gap at each point
     * @return the metrics
     */
    public static IntervalMetrics of(List<GapPrediction> predictions, double[] trueGap) {
        if (predictions.size() != trueGap.length || trueGap.length == 0) {
            throw new IllegalArgumentException(predictions.size() + " predictions but "
                    + trueGap.length + " true values; give one per point, at least one");
        }
        int covered = 0;
        double width = 0;
        double squaredError = 0;
        for (int i = 0; i < trueGap.length; i++) {
            GapPrediction p = predictions.get(i);
            if (p.gapLower() < trueGap[i] && trueGap[i] < p.gapUpper()) {
                covered++;
            }
            width += p.gapUpper() - p.gapLower();
            double error = trueGap[i] - p.mean();
            squaredError += error * error;
        }
        int n = trueGap.length;
        return new IntervalMetrics(n, covered / (double) n, width / n, squaredError / n);
    }
}
