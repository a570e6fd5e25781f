package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Checks the gauge's text on both sides of the threshold. */
class CosineGaugeTest {

    @Test
    void describe_statesSideOfThreshold() {
        assertEquals("|cos(\u00fb\u2081, u_s)| = 0.921, above the 0.9 threshold",
                CosineGauge.describe(0.9205, 0.9));
        assertEquals("|cos(\u00fb\u2081, u_s)| = 0.065, below the 0.9 threshold",
                CosineGauge.describe(0.0652, 0.9));
    }
}
