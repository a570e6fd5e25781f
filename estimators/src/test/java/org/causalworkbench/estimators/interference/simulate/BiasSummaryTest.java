package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks the bias summary against hand-computed values. */
class BiasSummaryTest {

    @Test
    void of_computesMeanSdAndType7Quantiles() {
        // Values 1..5: mean 3, SD sqrt(2.5); type 7 puts the 2.5% quantile at
        // 1 + 0.025 * 4 * (2 - 1) = 1.1 and the 97.5% quantile at 4 + 0.9 = 4.9.
        BiasSummary summary = BiasSummary.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(3.0, summary.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), summary.sd(), 1e-12);
        assertEquals(1.1, summary.lower(), 1e-12);
        assertEquals(4.9, summary.upper(), 1e-12);
        assertEquals(5.0, summary.values()[0]);
    }

    @Test
    void of_singleValueHasNoSd() {
        BiasSummary summary = BiasSummary.of(new double[] {0.5});
        assertTrue(Double.isNaN(summary.sd()));
        assertEquals(0.5, summary.lower());
    }

    @Test
    void of_rejectsEmptyInput() {
        assertThrows(IllegalArgumentException.class, () -> BiasSummary.of(new double[0]));
    }
}
