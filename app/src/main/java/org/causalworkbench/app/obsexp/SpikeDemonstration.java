package org.causalworkbench.app.obsexp;

import java.util.Arrays;
import java.util.List;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.estimators.obsexp.GapPrediction;

/**
 * Computes what the theorem view shows for one spike: the gap with and without the spike, the
 * gap band of the last analysis, and the distribution of the trial's pseudo-outcome in the
 * original and the spiked world.
 *
 * <p>The spiked world adds the spike to the treated arm's mean outcome, so the CATE, and with it
 * the gap, gains the spike while &omega; stays the same. The trial's data change only in treated
 * rows whose first covariate lies under the spike. Each such outcome moves by the spike's value,
 * and the rest of the data keep the same values (the two worlds share their noise). The total
 * variation distance between the two data distributions is therefore at most P(T = 1 and x under
 * the spike), estimated here by the share of such rows. Nothing is refitted.
 */
public final class SpikeDemonstration {

    /** The number of points on which the pseudo-outcome densities are drawn. */
    static final int DENSITY_POINTS = 200;

    private final double[] rowAxis;
    private final double[] treatment;
    private final double[] outcome;
    private final double propensity;
    private final double[] axis;
    private final double[] baseGap;
    private final boolean baseGapKnown;
    private final double[] bandLower;
    private final double[] bandUpper;

    /**
     * Prepares the demonstration for a dataset.
     *
     * @param dataset the trial and its evaluation points
     * @param outcome the analysis on screen, or {@code null}. Its gap band is the band that the
     *     spike leaves. Its posterior mean replaces the gap when the true gap is unknown.
     * @throws IllegalArgumentException if the true gap is unknown and there is no analysis
     */
    public SpikeDemonstration(ObsExpDataset dataset, ObsExpOutcome outcome) {
        this.rowAxis = dataset.firstCovariate();
        this.treatment = dataset.treatment();
        this.outcome = dataset.outcome();
        this.propensity = dataset.propensity();
        this.axis = dataset.evaluationAxis();
        List<GapPrediction> evaluation = outcome == null ? List.of() : outcome.evaluation();
        boolean bandMatches = evaluation.size() == axis.length;
        if (bandMatches) {
            bandLower = new double[axis.length];
            bandUpper = new double[axis.length];
            for (int i = 0; i < axis.length; i++) {
                bandLower[i] = evaluation.get(i).gapLower();
                bandUpper[i] = evaluation.get(i).gapUpper();
            }
        } else {
            bandLower = null;
            bandUpper = null;
        }
        double[] known = dataset.trueGap();
        if (known != null) {
            baseGap = known;
            baseGapKnown = true;
        } else if (bandMatches) {
            baseGap = evaluation.stream().mapToDouble(GapPrediction::mean).toArray();
            baseGapKnown = false;
        } else {
            throw new IllegalArgumentException("the spike needs a gap to add to: the true gap is"
                    + " unknown for these data, so run the analysis first");
        }
    }

    /**
     * Computes the view for one spike.
     *
     * @param spike the spike
     * @return the curves, densities and summary numbers
     */
    public SpikeResult evaluate(GapSpike spike) {
        double[] spikedGap = spike.addTo(axis, baseGap);

        double[] before = new double[outcome.length];
        double[] after = new double[outcome.length];
        int changed = 0;
        for (int i = 0; i < outcome.length; i++) {
            double shift = treatment[i] == 1 ? spike.valueAt(rowAxis[i]) : 0;
            if (treatment[i] == 1 && spike.covers(rowAxis[i])) {
                changed++;
            }
            before[i] = pseudoOutcome(outcome[i], treatment[i]);
            after[i] = pseudoOutcome(outcome[i] + shift, treatment[i]);
        }
        double bandwidth = silvermanBandwidth(before);
        double low = Math.min(min(before), min(after)) - 3 * bandwidth;
        double high = Math.max(max(before), max(after)) + 3 * bandwidth;
        double[] densityAxis = new double[DENSITY_POINTS];
        for (int k = 0; k < DENSITY_POINTS; k++) {
            densityAxis[k] = low + (high - low) * k / (DENSITY_POINTS - 1);
        }
        double[] densityBefore = density(before, densityAxis, bandwidth);
        double[] densityAfter = density(after, densityAxis, bandwidth);
        double step = densityAxis[1] - densityAxis[0];
        double smoothedDistance = 0;
        for (int k = 0; k < DENSITY_POINTS; k++) {
            smoothedDistance += Math.abs(densityBefore[k] - densityAfter[k]) * step;
        }

        double exit = 0;
        double exitAt = Double.NaN;
        if (bandLower != null) {
            for (int i = 0; i < axis.length; i++) {
                double outside = Math.max(spikedGap[i] - bandUpper[i],
                        bandLower[i] - spikedGap[i]);
                if (outside > exit) {
                    exit = outside;
                    exitAt = axis[i];
                }
            }
        }
        return new SpikeResult(spike, axis, baseGap, baseGapKnown, spikedGap, bandLower,
                bandUpper, densityAxis, densityBefore, densityAfter, changed, outcome.length,
                changed / (double) outcome.length, smoothedDistance / 2, exit, exitAt);
    }

    /** Returns the IPW pseudo-outcome Y(T - &pi;) / (&pi;(1 - &pi;)). */
    private double pseudoOutcome(double y, double t) {
        return y * (t - propensity) / (propensity * (1 - propensity));
    }

    /**
     * Returns Silverman's rule-of-thumb bandwidth 0.9 min(SD, IQR / 1.34) n^(-1/5), or 1 when the
     * values do not spread.
     */
    static double silvermanBandwidth(double[] values) {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        return spread > 0 ? 0.9 * spread * Math.pow(n, -0.2) : 1;
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Returns a Gaussian kernel density estimate of the values at each grid point. */
    private static double[] density(double[] values, double[] grid, double bandwidth) {
        double norm = 1 / (values.length * bandwidth * Math.sqrt(2 * Math.PI));
        double[] out = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            double sum = 0;
            for (double value : values) {
                double u = (grid[k] - value) / bandwidth;
                sum += Math.exp(-0.5 * u * u);
            }
            out[k] = sum * norm;
        }
        return out;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
