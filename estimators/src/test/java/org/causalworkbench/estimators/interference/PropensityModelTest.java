package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropensityModelTest {

    private static final double EXACT = 1e-9;

    /** Two households of four with {@code Y = 2T + 3I}; the TACE is 2. */
    private static final int[] TREATMENT = {1, 1, 0, 0, 1, 1, 1, 0};
    private static final double[] OUTCOME = {3, 3, 2, 2, 4, 4, 4, 3};

    private static List<Signature> householdSignatures() {
        return SignatureBuilder.combine(SignatureBuilder.withDefaults()
                .groupFraction(List.of("a", "a", "a", "a", "b", "b", "b", "b"), TREATMENT));
    }

    @Test
    void logistic_matchesCells_twoHouseholds() {
        TaceEstimator logistic =
                TaceEstimator.withDefaults().withPropensity(PropensityModel.logistic());

        TaceResult result = logistic.estimate(TREATMENT, OUTCOME, null, householdSignatures());

        // Three signature values make the quadratic basis saturated: e = 1, 0.6, 0.
        WeightedEstimate tace = result.tace();
        assertEquals(2.0, tace.horvitzThompson(), EXACT);
        assertEquals(2.0, tace.hajek(), EXACT);
        assertEquals(5, tace.unitsKept());
        assertEquals(3, tace.unitsTrimmed());
        assertEquals(0.6, tace.propensities()[4], 1e-7);
        assertTrue(tace.cells().isEmpty());
        assertEquals(3.6 - 7.0 / 3.0, result.covariates().hajek(), EXACT);
        assertTrue(result.warnings().get(0).contains("separates 3 units"),
                result.warnings().toString());
    }

    @Test
    void logistic_isUnbiased_additiveContexts() {
        // 12 datasets of 11,000 units in 1,000 contexts: SD of one estimate is about 0.04.
        TaceEstimator logistic =
                TaceEstimator.withDefaults().withPropensity(PropensityModel.logistic());
        int replicates = 12;
        double naive = 0;
        double covariates = 0;
        double tace = 0;
        for (int r = 0; r < replicates; r++) {
            ContextSimulation data = new ContextSimulation(11_000, 1_000, 100 + r);
            TaceResult result = logistic.estimate(data.treatment, data.outcome,
                    data.covariates, data.signatures);
            naive += result.naive().hajek() / replicates;
            covariates += result.covariates().hajek() / replicates;
            tace += result.tace().hajek() / replicates;
        }
        // Analytic biases of this process: 0.400 naive, 0.211 covariate-only, 0 with (X, I).
        assertEquals(1.400, naive, 0.04);
        assertEquals(1.211, covariates, 0.04);
        assertEquals(1.000, tace, 0.04);
    }

    @Test
    void bins_oneBinReducesToCovariates() {
        ContextSimulation data = new ContextSimulation(2_000, 200, 7);
        TaceResult oneBin = TaceEstimator.withDefaults().withPropensity(PropensityModel.bins(1))
                .estimate(data.treatment, data.outcome, data.covariates, data.signatures);
        TaceResult cells = TaceEstimator.withDefaults()
                .estimate(data.treatment, data.outcome, data.covariates, data.signatures);

        // One bin puts every signature in one cell, so e(X, I) reduces to e(X).
        assertEquals(oneBin.covariates().hajek(), oneBin.tace().hajek(), EXACT);
        assertEquals(cells.covariates().hajek(), oneBin.tace().hajek(), EXACT);
    }

    @Test
    void bins_rejectsCountAboveOne() {
        List<Signature> counts = List.of(Signature.of(ExactFraction.of(2)),
                Signature.of(ExactFraction.of(0)));
        TaceEstimator binned =
                TaceEstimator.withDefaults().withPropensity(PropensityModel.bins(4));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> binned.estimate(new int[] {1, 0}, new double[] {1, 0}, null, counts));

        assertTrue(error.getMessage().contains("Invalid signature 2 for unit 0"),
                error.getMessage());
    }

    @Test
    void logistic_reportsNonConvergence() {
        ContextSimulation data = new ContextSimulation(500, 50, 3);
        TaceEstimator oneStep = TaceEstimator.withDefaults()
                .withPropensity(PropensityModel.logistic().withMaxIterations(1));

        PropensityFitException error = assertThrows(PropensityFitException.class,
                () -> oneStep.estimate(data.treatment, data.outcome, data.covariates,
                        data.signatures));

        assertTrue(error.getMessage().contains("did not converge in 1 Newton steps"),
                error.getMessage());
    }

    @Test
    void model_printsCommandLineSpelling() {
        assertEquals("cells", PropensityModel.cells().toString());
        assertEquals("bins:20", PropensityModel.bins(20).toString());
        assertEquals("logistic", PropensityModel.logistic().toString());
        assertThrows(IllegalArgumentException.class, () -> PropensityModel.bins(0));
    }
}
