package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pins the verdict sentences, which the verdict card shows word for word. */
class FalsificationVerdictTest {

    @Test
    void text_isExactSentence_whenRejected() {
        assertEquals("Falsified: the RCT provides evidence that the observational estimate is"
                + " biased in this region.", FalsificationVerdict.of(true).text());
    }

    @Test
    void text_isExactSentence_whenNotRejected() {
        assertEquals("Not falsified. This does not validate the observational estimate (Fawkes"
                + " et al. 2025). Certifying it requires a smoothness assumption; see the GP"
                + " panel.", FalsificationVerdict.of(false).text());
    }
}
