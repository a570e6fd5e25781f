package org.causalworkbench.estimators.obsexp;

/**
 * Plain-language outcome of a falsification test, worded so that "not falsified" is never read
 * as "validated": without a smoothness assumption on the gap, RCT data can reject a biased
 * observational estimate but cannot certify an unbiased one.
 */
public enum FalsificationVerdict {

    /** The test rejected the hypothesis that the observational estimate is unbiased. */
    FALSIFIED("Falsified: the RCT provides evidence that the observational estimate is biased in"
            + " this region."),

    /** The test did not reject. */
    NOT_FALSIFIED("Not falsified. This does not validate the observational estimate (Fawkes et al."
            + " 2025). Certifying it requires a smoothness assumption; see the GP panel.");

    private final String text;

    FalsificationVerdict(String text) {
        this.text = text;
    }

    /** Returns {@link #FALSIFIED} when {@code rejected}, otherwise {@link #NOT_FALSIFIED}. */
    public static FalsificationVerdict of(boolean rejected) {
        return rejected ? FALSIFIED : NOT_FALSIFIED;
    }

    /** Returns the sentence shown on the verdict card. */
    public String text() {
        return text;
    }
}
