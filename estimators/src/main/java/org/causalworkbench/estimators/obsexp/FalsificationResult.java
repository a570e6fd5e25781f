package org.causalworkbench.estimators.obsexp;

/**
 * Outcome of one falsification test of the observational CATE against RCT residuals, with the
 * fields every verdict card shows.
 *
 * <p>The workbench labels its three tests F1 ({@link AverageGapFalsification}, average gap),
 * F2 ({@link KernelMomentFalsification}, kernel conditional moment) and F3
 * ({@link BandFalsification}, band), and the labels appear in {@link #testName()}.
 */
public sealed interface FalsificationResult
        permits AverageGapResult, KernelMomentResult, BandResult {

    /** Returns the test's display name, for example "F1 average-gap t test". */
    String testName();

    /** Returns the test statistic. */
    double statistic();

    /** Returns the p-value that {@link #rejected()} compares with the level. */
    double pValue();

    /** Returns the significance level alpha. */
    double alpha();

    /** Returns whether the test rejected at level alpha. */
    boolean rejected();

    /** Returns the verdict that matches {@link #rejected()}. */
    default FalsificationVerdict verdict() {
        return FalsificationVerdict.of(rejected());
    }

    /** Returns the plain-language verdict sentence. */
    default String verdictText() {
        return verdict().text();
    }
}
