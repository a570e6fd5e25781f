package org.causalworkbench.app.synth;

/**
 * Suggestion of a donor screen for one donor, stored apart from the user's decision.
 *
 * @param unit the donor's unit name
 * @param keepByTopN whether rule S1 (keep the n best-forecast donors) keeps it
 * @param keepByInterval whether rule S2 (keep donors inside the predictive interval) keeps it
 */
public record DonorSuggestion(String unit, boolean keepByTopN, boolean keepByInterval) {

    /** Returns whether the given rule keeps the donor. */
    public boolean keeps(ScreenRule rule) {
        return rule == ScreenRule.TOP_N ? keepByTopN : keepByInterval;
    }
}
