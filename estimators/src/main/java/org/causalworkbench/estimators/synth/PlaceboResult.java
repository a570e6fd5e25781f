package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Result of an in-space placebo study.
 *
 * <p>The statistic is each unit's ratio of post- to pre-period RMSPE (not its square). The rank
 * counts the units, the treated one included, whose ratio is at least the treated unit's, and
 * {@code p = rank / (placebos + 1)}. A NaN ratio (a perfect fit before and after) ranks as
 * zero, see {@link PlaceboUnit#rankingRatio()}.
 *
 * @param treated the real treated unit's fit
 * @param placebos one fit per donor, in donor order
 * @param rank the treated unit's rank, 1 for the largest ratio
 * @param pValue the exact permutation p-value
 * @param treatedInPlaceboPools whether the real treated unit served as a placebo donor
 * @param preMspeFilter the multiple of the treated unit's pre-MSPE above which placebos are left
 *     out of plots; positive infinity keeps all
 */
public record PlaceboResult(PlaceboUnit treated, List<PlaceboUnit> placebos, int rank,
        double pValue, boolean treatedInPlaceboPools, double preMspeFilter) {

    /** Copies the list of placebos. */
    public PlaceboResult {
        placebos = List.copyOf(placebos);
    }

    /**
     * Returns the placebos whose pre-period MSPE is at most {@code multiple} times the treated
     * unit's, as in the pruned placebo plots of Abadie, Diamond and Hainmueller (2010).
     *
     * @param multiple the cut-off, for example 20, 5 or 2; positive infinity keeps all
     * @return the placebos kept, in donor order
     */
    public List<PlaceboUnit> placebosWithinPreMspe(double multiple) {
        List<PlaceboUnit> kept = new ArrayList<>();
        double limit = multiple * treated.preMspe();
        for (PlaceboUnit placebo : placebos) {
            if (Double.isInfinite(multiple) || placebo.preMspe() <= limit) {
                kept.add(placebo);
            }
        }
        return kept;
    }

    /** Returns the placebos that pass this result's own {@link #preMspeFilter()}. */
    public List<PlaceboUnit> filteredPlacebos() {
        return placebosWithinPreMspe(preMspeFilter);
    }
}
