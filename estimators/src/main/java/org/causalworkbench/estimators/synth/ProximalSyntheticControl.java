package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult.Method;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Corrects the attenuation of synthetic-control weights caused by noisy donors, using excluded
 * donors' pre-period outcomes as instruments (a frequentist two-stage version of proximal
 * synthetic control).
 *
 * <p>Kept donors measure the latent factors behind the treated unit with noise, and least
 * squares on noisy regressors shrinks the weights (errors in variables). Excluded donors measure
 * the same factors with independent noise, so their pre-period values are instruments. Only
 * pre-period values are used, which keeps any post-period spillover into the excluded donors out
 * of the estimate.
 *
 * <ol>
 *   <li><strong>Kept donors.</strong> By default the donors with positive weight in the plain
 *       synthetic control of the same setup; {@link #withKeptDonorsFromPlainFit(boolean)} keeps
 *       the whole pool instead.</li>
 *   <li><strong>Stage 1.</strong> Each kept donor's pre-period series is projected onto a
 *       constant and the instruments, {@code X̂ = P_Z X}. When the instruments number at least
 *       {@code T0 - 1} (the projection would be nearly the identity) or are collinear, the
 *       projection uses the leading {@code r} principal components of the centred instruments
 *       instead, and a note gives the count and the reason.</li>
 *   <li><strong>Stage 2.</strong> The weights minimise {@code |P_Z (y - a - X b)|^2} over the
 *       pre-period: by default over the simplex ({@code b >= 0}, {@code sum b = 1}) with the
 *       exact solver of {@link SimplexLeastSquares_DDRM}, or without constraints
 *       ({@link #withUnconstrained(boolean)}). Without an intercept {@code a = 0}, as in plain
 *       synthetic control. With an intercept the projected series are centred before the
 *       simplex solve, which profiles out {@code a}, and {@code a = mean(y) - mean(X) b} over
 *       the pre-period (the projection preserves means because it contains the constant).</li>
 *   <li><strong>Counterfactual.</strong> {@code a + X b} on the observed kept donors, not on
 *       {@code X̂}.</li>
 * </ol>
 *
 * <p>When the instruments equal the kept donors, {@code P_Z X = X} and the fit equals plain
 * synthetic control with the same intercept setting.
 *
 * <p><strong>Fallback.</strong> Fewer usable instrument directions than kept donors (the order
 * condition {@code m >= k} fails) cannot identify the weights. The result then carries a warning
 * and the plain synthetic-control weights, with {@link Method#PLAIN_FALLBACK}.
 *
 * <p><strong>Limitations.</strong> No interval estimate: the simplex constraint rules out the
 * usual 2SLS standard errors, and a donor bootstrap or placebo interval is not implemented. The
 * default number of principal components is a heuristic (see {@link #withComponentCount(int)}).
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Shi, Li, Miao, Hu and Tchetgen Tchetgen (2023), proximal causal inference for
 * synthetic control, arXiv 2108.13935; O'Riordan and Gilligan-Lee (2025), J. Causal Inference
 * 13(1), 20240036, doi:10.1515/jci-2024-0036.
 */
public final class ProximalSyntheticControl {

    /** Weights above this count as positive when choosing kept donors from the plain fit. */
    static final double POSITIVE_WEIGHT = 1e-6;

    private static final ProximalSyntheticControl DEFAULTS = new ProximalSyntheticControl(
            SimplexLeastSquares_DDRM.DEFAULT_TOLERANCE, false, false, true, 0);

    private final double tolerance;
    private final boolean intercept;
    private final boolean unconstrained;
    private final boolean keptDonorsFromPlainFit;
    private final int componentCount;

    private ProximalSyntheticControl(double tolerance, boolean intercept, boolean unconstrained,
            boolean keptDonorsFromPlainFit, int componentCount) {
        this.tolerance = tolerance;
        this.intercept = intercept;
        this.unconstrained = unconstrained;
        this.keptDonorsFromPlainFit = keptDonorsFromPlainFit;
        this.componentCount = componentCount;
    }

    /**
     * Returns the estimator with default settings: simplex weights, no intercept, kept donors
     * taken from the plain fit, automatic principal-component count.
     */
    public static ProximalSyntheticControl withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy that does or does not fit an intercept in both stages. */
    public ProximalSyntheticControl withIntercept(boolean fitIntercept) {
        return new ProximalSyntheticControl(tolerance, fitIntercept, unconstrained,
                keptDonorsFromPlainFit, componentCount);
    }

    /** Returns a copy whose second stage is unconstrained two-stage least squares. */
    public ProximalSyntheticControl withUnconstrained(boolean useUnconstrained) {
        return new ProximalSyntheticControl(tolerance, intercept, useUnconstrained,
                keptDonorsFromPlainFit, componentCount);
    }

    /**
     * Returns a copy that keeps only the donors with positive plain weight ({@code true}, the
     * default) or the whole donor pool ({@code false}).
     */
    public ProximalSyntheticControl withKeptDonorsFromPlainFit(boolean fromPlainFit) {
        return new ProximalSyntheticControl(tolerance, intercept, unconstrained, fromPlainFit,
                componentCount);
    }

    /**
     * Returns a copy that projects on a fixed number of leading principal components of the
     * instruments.
     *
     * <p>With 0 (the default) the instruments themselves are used unless they number at least
     * {@code T0 - 1} or are collinear; then the component count is the instrument rank, capped at
     * {@code max(k, (T0 - 1) / 2)} and at {@code T0 - 2}. The cap is a heuristic: the closer the
     * instrument space comes to all {@code T0} pre-periods, the closer the projection is to the
     * identity and the estimate to the plain, attenuated fit.
     *
     * @param count 0 for automatic, or a positive count that always applies; it is capped at the
     *     instrument rank
     *     and at {@code T0 - 2}
     * @return the copy
     */
    public ProximalSyntheticControl withComponentCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the principal-component count must be 0"
                    + " (automatic) or positive, got " + count);
        }
        return new ProximalSyntheticControl(tolerance, intercept, unconstrained,
                keptDonorsFromPlainFit, count);
    }

    /** Returns a copy with another simplex-solver tolerance. */
    public ProximalSyntheticControl withKktTolerance(double kktTolerance) {
        if (!(kktTolerance > 0)) {
            throw new IllegalArgumentException("KKT tolerance must be positive, got "
                    + kktTolerance);
        }
        return new ProximalSyntheticControl(kktTolerance, intercept, unconstrained,
                keptDonorsFromPlainFit, componentCount);
    }

    /**
     * Fits the debiased weights.
     *
     * @param setup the problem; its donor pool supplies the kept donors
     * @param instrumentUnits units whose pre-period outcomes serve as instruments, usually the
     *     donors excluded from the pool. Units with a missing pre-period outcome are dropped
     *     with a note.
     * @return the result, with a warning and the plain fit when the instruments are too few
     * @throws IllegalArgumentException if an instrument is not in the panel or is the treated
     *     unit
     */
    public ProximalSyntheticControlResult fit(SyntheticControlSetup setup,
            Collection<String> instrumentUnits) {
        Panel panel = setup.panel();
        int pre = setup.preCount();
        List<String> notes = new ArrayList<>(setup.notes());
        List<String> warnings = new ArrayList<>();
        List<String> instruments = checkInstruments(setup, instrumentUnits, notes);

        int[] pool = setup.donorIndices();
        double[] plainWeights = solveSimplex(preColumns(panel, pool, pre),
                panel.outcomes(setup.treatedIndex()), pre).weights();
        List<Integer> keptPositions = new ArrayList<>();
        for (int j = 0; j < pool.length; j++) {
            if (!keptDonorsFromPlainFit || plainWeights[j] > POSITIVE_WEIGHT) {
                keptPositions.add(j);
            }
        }
        List<String> kept = new ArrayList<>();
        int[] keptRows = new int[keptPositions.size()];
        double[] keptPlainWeights = new double[keptRows.length];
        for (int i = 0; i < keptRows.length; i++) {
            int j = keptPositions.get(i);
            kept.add(setup.donors().get(j));
            keptRows[i] = pool[j];
            keptPlainWeights[i] = plainWeights[j];
        }
        for (String instrument : instruments) {
            if (kept.contains(instrument)) {
                notes.add("Instrument '" + instrument + "' is also a kept donor, so its noise is"
                        + " not independent of the donors' and it cannot correct their"
                        + " attenuation.");
            }
        }

        double[] y = panel.outcomes(setup.treatedIndex());
        double[][] x = preColumns(panel, keptRows, pre);
        Fitted plain = new Fitted(keptPlainWeights, interceptFor(keptPlainWeights, x, y, pre));
        Series plainSeries = series(panel, setup, keptRows, plain);

        int[] instrumentRows = instruments.stream()
                .mapToInt(u -> panel.findUnit(u).orElseThrow()).toArray();
        FirstStage stage = firstStage(preColumns(panel, instrumentRows, pre), pre, kept.size(),
                notes);
        if (stage.projection == null) {
            warnings.add(stage.problem);
            FirstStageDiagnostics none = new FirstStageDiagnostics(instruments, 0, false,
                    Double.NaN, nanArray(kept.size()));
            return result(setup, Method.PLAIN_FALLBACK, kept, plain, plainSeries,
                    plainSeries.att, none, warnings, notes);
        }

        double[][] projected = new double[x.length][];
        double[] partialR2 = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            projected[j] = stage.projection.project(x[j]);
            partialR2[j] = stage.projection.partialRSquared(x[j]);
        }
        double[] projectedY = stage.projection.project(y);
        double smallest = InstrumentProjection.smallestSingularValue(projected, pre);
        FirstStageDiagnostics diagnostics = new FirstStageDiagnostics(instruments,
                stage.components, stage.principalComponents, smallest, partialR2);

        double[] weights = unconstrained
                ? solveUnconstrained(projected, projectedY, pre, warnings)
                : solveSimplex(projected, projectedY, pre).weights();
        Fitted debiased = new Fitted(weights, interceptFor(weights, x, y, pre));
        Series series = series(panel, setup, keptRows, debiased);
        Method method = unconstrained ? Method.UNCONSTRAINED_2SLS : Method.CONSTRAINED_2SLS;
        return result(setup, method, kept, debiased, series, plainSeries.att, diagnostics,
                warnings, notes);
    }

    private static List<String> checkInstruments(SyntheticControlSetup setup,
            Collection<String> instrumentUnits, List<String> notes) {
        Panel panel = setup.panel();
        List<String> usable = new ArrayList<>();
        for (String unit : new LinkedHashSet<>(instrumentUnits)) {
            int row = panel.findUnit(unit).orElseThrow(() -> new IllegalArgumentException(
                    "instrument '" + unit + "' is not a unit of " + panel.sourceName()
                            + "; check the spelling against column '"
                            + panel.spec().unitColumn() + "'."));
            if (row == setup.treatedIndex()) {
                throw new IllegalArgumentException("the treated unit '" + unit + "' cannot be"
                        + " an instrument; remove it from the instrument list.");
            }
            int missing = -1;
            for (int t = 0; t < setup.preCount() && missing < 0; t++) {
                if (Double.isNaN(panel.outcome(row, t))) {
                    missing = t;
                }
            }
            if (missing >= 0) {
                notes.add("Dropped instrument '" + unit + "': its "
                        + panel.spec().outcomeColumn() + " is missing at "
                        + Panel.formatTime(panel.time(missing)) + " (" + panel.sourceName()
                        + " line " + panel.line(row, missing) + ").");
                continue;
            }
            usable.add(unit);
        }
        return usable;
    }

    /** The projection, or the reason there is none. */
    private record FirstStage(InstrumentProjection projection, int components,
            boolean principalComponents, String problem) {
    }

    private FirstStage firstStage(double[][] z, int pre, int k, List<String> notes) {
        int m = z.length;
        if (m < k) {
            return new FirstStage(null, 0, false, "Too few instruments: " + m + " for " + k
                    + " kept donors, so the weights are not identified (the order condition"
                    + " needs at least as many instruments as kept donors). The result is the"
                    + " plain synthetic control; add excluded donors as instruments or keep"
                    + " fewer donors.");
        }

        DMatrixRMaj matrix = new DMatrixRMaj(pre, m);
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < pre; t++) {
                matrix.set(t, j, z[j][t]);
            }
        }
        InstrumentProjection.Spectrum spectrum = InstrumentProjection.spectrum(matrix);
        int rank = spectrum.rank();
        boolean collinear = rank < m;
        if (!collinear && m < pre - 1 && componentCount == 0) {
            return new FirstStage(InstrumentProjection.leading(spectrum, m, pre), m, false, null);
        }

        // With the constant, r components span r + 1 of the T0 pre-period dimensions, so
        // r <= T0 - 2 keeps the projection from being the identity.
        int cap = Math.min(rank, pre - 2);
        // NOTE: the automatic count (T0 - 1) / 2 is a heuristic without a published basis.
        int r = componentCount > 0 ? Math.min(componentCount, cap)
                : Math.min(cap, Math.max(k, (pre - 1) / 2));
        if (r < k) {
            return new FirstStage(null, 0, false, "Too few independent instrument directions: "
                    + r + " principal components (instrument rank " + rank + ", "
                    + pre + " pre-periods) for " + k + " kept donors, so the weights are not"
                    + " identified. The result is the plain synthetic control; add instruments,"
                    + " keep fewer donors or use a longer pre-period.");
        }

        notes.add("Stage 1 used the leading " + r + " principal components of the " + m
                + " instruments instead of the instruments themselves, because "
                + reasonForComponents(collinear, rank, m, pre) + ".");
        return new FirstStage(InstrumentProjection.leading(spectrum, r, pre), r, true, null);
    }

    private String reasonForComponents(boolean collinear, int rank, int m, int pre) {
        if (m >= pre - 1) {
            return "there are at least T0 - 1 = " + (pre - 1) + " of them (rank " + rank + ")";
        }
        if (collinear) {
            return "they are collinear (rank " + rank + ")";
        }
        return "the component count was set to " + componentCount;
    }

    private SimplexLeastSquares_DDRM.Solution solveSimplex(double[][] columns, double[] y,
            int pre) {
        Design design = design(columns, y, pre);
        return new SimplexLeastSquares_DDRM(tolerance).solve(design.x, design.y);
    }

    /** Second-stage matrices, centred over the pre-period when an intercept is fitted. */
    private record Design(DMatrixRMaj x, DMatrixRMaj y) {
    }

    private Design design(double[][] columns, double[] y, int pre) {
        DMatrixRMaj xm = new DMatrixRMaj(pre, columns.length);
        DMatrixRMaj ym = new DMatrixRMaj(pre, 1);
        double meanY = intercept ? GapStatistics.mean(y, 0, pre) : 0;
        for (int j = 0; j < columns.length; j++) {
            double mean = intercept ? GapStatistics.mean(columns[j], 0, pre) : 0;
            for (int t = 0; t < pre; t++) {
                xm.set(t, j, columns[j][t] - mean);
            }
        }
        for (int t = 0; t < pre; t++) {
            ym.set(t, 0, y[t] - meanY);
        }
        return new Design(xm, ym);
    }

    private double[] solveUnconstrained(double[][] columns, double[] y, int pre,
            List<String> warnings) {
        Design design = design(columns, y, pre);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(design.x) || solver.quality() < 1e-12) {
            warnings.add("The projected donors are collinear, so the unconstrained weights are"
                    + " not unique; the minimum-norm solution is reported.");
        }
        DMatrixRMaj b = new DMatrixRMaj(columns.length, 1);
        solver.solve(design.y, b);
        return b.data.clone();
    }

    private double interceptFor(double[] weights, double[][] x, double[] y, int pre) {
        if (!intercept) {
            return 0;
        }
        double value = GapStatistics.mean(y, 0, pre);
        for (int j = 0; j < weights.length; j++) {
            value -= weights[j] * GapStatistics.mean(x[j], 0, pre);
        }
        return value;
    }

    private static double[][] preColumns(Panel panel, int[] rows, int pre) {
        double[][] columns = new double[rows.length][pre];
        for (int j = 0; j < rows.length; j++) {
            for (int t = 0; t < pre; t++) {
                columns[j][t] = panel.outcome(rows[j], t);
            }
        }
        return columns;
    }

    private record Fitted(double[] weights, double intercept) {
    }

    private record Series(double[] observed, double[] synthetic, double[] gap, double att,
            double preRmspe, double postRmspe) {
    }

    private static Series series(Panel panel, SyntheticControlSetup setup, int[] rows,
            Fitted fitted) {
        int count = panel.timeCount();
        int pre = setup.preCount();
        double[] observed = panel.outcomes(setup.treatedIndex());
        double[] synthetic = new double[count];
        double[] gap = new double[count];
        for (int t = 0; t < count; t++) {
            double value = fitted.intercept;
            for (int j = 0; j < rows.length; j++) {
                value += fitted.weights[j] * panel.outcome(rows[j], t);
            }
            synthetic[t] = value;
            gap[t] = observed[t] - value;
        }
        return new Series(observed, synthetic, gap, GapStatistics.mean(gap, pre, count),
                GapStatistics.rmspe(gap, 0, pre, observed, pre),
                GapStatistics.rmspe(gap, pre, count, observed, pre));
    }

    private static ProximalSyntheticControlResult result(SyntheticControlSetup setup,
            Method method, List<String> kept, Fitted fitted, Series series, double plainAtt,
            FirstStageDiagnostics firstStage, List<String> warnings, List<String> notes) {
        return new ProximalSyntheticControlResult(setup.treatedUnit(), setup.interventionTime(),
                method, kept, fitted.weights, fitted.intercept, setup.panel().times(),
                series.observed, series.synthetic, series.gap, series.att, series.preRmspe,
                series.postRmspe, plainAtt, firstStage, warnings, notes);
    }

    private static double[] nanArray(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
