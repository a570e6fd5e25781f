package org.causalworkbench.estimators.synth;

/**
 * Means and root mean squares over a range of a series, shared by the synthetic-control fits so
 * that every estimator reports RMSPE the same way.
 */
final class GapStatistics {

    /** Relative size below which an RMSPE counts as the rounding noise of an exact fit. */
    static final double ROUNDING_LEVEL = 1e-12;

    private GapStatistics() {
    }

    static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    /** Computes the root mean square without overflow or underflow, by scaling first. */
    static double rootMeanSquare(double[] values, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            double scaled = values[i] / max;
            sum += scaled * scaled;
        }
        return max * Math.sqrt(sum / (to - from));
    }

    /**
     * Returns the RMSPE of a gap range, or zero when it is below {@link #ROUNDING_LEVEL} times
     * the treated unit's RMS outcome over the pre-period. Such a value is floating-point noise
     * of an exact fit, and left as it is it would make the RMSPE ratio an arbitrary large number
     * instead of infinity.
     */
    static double rmspe(double[] gap, int from, int to, double[] observed, int preCount) {
        double rmspe = rootMeanSquare(gap, from, to);
        double outcomeScale = rootMeanSquare(observed, 0, preCount);
        return rmspe <= ROUNDING_LEVEL * outcomeScale ? 0 : rmspe;
    }
}
