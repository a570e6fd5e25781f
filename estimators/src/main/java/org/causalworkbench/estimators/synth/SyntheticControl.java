package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.data.Panel;
import org.ejml.data.DMatrixRMaj;

/**
 * Fits outcome-only synthetic-control weights for one treated unit and estimates the effect after
 * the intervention.
 *
 * <p>The weights minimise the pre-period squared error over the simplex:
 * \[ \hat w = \operatorname*{arg\,min}_{w \ge 0,\ \sum_j w_j = 1}
 *            \sum_{t \lt T_0} \Big( y_{1t} - \sum_j w_j \, y_{jt} \Big)^2 , \]
 * where {@code T_0} is the intervention time, the first post-intervention period. The synthetic
 * outcome is {@code sum_j w_j y_jt} at every time and the gap is {@code y_1t} minus it.
 *
 * <ul>
 *   <li>The fit is exact: {@link SimplexLeastSquares_DDRM} stops only when the optimality
 *       conditions hold to {@link SimplexLeastSquares_DDRM#DEFAULT_TOLERANCE}, and the result
 *       reports the violation.</li>
 *   <li>Rescaling the outcome by a positive constant leaves the weights unchanged.</li>
 *   <li>With more donors than pre-periods the minimiser need not be unique; the sum of squares
 *       is, and {@link FitDiagnostics#weightsMayNotBeUnique()} reports when the weights may not
 *       be.</li>
 * </ul>
 *
 * <p>An RMSPE below 1e-12 times the treated unit's pre-period RMS outcome is reported as 0,
 * because it is the rounding noise of an exact fit.
 *
 * <p><strong>Limitations.</strong> One treated unit per fit and no predictors other than the
 * pre-period outcomes (no nested V weighting). Donors with missing outcomes are dropped rather
 * than imputed.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Abadie, Diamond and Hainmueller (2010), J. Amer. Statist. Assoc. 105, 493-505,
 * doi:10.1198/jasa.2009.ap08746.
 */
public final class SyntheticControl {

    private static final SyntheticControl DEFAULTS =
            new SyntheticControl(SimplexLeastSquares_DDRM.DEFAULT_TOLERANCE);

    /** Relative size below which an RMSPE counts as the rounding noise of an exact fit. */
    static final double ROUNDING_LEVEL = 1e-12;

    private final double tolerance;

    private SyntheticControl(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Returns the estimator with default settings. */
    public static SyntheticControl withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another solver tolerance.
     *
     * @param kktTolerance the largest accepted optimality violation on the scaled problem
     * @return the copy
     */
    public SyntheticControl withKktTolerance(double kktTolerance) {
        if (!(kktTolerance > 0)) {
            throw new IllegalArgumentException("KKT tolerance must be positive, got "
                    + kktTolerance);
        }
        return new SyntheticControl(kktTolerance);
    }

    /**
     * Fits the weights and computes the series and summary statistics.
     *
     * @param setup the checked problem
     * @return the result
     */
    public SyntheticControlResult fit(SyntheticControlSetup setup) {
        Panel panel = setup.panel();
        int pre = setup.preCount();
        int[] donorRows = setup.donorIndices();
        int treatedRow = setup.treatedIndex();

        DMatrixRMaj x = new DMatrixRMaj(pre, donorRows.length);
        DMatrixRMaj y = new DMatrixRMaj(pre, 1);
        for (int t = 0; t < pre; t++) {
            y.set(t, 0, panel.outcome(treatedRow, t));
            for (int j = 0; j < donorRows.length; j++) {
                x.set(t, j, panel.outcome(donorRows[j], t));
            }
        }
        SimplexLeastSquares_DDRM.Solution solution =
                new SimplexLeastSquares_DDRM(tolerance).solve(x, y);
        double[] weights = solution.weights();

        int count = panel.timeCount();
        double[] observed = panel.outcomes(treatedRow);
        double[] synthetic = new double[count];
        double[] gap = new double[count];
        for (int t = 0; t < count; t++) {
            double value = 0;
            for (int j = 0; j < donorRows.length; j++) {
                value += weights[j] * panel.outcome(donorRows[j], t);
            }
            synthetic[t] = value;
            gap[t] = observed[t] - value;
        }

        double att = mean(gap, pre, count);
        double outcomeScale = rootMeanSquare(observed, 0, pre);
        double preRmspe = snapRoundingNoise(rootMeanSquare(gap, 0, pre), outcomeScale);
        double postRmspe = snapRoundingNoise(rootMeanSquare(gap, pre, count), outcomeScale);
        List<String> notes = new ArrayList<>(setup.notes());
        if (preRmspe == 0) {
            notes.add("The pre-period fit of '" + setup.treatedUnit() + "' is exact (RMSPE at"
                    + " rounding level), so its RMSPE ratio is infinite, or undefined when the"
                    + " post-period gap is zero too.");
        }
        FitDiagnostics diagnostics = new FitDiagnostics(solution.ssr(), solution.kktViolation(),
                solution.iterations(), solution.rankDeficient(), solution.converged(), notes);
        return new SyntheticControlResult(setup.treatedUnit(), setup.interventionTime(),
                setup.donors(), weights, panel.times(), observed, synthetic, gap, att, preRmspe,
                postRmspe, diagnostics);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    /** Computes the root mean square without overflow or underflow, by scaling first. */
    private static double rootMeanSquare(double[] values, int from, int to) {
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
     * Returns zero for an RMSPE below {@link #ROUNDING_LEVEL} times the treated unit's RMS
     * outcome. Such a value is floating-point noise of an exact fit, and left as it is it would
     * make the RMSPE ratio an arbitrary large number instead of infinity.
     */
    private static double snapRoundingNoise(double rmspe, double outcomeScale) {
        return rmspe <= ROUNDING_LEVEL * outcomeScale ? 0 : rmspe;
    }
}
