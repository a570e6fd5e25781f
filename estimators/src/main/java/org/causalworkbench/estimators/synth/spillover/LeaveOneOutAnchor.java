package org.causalworkbench.estimators.synth.spillover;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.SimplexLeastSquares_DDRM;
import org.ejml.data.DMatrixRMaj;

/**
 * Leave-one-out predictions: each donor's post-period path from a simplex synthetic control on
 * the other donors, fitted to the standardised pre-period buckets.
 *
 * <p>The forecast and observed values are post-period means, the score is the mean absolute
 * post-period residual, and the predictive standard deviation is the fit's pre-period RMSPE.
 * The interval is the forecast plus or minus the normal quantile times that RMSPE. It ignores
 * the uncertainty of the weights and serial correlation, so treat its flags as a heuristic.
 * A donor fitted exactly before the intervention gets a zero standard deviation and an infinite
 * z-score whenever its post-period error is non-zero.
 */
final class LeaveOneOutAnchor {

    /**
     * Predictive standard deviation, in standardised units (pre-period SD 1), below which the
     * pre-period fit counts as exact: rounding error of the simplex solve is far smaller.
     */
    private static final double EXACT_FIT_SD = 1e-6;

    private LeaveOneOutAnchor() {
    }

    static Forecasts run(ScreenSeries series, double level, ProgressSink progress,
            CancellationToken cancellation) {
        double[][] values = series.values();
        int pre = series.preBuckets();
        int post = series.postBuckets();
        int donors = values[0].length;
        if (donors < 2) {
            throw new IllegalArgumentException("the leave-one-out anchor needs at least two"
                    + " donors, but the pool has " + donors + "; use the LAG anchor instead.");
        }
        double quantile = new NormalDistribution(null, 0, 1)
                .inverseCumulativeProbability((1 + level) / 2);
        double[] forecast = new double[donors];
        double[] observed = new double[donors];
        double[] sd = new double[donors];
        double[] halfWidth = new double[donors];
        double[] score = new double[donors];
        SimplexLeastSquares_DDRM solver = new SimplexLeastSquares_DDRM();
        for (int j = 0; j < donors; j++) {
            cancellation.throwIfCancellationRequested();
            progress.message("Leave-one-out fit " + (j + 1) + " of " + donors);
            double[] weights = solver.solve(others(values, j, 0, pre),
                    column(values, j, 0, pre)).weights();
            double[] residual = residuals(values, j, weights);
            double preSquares = 0;
            for (int t = 0; t < pre; t++) {
                preSquares += residual[t] * residual[t];
            }
            for (int t = pre; t < pre + post; t++) {
                observed[j] += values[t][j] / post;
                forecast[j] += (values[t][j] - residual[t]) / post;
                score[j] += Math.abs(residual[t]) / post;
            }
            sd[j] = Math.sqrt(preSquares / pre);
            halfWidth[j] = quantile * sd[j];
            progress.progress(j + 1, donors);
        }
        return new Forecasts(forecast, observed, sd, halfWidth, score);
    }

    /**
     * Returns the notes every leave-one-out result carries: the interval is a heuristic, and a
     * warning naming the donors whose pre-period fit is exact, which get a zero standard
     * deviation and are flagged on any post-period difference.
     */
    static List<String> notes(List<String> donors, double[] predictiveSd) {
        List<String> notes = new ArrayList<>();
        notes.add("The leave-one-out interval is a heuristic, not a calibrated predictive"
                + " interval: its standard deviation is the pre-period RMSPE of an in-sample fit,"
                + " which understates the forecast error, so expect more flags than the level"
                + " implies.");
        List<String> exact = new ArrayList<>();
        for (int j = 0; j < donors.size(); j++) {
            if (predictiveSd[j] < EXACT_FIT_SD) {
                exact.add(donors.get(j));
            }
        }
        if (!exact.isEmpty()) {
            notes.add("Warning: the other donors fit the pre-period of " + exact.size()
                    + " donor(s) exactly (" + String.join(", ", exact) + "), so their"
                    + " interval has width near 0 and any post-period difference flags them."
                    + " This happens when pre-period buckets do not outnumber the donors or a"
                    + " donor has an exact twin; use more pre-periods or fewer donors before"
                    + " trusting these flags.");
        }
        return notes;
    }

    /** Returns observed minus the other donors' weighted value, at every bucket. */
    private static double[] residuals(double[][] values, int left, double[] weights) {
        double[] residual = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            double predicted = 0;
            int w = 0;
            for (int k = 0; k < values[t].length; k++) {
                if (k != left) {
                    predicted += weights[w++] * values[t][k];
                }
            }
            residual[t] = values[t][left] - predicted;
        }
        return residual;
    }

    private static DMatrixRMaj others(double[][] values, int left, int from, int count) {
        int donors = values[0].length;
        DMatrixRMaj matrix = new DMatrixRMaj(count, donors - 1);
        for (int t = 0; t < count; t++) {
            int column = 0;
            for (int k = 0; k < donors; k++) {
                if (k != left) {
                    matrix.set(t, column++, values[from + t][k]);
                }
            }
        }
        return matrix;
    }

    private static DMatrixRMaj column(double[][] values, int index, int from, int count) {
        DMatrixRMaj vector = new DMatrixRMaj(count, 1);
        for (int t = 0; t < count; t++) {
            vector.set(t, 0, values[from + t][index]);
        }
        return vector;
    }
}
