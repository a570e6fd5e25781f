package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRatioTest {

    @Test
    void productModel_givesRatioThree() {
        ProductModelData data = new ProductModelData();

        RiskRatioResult result = RiskRatio.estimate(data.treatment, data.outcome, null,
                data.signatures, 0.01);

        assertEquals(3.0, result.riskRatio(), 1e-12);
        assertEquals(40, result.unitsKept());
        assertEquals(2, result.cellsKept());
    }

    @Test
    void unequalCells_weightBySize() {
        // Cell I = 0: ratio 4/2 = 2 with 2 units; cell I = 1: ratio 9/3 = 3 with 4 units.
        int[] treatment = {1, 0, 1, 1, 0, 0};
        double[] outcome = {4, 2, 9, 9, 3, 3};
        Signature zero = Signature.of(ExactFraction.ZERO);
        Signature one = Signature.of(ExactFraction.of(1));
        List<Signature> signatures = List.of(zero, zero, one, one, one, one);

        RiskRatioResult result = RiskRatio.estimate(treatment, outcome, null, signatures, 0);

        assertEquals((2 * 2 + 4 * 3) / 6.0, result.riskRatio(), 1e-12);
    }

    @Test
    void zeroUntreatedMean_isRejected() {
        Signature zero = Signature.of(ExactFraction.ZERO);
        List<Signature> signatures = List.of(zero, zero);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RiskRatio.estimate(new int[] {1, 0}, new double[] {1, 0}, null,
                        signatures, 0));

        assertTrue(error.getMessage().contains("positive untreated mean"), error.getMessage());
    }
}
