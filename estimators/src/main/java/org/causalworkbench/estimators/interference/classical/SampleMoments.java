package org.causalworkbench.estimators.interference.classical;

/** Means over groups and the between-group variance of such a mean. */
final class SampleMoments {

    private SampleMoments() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * Returns {@code sum (x_i - mean)^2 / (C (C - 1))}, the sample variance of the mean of C
     * independent values.
     */
    static double varianceOfMean(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        int count = values.length;
        return squares / ((double) count * (count - 1));
    }
}
