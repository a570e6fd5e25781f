package org.causalworkbench.estimators.synth.spillover;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Donor series standardised on the pre-period and averaged over time buckets.
 *
 * <p>Each donor is centred and scaled by its pre-period mean and sample standard deviation, which
 * makes the screen scale-free. With window b the pre-period is cut into buckets of b periods
 * counted back from the intervention and the post-period into buckets counted forward from it,
 * so no bucket straddles the intervention. Leftover periods at the start of the pre-period and
 * at the end of the post-period are dropped.
 *
 * @param values buckets&times;donors bucket means, pre-period buckets first
 * @param preBuckets the number of pre-period buckets
 * @param preMeans each donor's pre-period mean, in outcome units
 * @param preSds each donor's pre-period standard deviation, in outcome units
 * @param notes messages about dropped leftover periods
 */
record ScreenSeries(double[][] values, int preBuckets, double[] preMeans, double[] preSds,
        List<String> notes) {

    /** Minimum number of pre-period buckets, which leaves two lag-1 transitions to fit. */
    static final int MIN_PRE_BUCKETS = 3;

    static ScreenSeries of(SyntheticControlSetup setup, int window) {
        Panel panel = setup.panel();
        List<String> donors = setup.donors();
        int pre = setup.preCount();
        int post = panel.timeCount() - pre;
        int preBuckets = pre / window;
        int postBuckets = post / window;
        checkBuckets(window, pre, post, preBuckets, postBuckets);

        double[] means = new double[donors.size()];
        double[] sds = new double[donors.size()];
        double[][] values = new double[preBuckets + postBuckets][donors.size()];
        int firstUsed = pre - preBuckets * window;
        for (int j = 0; j < donors.size(); j++) {
            String donor = donors.get(j);
            double[] series = panel.outcomes(panel.findUnit(donor).orElseThrow());
            // Dividing by the largest magnitude first keeps the squares in range for outcomes
            // near 1e300 or 1e-300, which would otherwise overflow or underflow to 0.
            double scale = largestMagnitude(series);
            double[] scaled = new double[series.length];
            for (int t = 0; t < series.length; t++) {
                scaled[t] = scale > 0 ? series[t] / scale : 0;
            }
            double scaledMean = mean(scaled, 0, pre);
            double scaledSd = standardDeviation(scaled, pre, scaledMean);
            if (!(scaledSd > 0)) {
                throw new IllegalArgumentException("donor '" + donor + "' has a"
                        + " constant pre-period outcome, so it cannot be standardised; exclude"
                        + " it from the pool before screening.");
            }
            means[j] = scaledMean * scale;
            sds[j] = scaledSd * scale;

            for (int bucket = 0; bucket < values.length; bucket++) {
                int from = firstUsed + bucket * window;
                values[bucket][j] = (mean(scaled, from, from + window) - scaledMean) / scaledSd;
                if (!Double.isFinite(values[bucket][j])) {
                    throw new IllegalArgumentException("donor '" + donor + "' cannot be"
                            + " standardised in double precision (largest magnitude " + scale
                            + ", relative pre-period SD " + scaledSd + "); rescale the outcome"
                            + " by a power of ten, or exclude the donor before screening.");
                }
            }
        }
        return new ScreenSeries(values, preBuckets, means, sds,
                leftoverNotes(panel, pre, firstUsed, pre + postBuckets * window, window));
    }

    private static void checkBuckets(int window, int pre, int post, int preBuckets,
            int postBuckets) {
        if (preBuckets < MIN_PRE_BUCKETS) {
            throw new IllegalArgumentException("a time-averaging window of " + window
                    + " leaves " + preBuckets + " pre-period bucket(s) from " + pre
                    + " pre-period periods; the screen needs at least " + MIN_PRE_BUCKETS
                    + (pre < MIN_PRE_BUCKETS
                            ? ", so choose a later intervention time that leaves at least "
                                    + MIN_PRE_BUCKETS + " pre-period periods."
                            : ", so use a window of at most " + (pre / MIN_PRE_BUCKETS) + "."));
        }
        if (postBuckets < 1) {
            throw new IllegalArgumentException("a time-averaging window of " + window
                    + " is longer than the " + post + " post-period period(s); use a window of"
                    + " at most " + post + ".");
        }
    }

    int postBuckets() {
        return values.length - preBuckets;
    }

    private static List<String> leftoverNotes(Panel panel, int pre, int firstUsed, int lastUsed,
            int window) {
        List<String> notes = new ArrayList<>();
        if (firstUsed > 0) {
            notes.add("The first " + firstUsed + " pre-period period(s) do not fill a bucket of "
                    + window + " and are left out of the screen.");
        }
        if (lastUsed < panel.timeCount()) {
            notes.add("The last " + (panel.timeCount() - lastUsed) + " post-period period(s) do"
                    + " not fill a bucket of " + window + " and are left out of the screen.");
        }
        return notes;
    }

    private static double largestMagnitude(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += values[t];
        }
        return sum / (to - from);
    }

    private static double standardDeviation(double[] values, int count, double mean) {
        double sum = 0;
        for (int t = 0; t < count; t++) {
            sum += (values[t] - mean) * (values[t] - mean);
        }
        return Math.sqrt(sum / (count - 1));
    }
}
