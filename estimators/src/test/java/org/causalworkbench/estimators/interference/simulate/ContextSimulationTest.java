package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the context simulation of O'Riordan and Gilligan-Lee (2025), Sec. 6.1, against its
 * analytic biases: naive 0.400 = 4 * 0.05 + 4 * 0.05, covariate-only
 * 0.2109 = 4 mean_x[E(U | T = 1, x) - E(U | T = 0, x)], signature-adjusted 0.
 */
class ContextSimulationTest {

    /**
     * 20 replicates of 110,000 units. The per-replicate bias SD is about 0.013, so the mean of
     * 20 has SD about 0.003 and a tolerance of 0.01 is more than three of them.
     */
    private static final int REPLICATES = 20;
    private static final double TOLERANCE = 0.01;

    private static InterferenceStudyResult study;

    @BeforeAll
    static void runStudy() {
        study = InterferenceReplicateRunner.of(ContextSimulation.withDefaults())
                .withReplicates(REPLICATES).withBaseSeed(2025)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void study_naiveBiasIsPointFour() {
        assertEquals(0.400, study.naive().mean(), TOLERANCE);
    }

    @Test
    void study_covariateBiasIsPointTwoOne() {
        assertEquals(0.2109, study.covariates().mean(), TOLERANCE);
    }

    @Test
    void study_taceBiasIsZero() {
        assertEquals(0.0, study.tace().mean(), TOLERANCE);
    }

    @Test
    void study_biasSdMatchesSampleSize() {
        // About 0.012 to 0.013 per replicate at 110,000 units. A wrong sample size or a broken
        // estimator would change it by a large factor.
        assertEquals(0.0125, study.tace().sd(), 0.0075);
        assertEquals(0.0125, study.naive().sd(), 0.0075);
    }

    @Test
    void decomposition_sumsToNaiveBias() {
        BiasDecomposition decomposition = study.decomposition().orElseThrow();
        assertEquals(4.0, decomposition.covariateCoefficient());
        assertEquals(4.0, decomposition.signatureCoefficient());
        assertEquals(0.2, decomposition.covariatePart(), TOLERANCE);
        assertEquals(0.2, decomposition.signaturePart(), TOLERANCE);
        // The residual is noise: 4 (W - I) and the outcome error, SD about 0.004 over 20.
        assertEquals(0.0, decomposition.residual(), 0.015);
    }

    @Test
    void study_keepsEveryReplicateValue() {
        assertEquals(REPLICATES, study.replicates());
        assertEquals(REPLICATES, study.tace().values().length);
        assertEquals(study.rows().get(3).taceBias(), study.tace().values()[3]);
        assertTrue(study.tace().lower() <= study.tace().mean());
        assertTrue(study.tace().upper() >= study.tace().mean());
    }

    @Test
    void generate_hasElevenUnitsPerContext() {
        SimulatedUnits units = ContextSimulation.withDefaults().withContexts(1000).generate();
        assertEquals(11_000, units.size());
        int[] groups = units.groups();
        int[] sizes = new int[1000];
        for (int group : groups) {
            sizes[group]++;
        }
        int[][] neighbours = units.neighbours();
        for (int i = 0; i < units.size(); i++) {
            assertEquals(sizes[groups[i]] - 1, neighbours[i].length, "unit " + i);
            for (int j : neighbours[i]) {
                assertEquals(groups[i], groups[j], "neighbour " + j + " of unit " + i);
            }
        }
        assertEquals(1.0, units.trueTace());
    }

    @Test
    void generate_isReproducibleForSeed() {
        ContextSimulation process = ContextSimulation.withDefaults().withContexts(200);
        assertEquals(process.withSeed(7).generate(), process.withSeed(7).generate());
        assertNotEquals(process.withSeed(7).generate(), process.withSeed(8).generate());
    }

    @Test
    void generate_signatureIsExactGroupFraction() {
        SimulatedUnits units = ContextSimulation.withDefaults().withContexts(300).generate();
        int[] t = units.treatment();
        int[][] neighbours = units.neighbours();
        ExactFraction[] signature = units.scalarSignature();
        for (int i = 0; i < units.size(); i++) {
            if (neighbours[i].length == 0) {
                assertNull(signature[i], "singleton " + i);
                continue;
            }
            long treated = 0;
            for (int j : neighbours[i]) {
                treated += t[j];
            }
            assertEquals(new ExactFraction(treated, neighbours[i].length), signature[i]);
        }
    }

    @Test
    void generate_marksSingletonsMissing() {
        // With 2 units per context on average, about 13% of units are alone.
        SimulatedUnits units = ContextSimulation.withDefaults().withContexts(500)
                .withUnitsPerContext(2).generate();
        int singletons = 0;
        for (int[] adjacent : units.neighbours()) {
            singletons += adjacent.length == 0 ? 1 : 0;
        }
        assertTrue(singletons > 0);
        assertEquals(singletons, units.unitsWithoutSignature());
    }

    @Test
    void appendixVariant_neverGivesTreatedUnitsAboveNineTenths() {
        SimulatedUnits units = ContextSimulation.appendixVariant().withContexts(2000).generate();
        ExactFraction[] signature = units.scalarSignature();
        int[] t = units.treatment();
        ExactFraction limit = new ExactFraction(9, 10);
        boolean untreatedAbove = false;
        for (int i = 0; i < units.size(); i++) {
            if (signature[i] == null) {
                continue;
            }
            if (t[i] == 1) {
                assertTrue(signature[i].compareTo(limit) <= 0, "unit " + i + ": " + signature[i]);
            } else {
                untreatedAbove |= signature[i].compareTo(limit) > 0;
            }
        }
        assertTrue(untreatedAbove, "some untreated units have I > 9/10");
    }

    @Test
    void appendixVariant_taceEstimateIsUnbiased() {
        InterferenceStudyResult result = InterferenceReplicateRunner
                .of(ContextSimulation.appendixVariant().withContexts(2000)).withReplicates(8)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        // 22,000 units give a bias SD near 0.03, so the mean of 8 has SD about 0.01.
        assertEquals(0.0, result.tace().mean(), 0.035);
        assertTrue(result.covariates().mean() < -0.1, "covariate bias "
                + result.covariates().mean());
    }

    @Test
    void covariateDependentShape_keepsTaceUnbiased() {
        ContextSimulation process = ContextSimulation.withDefaults().withContexts(2000)
                .withShape(InterferenceShape.COVARIATE_DEPENDENT);
        InterferenceStudyResult result = InterferenceReplicateRunner.of(process)
                .withReplicates(8).run(ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(0.0, result.tace().mean(), 0.035);
        assertTrue(result.naive().mean() > 0.2, "naive bias " + result.naive().mean());
        assertFalse(result.decomposition().isPresent());
    }

    @Test
    void noContextStrength_removesInterferenceBiasOfCovariateEstimate() {
        ContextSimulation process = ContextSimulation.withDefaults().withContexts(2000)
                .withContextStrength(0);
        InterferenceStudyResult result = InterferenceReplicateRunner.of(process)
                .withReplicates(8).run(ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(0.0, result.covariates().mean(), 0.035);
    }

    @Test
    void study_isIndependentOfThreadCount() {
        InterferenceReplicateRunner runner = InterferenceReplicateRunner
                .of(ContextSimulation.withDefaults().withContexts(500)).withReplicates(6);
        InterferenceStudyResult one = runner.withParallelism(1)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        InterferenceStudyResult three = runner.withParallelism(3)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(one.rows(), three.rows());
    }

    @Test
    void withSettings_rejectsInvalidValues() {
        ContextSimulation process = ContextSimulation.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> process.withContexts(0));
        assertThrows(IllegalArgumentException.class, () -> process.withUnitsPerContext(0));
        assertThrows(IllegalArgumentException.class, () -> process.withContextStrength(0.7));
        assertThrows(IllegalArgumentException.class,
                () -> process.withInterferenceCoefficient(Double.NaN));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> process.withOwnTreatmentReduction(new ExactFraction(3, 2)));
        assertTrue(error.getMessage().contains("3/2"), error.getMessage());
    }
}
