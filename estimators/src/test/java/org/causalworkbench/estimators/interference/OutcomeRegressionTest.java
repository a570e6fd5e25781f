package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeRegressionTest {

    @Test
    void twoHouseholds_giveTwoByEveryMethod() {
        int[] treatment = {1, 1, 0, 0, 1, 1, 1, 0};
        double[] outcome = {3, 3, 2, 2, 4, 4, 4, 3};
        List<Signature> signatures = SignatureBuilder.combine(SignatureBuilder.withDefaults()
                .groupFraction(List.of("a", "a", "a", "a", "b", "b", "b", "b"), treatment));

        OutcomeRegressionResult result =
                OutcomeRegression.estimate(treatment, outcome, null, signatures);

        // Y = 2T + 3I exactly, and only the I = 2/3 cell has both arms.
        assertEquals(2.0, result.cellMeans(), 1e-12);
        assertEquals(5, result.cellMeansUnits());
        assertEquals(2.0, result.additiveRegression(), 1e-9);
        assertEquals(2.0, result.regression(), 1e-9);
        assertEquals(8, result.units());
    }

    @Test
    void productModel_averagesLevelContrasts() {
        ProductModelData data = new ProductModelData();

        OutcomeRegressionResult result =
                OutcomeRegression.estimate(data.treatment, data.outcome, null, data.signatures);

        // Contrasts 2 and 4 at two equally large levels.
        assertEquals(3.0, result.cellMeans(), 1e-9);
        assertEquals(3.0, result.regression(), 1e-9);
        assertEquals(3.0, result.additiveRegression(), 1e-9);
    }

    @Test
    void additiveContexts_areUnbiased() {
        double regression = 0;
        double additive = 0;
        int replicates = 4;
        for (int r = 0; r < replicates; r++) {
            ContextSimulation data = new ContextSimulation(11_000, 1_000, 40 + r);
            OutcomeRegressionResult result = OutcomeRegression.estimate(data.treatment,
                    data.outcome, data.covariates, data.signatures);
            regression += result.regression() / replicates;
            additive += result.additiveRegression() / replicates;
        }
        // One replicate has SD of about 0.03; the mean of four about 0.015.
        assertEquals(1.0, regression, 0.06);
        assertEquals(1.0, additive, 0.06);
    }
}
