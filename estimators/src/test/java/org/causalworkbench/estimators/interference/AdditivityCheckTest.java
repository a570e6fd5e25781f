package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class AdditivityCheckTest {

    @Test
    void productModel_matchesHandComputedF() {
        ProductModelData data = new ProductModelData();

        AdditivityResult result =
                AdditivityCheck.test(data.treatment, data.outcome, null, data.signatures);

        // Signature levels 0 and 1 map to s = -1 and 1, so only T x s is estimable. The
        // treated-minus-untreated difference is 2 at s = -1 and 4 at s = 1: slope 1.
        assertEquals(List.of("T x I1"), result.interactionNames());
        assertEquals(1.0, result.interactionCoefficients().get(0), 1e-9);
        assertEquals(1, result.numeratorDegreesOfFreedom());
        assertEquals(36, result.denominatorDegreesOfFreedom());
        assertEquals(40, result.units());
        // Interaction sum of squares 40 * 0.5^2 = 10, residual 40 * 0.1^2 = 0.4 on 36 df.
        assertEquals(900.0, result.fStatistic(), 1e-6);
        double twoSidedT = 2 * (1 - new TDistribution(36).cumulativeProbability(30.0));
        assertEquals(twoSidedT, result.pValue(), 1e-15);
        assertTrue(result.pValue() < 1e-20, "p = " + result.pValue());
    }

    @Test
    void additiveContexts_doNotRejectAdditivity() {
        ContextSimulation data = new ContextSimulation(3_000, 300, 11);

        AdditivityResult result = AdditivityCheck.test(data.treatment, data.outcome,
                data.covariates, data.signatures);

        assertTrue(result.pValue() > 0.01, "p = " + result.pValue());
        assertEquals(3, result.numeratorDegreesOfFreedom());
        assertEquals(3, result.interactionNames().size());
    }

    @Test
    void twoHouseholds_haveNoEstimableInteraction() {
        int[] treatment = {1, 1, 0, 0, 1, 1, 1, 0};
        double[] outcome = {3, 3, 2, 2, 4, 4, 4, 3};
        List<Signature> signatures = SignatureBuilder.combine(SignatureBuilder.withDefaults()
                .groupFraction(List.of("a", "a", "a", "a", "b", "b", "b", "b"), treatment));

        AdditivityResult result = AdditivityCheck.test(treatment, outcome, null, signatures);

        // Four (T, I) combinations are spanned by T and a quadratic in I, so q = 0.
        assertEquals(0, result.numeratorDegreesOfFreedom());
        assertTrue(result.interactionNames().isEmpty());
        assertTrue(Double.isNaN(result.pValue()));
    }
}
