package org.causalworkbench.estimators.synth.spillover;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Bounds and exact arithmetic for screening errors: how far a spillover on a kept donor, or a
 * valid donor wrongly excluded, could move a synthetic-control ATT.
 *
 * <ul>
 *   <li>The weights depend on pre-period data only, so a post-period spillover with mean
 *       γ<sub>j</sub> on kept donor j moves the ATT by exactly −Σ<sub>j</sub> β<sub>j</sub>
 *       γ<sub>j</sub> ({@link #attShift(Map)}).</li>
 *   <li>The bounds of O'Riordan and Gilligan-Lee (2025) use N, the number of candidate donors
 *       (kept plus excluded): false positive N·max|β|·max<sub>l</sub>|mean<sub>pre</sub>
 *       x<sub>l</sub> − mean<sub>post</sub> x<sub>l</sub>| over excluded donors l, and false
 *       negative N·max|β|·Γ for a spillover size Γ. Both are in outcome units and very loose on
 *       level data, so read them beside {@link #whatIf}.</li>
 *   <li>Since the weights sum to one, a spillover of size at most Γ on suspect donors moves the
 *       ATT by at most Γ·Σ<sub>suspect</sub> β<sub>j</sub> ({@link #simplexBound}).</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Spillover detection for donor selection in
 * synthetic control models, J. Causal Inference 13, 20240036, doi:10.1515/jci-2024-0036.
 */
public final class SpilloverSensitivity {

    private final SyntheticControlSetup setup;
    private final SyntheticControlResult fit;
    private final List<String> excluded;

    private SpilloverSensitivity(SyntheticControlSetup setup, SyntheticControlResult fit,
            List<String> excluded) {
        this.setup = setup;
        this.fit = fit;
        this.excluded = List.copyOf(excluded);
    }

    /**
     * Prepares the analysis of a fit on the kept donors.
     *
     * @param setup the problem whose donor pool is the kept donors
     * @param fit the fit of that problem
     * @param excludedDonors the donors the screen excluded: panel units outside the pool, with
     *     an outcome in every period
     * @return the analysis
     * @throws IllegalArgumentException if the fit is not of the setup or an excluded donor is
     *     invalid
     */
    public static SpilloverSensitivity of(SyntheticControlSetup setup, SyntheticControlResult fit,
            Collection<String> excludedDonors) {
        if (!fit.donors().equals(setup.donors())
                || !fit.treatedUnit().equals(setup.treatedUnit())) {
            throw new IllegalArgumentException("the fit of '" + fit.treatedUnit() + "' with "
                    + fit.donors().size() + " donors is not the fit of this setup ('"
                    + setup.treatedUnit() + "', " + setup.donors().size() + " donors); pass"
                    + " the result of fitting this setup.");
        }
        Panel panel = setup.panel();
        List<String> excluded = new ArrayList<>(new LinkedHashSet<>(excludedDonors));
        for (String donor : excluded) {
            if (panel.findUnit(donor).isEmpty()) {
                throw new IllegalArgumentException("excluded donor '" + donor + "' is not a"
                        + " unit of " + panel.sourceName() + "; check the spelling.");
            }
            if (donor.equals(setup.treatedUnit()) || setup.donors().contains(donor)) {
                throw new IllegalArgumentException("excluded donor '" + donor + "' is the"
                        + " treated unit or a kept donor; list only donors left out of the"
                        + " pool.");
            }
            double[] series = panel.outcomes(panel.findUnit(donor).orElseThrow());
            for (int t = 0; t < series.length; t++) {
                if (Double.isNaN(series[t])) {
                    throw new IllegalArgumentException("excluded donor '" + donor + "' has no"
                            + " outcome at " + Panel.formatTime(panel.time(t)) + ", so it"
                            + " cannot be re-included; leave it out of the excluded list.");
                }
            }
        }
        return new SpilloverSensitivity(setup, fit, excluded);
    }

    /**
     * Computes the exact ATT change caused by post-period spillovers on kept donors.
     *
     * @param spillover each affected kept donor's mean post-period shift, in outcome units
     * @return −Σ β<sub>j</sub> γ<sub>j</sub>
     * @throws IllegalArgumentException if a name is not a kept donor
     */
    public double attShift(Map<String, Double> spillover) {
        double shift = 0;
        for (Map.Entry<String, Double> entry : spillover.entrySet()) {
            requireKept(entry.getKey());
            shift -= fit.weightOf(entry.getKey()) * entry.getValue();
        }
        return shift;
    }

    /**
     * Computes the false-positive bound: the largest bias from excluding valid donors, 0 when
     * none is excluded.
     *
     * @return N·max|β|·max over excluded l of |pre-period mean − post-period mean|, in outcome
     *     units
     */
    public double falsePositiveBound() {
        Panel panel = setup.panel();
        int pre = setup.preCount();
        double largestDrift = 0;
        for (String donor : excluded) {
            double[] series = panel.outcomes(panel.findUnit(donor).orElseThrow());
            double drift = mean(series, 0, pre) - mean(series, pre, series.length);
            largestDrift = Math.max(largestDrift, Math.abs(drift));
        }
        return candidateCount() * maxWeight() * largestDrift;
    }

    /**
     * Computes the false-negative bound for spillovers of size at most Γ on kept donors.
     *
     * @param gamma Γ, non-negative, in outcome units
     * @return N·max|β|·Γ
     * @throws IllegalArgumentException if Γ is negative or not finite, or the bound overflows
     */
    public double falseNegativeBound(double gamma) {
        requireSize(gamma);
        double factor = candidateCount() * maxWeight();
        double bound = factor * gamma;
        if (Double.isInfinite(bound)) {
            throw new IllegalArgumentException("a spillover size of " + gamma + " makes the"
                    + " false-negative bound N·max|β|·Γ overflow; give a size below "
                    + String.format(java.util.Locale.ROOT, "%.3g", Double.MAX_VALUE / factor)
                    + " in outcome units.");
        }
        return bound;
    }

    /**
     * Computes the simplex bound for spillovers of size at most Γ on suspect kept donors.
     *
     * @param gamma Γ, non-negative, in outcome units
     * @param suspects kept donors that may carry a spillover
     * @return Γ·Σ<sub>suspect</sub> β<sub>j</sub>, never more than Γ
     */
    public double simplexBound(double gamma, Collection<String> suspects) {
        requireSize(gamma);
        return gamma * weightShare(suspects);
    }

    /**
     * Returns the total weight of some kept donors, the π of {@link #effectSurface}.
     *
     * @param donors kept donors, each counted once
     * @return their summed weights
     */
    public double weightShare(Collection<String> donors) {
        double share = 0;
        for (String donor : new LinkedHashSet<>(donors)) {
            requireKept(donor);
            share += fit.weightOf(donor);
        }
        return share;
    }

    /**
     * Returns the break-even size Γ* = |τ̂| of a spillover shared by every kept donor: a
     * spillover of that size and of the effect's sign explains the whole estimate.
     */
    public double breakEven() {
        return Math.abs(fit.att());
    }

    /**
     * Returns the break-even size Γ*<sub>j</sub> = |τ̂|/β<sub>j</sub> of a spillover on donor j
     * alone, by kept donor in pool order. A donor with zero weight cannot move the ATT, so its
     * value is {@link Double#POSITIVE_INFINITY}; with τ̂ = 0 every value is 0.
     */
    public Map<String, Double> breakEvenByDonor() {
        Map<String, Double> sizes = new LinkedHashMap<>();
        double size = breakEven();
        for (String donor : fit.donors()) {
            double weight = fit.weightOf(donor);
            sizes.put(donor, size == 0 ? 0 : weight > 0 ? size / weight
                    : Double.POSITIVE_INFINITY);
        }
        return sizes;
    }

    /**
     * Evaluates the adjusted effect τ̂ + s·Γ·π over a grid.
     *
     * @param sizes spillover sizes Γ, non-negative, in outcome units
     * @param shares suspect weight shares π, between 0 and 1
     * @param sign +1 or −1, the assumed sign of the spillover
     * @return the surface
     */
    public EffectSurface effectSurface(double[] sizes, double[] shares, int sign) {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("the spillover sign must be +1 or -1, got " + sign
                    + ".");
        }
        for (double size : sizes) {
            requireSize(size);
        }
        for (double share : shares) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("a weight share must lie between 0 and 1,"
                        + " got " + share + ".");
            }
        }
        double[][] effect = new double[sizes.length][shares.length];
        for (int i = 0; i < sizes.length; i++) {
            for (int k = 0; k < shares.length; k++) {
                effect[i][k] = fit.att() + sign * sizes[i] * shares[k];
            }
        }
        return new EffectSurface(fit.att(), sign, sizes, shares, effect);
    }

    /**
     * Refits with each excluded donor put back in turn and then with all of them, reporting one
     * unit of progress per refit and checking the token before each.
     *
     * @param estimator the estimator to refit with
     * @param progress receives progress
     * @param cancellation checked before every refit
     * @return one row per excluded donor in the given order, then a row with all of them back
     *     if more than one is excluded. The list is empty when nothing was excluded.
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public List<WhatIfRow> whatIf(SyntheticControl estimator, ProgressSink progress,
            CancellationToken cancellation) {
        List<List<String>> scenarios = new ArrayList<>();
        for (String donor : excluded) {
            scenarios.add(List.of(donor));
        }
        if (excluded.size() > 1) {
            scenarios.add(excluded);
        }
        List<WhatIfRow> rows = new ArrayList<>(scenarios.size());
        for (int s = 0; s < scenarios.size(); s++) {
            cancellation.throwIfCancellationRequested();
            progress.message("What-if refit " + (s + 1) + " of " + scenarios.size());
            rows.add(refit(estimator, scenarios.get(s)));
            progress.progress(s + 1, scenarios.size());
        }
        return rows;
    }

    private WhatIfRow refit(SyntheticControl estimator, List<String> reincluded) {
        Panel panel = setup.panel();
        List<String> pool = new ArrayList<>(setup.donors());
        pool.addAll(reincluded);
        List<String> leftOut = new ArrayList<>(panel.units());
        leftOut.remove(setup.treatedUnit());
        leftOut.removeAll(pool);
        SyntheticControlResult refit = estimator.fit(SyntheticControlSetup.of(panel,
                setup.treatedUnit(), setup.interventionTime(), leftOut));
        double weight = 0;
        for (String donor : reincluded) {
            weight += refit.weightOf(donor);
        }
        return new WhatIfRow(reincluded, refit.att(), refit.att() - fit.att(), weight, refit);
    }

    private void requireKept(String donor) {
        if (!fit.donors().contains(donor)) {
            throw new IllegalArgumentException("'" + donor + "' is not a kept donor of this"
                    + " fit; a spillover matters only on donors with a weight.");
        }
    }

    private static void requireSize(double gamma) {
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("a spillover size must be non-negative and"
                    + " finite, got " + gamma + ".");
        }
    }

    private int candidateCount() {
        return fit.donors().size() + excluded.size();
    }

    private double maxWeight() {
        double max = 0;
        for (double weight : fit.weights()) {
            max = Math.max(max, Math.abs(weight));
        }
        return max;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += values[t];
        }
        return sum / (to - from);
    }

    /** Returns the fit on the kept donors. */
    public SyntheticControlResult fit() {
        return fit;
    }

    /** Returns the excluded donors, without repeats. */
    public List<String> excludedDonors() {
        return excluded;
    }
}
