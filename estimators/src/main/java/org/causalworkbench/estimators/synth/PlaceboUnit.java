package org.causalworkbench.estimators.synth;

/**
 * One unit's fit in an in-space placebo study: the real treated unit or a donor refitted as if
 * it had been treated.
 *
 * @param unit the unit's name
 * @param treated whether this is the real treated unit
 * @param preRmspe the pre-period root mean squared gap
 * @param postRmspe the post-period root mean squared gap
 * @param gap observed minus synthetic at every panel time
 */
public record PlaceboUnit(String unit, boolean treated, double preRmspe, double postRmspe,
        double[] gap) {

    /** Copies the gap series. */
    public PlaceboUnit {
        gap = gap.clone();
    }

    @Override
    public double[] gap() {
        return gap.clone();
    }

    /**
     * Returns post-RMSPE over pre-RMSPE: positive infinity for an exact pre-period fit with a
     * post-period gap, NaN when both are zero.
     */
    public double ratio() {
        return postRmspe / preRmspe;
    }

    /**
     * Returns the ratio used for ranking: {@link #ratio()}, with NaN (no gap before or after)
     * read as zero, so a unit without any gap never looks extreme.
     */
    public double rankingRatio() {
        double ratio = ratio();
        return Double.isNaN(ratio) ? 0 : ratio;
    }

    /** Returns the pre-period mean squared gap. */
    public double preMspe() {
        return preRmspe * preRmspe;
    }
}
