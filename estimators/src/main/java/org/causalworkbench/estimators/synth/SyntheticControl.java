package org.causalworkbench.estimators.synth;

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
        double preRmspe = Math.sqrt(meanSquare(gap, 0, pre));
        double postRmspe = Math.sqrt(meanSquare(gap, pre, count));
        FitDiagnostics diagnostics = new FitDiagnostics(solution.ssr(), solution.kktViolation(),
                solution.iterations(), solution.rankDeficient(), solution.converged(),
                setup.notes());
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

    private static double meanSquare(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i] * values[i];
        }
        return sum / (to - from);
    }
}
