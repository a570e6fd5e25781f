package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs in-space placebo inference for a synthetic control: every donor is refitted as if it had
 * been treated, and the treated unit's RMSPE ratio is ranked among all of them.
 *
 * <p>With {@code J} donors and ratios {@code R_j = RMSPE_post / RMSPE_pre}, the p-value is
 * \[ p = \frac{\#\{ j : R_j \ge R_1 \}}{J + 1}, \]
 * the count including the treated unit itself, so the smallest attainable p is {@code 1/(J+1)}.
 *
 * <ul>
 *   <li>By default the real treated unit is left out of the placebo donor pools, because its
 *       post-period carries the effect; {@link #withTreatedInPlaceboPools(boolean)} lets it in.
 *       On small pools the choice can change the rank.</li>
 *   <li>The pre-MSPE filter affects only which placebos a plot shows, never the p-value.</li>
 * </ul>
 *
 * <p><strong>Cancellation.</strong> The token is checked before each placebo fit; a cancelled run
 * ends with {@link java.util.concurrent.CancellationException} and returns nothing.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Abadie, Diamond and Hainmueller (2010), J. Amer. Statist. Assoc. 105, 493-505,
 * doi:10.1198/jasa.2009.ap08746.
 */
public final class PlaceboInference {

    private static final PlaceboInference DEFAULTS =
            new PlaceboInference(SyntheticControl.withDefaults(), false, Double.POSITIVE_INFINITY);

    private final SyntheticControl estimator;
    private final boolean treatedInPlaceboPools;
    private final double preMspeFilter;

    private PlaceboInference(SyntheticControl estimator, boolean treatedInPlaceboPools,
            double preMspeFilter) {
        this.estimator = estimator;
        this.treatedInPlaceboPools = treatedInPlaceboPools;
        this.preMspeFilter = preMspeFilter;
    }

    /** Returns the study with default settings: treated unit out of pools, no plot filter. */
    public static PlaceboInference withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that does or does not let the real treated unit into placebo donor pools.
     *
     * @param allowed {@code true} to include it
     * @return the copy
     */
    public PlaceboInference withTreatedInPlaceboPools(boolean allowed) {
        return new PlaceboInference(estimator, allowed, preMspeFilter);
    }

    /**
     * Returns a copy whose result marks for plotting only placebos with a pre-MSPE of at most
     * {@code multiple} times the treated unit's.
     *
     * @param multiple a positive cut-off such as 20, 5 or 2, or positive infinity for no filter
     * @return the copy
     */
    public PlaceboInference withPreMspeFilter(double multiple) {
        if (!(multiple > 0)) {
            throw new IllegalArgumentException("the pre-MSPE filter must be a positive multiple,"
                    + " got " + multiple);
        }
        return new PlaceboInference(estimator, treatedInPlaceboPools, multiple);
    }

    /** Returns a copy that fits with another synthetic-control estimator. */
    public PlaceboInference withEstimator(SyntheticControl syntheticControl) {
        return new PlaceboInference(syntheticControl, treatedInPlaceboPools, preMspeFilter);
    }

    /** Returns whether the real treated unit joins placebo donor pools. */
    public boolean treatedInPlaceboPools() {
        return treatedInPlaceboPools;
    }

    /** Returns the plot filter's multiple of the treated pre-MSPE. */
    public double preMspeFilter() {
        return preMspeFilter;
    }

    /**
     * Fits the treated unit and every placebo, reporting one unit of progress per fit.
     *
     * @param setup the treated unit's problem
     * @param progress receives progress and a message per fit
     * @param cancellation checked before every fit
     * @return the ranks and placebo gaps
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public PlaceboResult run(SyntheticControlSetup setup, ProgressSink progress,
            CancellationToken cancellation) {
        List<String> donors = setup.donors();
        if (donors.size() < 2 && !treatedInPlaceboPools) {
            throw new IllegalArgumentException("placebo inference needs at least two donors, but"
                    + " the pool of '" + setup.treatedUnit() + "' has " + donors.size()
                    + "; include more donors or let the treated unit into placebo pools.");
        }
        int total = donors.size() + 1;
        cancellation.throwIfCancellationRequested();
        progress.message("Fitting " + setup.treatedUnit());
        PlaceboUnit treated = toUnit(estimator.fit(setup), true);
        progress.progress(1, total);

        List<PlaceboUnit> placebos = new ArrayList<>(donors.size());
        for (int i = 0; i < donors.size(); i++) {
            cancellation.throwIfCancellationRequested();
            String donor = donors.get(i);
            progress.message("Placebo fit " + (i + 1) + " of " + donors.size() + ": " + donor);
            SyntheticControlSetup placeboSetup = setup.placebo(donor, treatedInPlaceboPools);
            placebos.add(toUnit(estimator.fit(placeboSetup), false));
            progress.progress(i + 2L, total);
        }

        double treatedRatio = treated.rankingRatio();
        int rank = 1;
        for (PlaceboUnit placebo : placebos) {
            if (placebo.rankingRatio() >= treatedRatio) {
                rank++;
            }
        }
        double pValue = rank / (double) (placebos.size() + 1);
        return new PlaceboResult(treated, placebos, rank, pValue, treatedInPlaceboPools,
                preMspeFilter);
    }

    private static PlaceboUnit toUnit(SyntheticControlResult fit, boolean treated) {
        return new PlaceboUnit(fit.treatedUnit(), treated, fit.preRmspe(), fit.postRmspe(),
                fit.gap());
    }
}
