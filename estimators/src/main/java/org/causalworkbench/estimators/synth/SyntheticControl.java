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

        return assemble(setup, weights, solution.kktViolation(), solution.iterations(),
                solution.rankDeficient(), solution.converged(), List.of());
    }

    /**
     * Builds the series, effect and RMSPE of given weights on the setup's donors.
     *
     * @param extraNotes messages added after the setup's notes
     */
    static SyntheticControlResult assemble(SyntheticControlSetup setup, double[] weights,
            double kktViolation, int iterations, boolean mayNotBeUnique, boolean converged,
            List<String> extraNotes) {
        Panel panel = setup.panel();
        int pre = setup.preCount();
        int[] donorRows = setup.donorIndices();
        int count = panel.timeCount();
        double[] observed = panel.outcomes(setup.treatedIndex());
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

        double att = GapStatistics.mean(gap, pre, count);
        double preRmspe = GapStatistics.rmspe(gap, 0, pre, observed, pre);
        double postRmspe = GapStatistics.rmspe(gap, pre, count, observed, pre);
        double preSsr = 0;
        for (int t = 0; t < pre; t++) {
            preSsr += gap[t] * gap[t];
        }
        List<String> notes = new ArrayList<>(setup.notes());
        if (preRmspe == 0) {
            notes.add("The pre-period fit of '" + setup.treatedUnit() + "' is exact (RMSPE at"
                    + " rounding level), so its RMSPE ratio is infinite, or undefined when the"
                    + " post-period gap is zero too.");
        }
        notes.addAll(extraNotes);
        FitDiagnostics diagnostics = new FitDiagnostics(preSsr, kktViolation, iterations,
                mayNotBeUnique, converged, notes);
        return new SyntheticControlResult(setup.treatedUnit(), setup.interventionTime(),
                setup.donors(), weights, panel.times(), observed, synthetic, gap, att, preRmspe,
                postRmspe, diagnostics);
    }
}
