package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the GRASP experiment on the default configuration over seeds 1 to 3.
 *
 * <p>Thresholds come from runs of the default configuration over seeds 1 to 5 (decision record
 * 0016): naive factor rate 0.88 to 1.00, cosine 0.89 to 0.96, GRASP factor rate 0, GRASP
 * role-play accuracy 0.96 to 1.00, ablation role-play accuracy 0.26 to 0.74, GRASP task error
 * at most 1.7 times the naive one.
 */
class GraspExperimentTest {

    private static final long[] SEEDS = {1, 2, 3};

    private static final List<GraspResult> RESULTS = new ArrayList<>();

    @BeforeAll
    static void runSeeds() {
        for (long seed : SEEDS) {
            RESULTS.add(GraspExperiment.run(GraspConfiguration.withDefaults().withSeed(seed),
                    ProgressSink.NONE, CancellationToken.NEVER));
        }
    }

    @Test
    void naive_showsFactorOnUnrelatedDomains() {
        for (GraspResult result : RESULTS) {
            double rate = result.metrics(GraspMethod.NAIVE).factorRate();

            assertTrue(rate > 0.8, "naive factor rate " + rate);
        }
    }

    @Test
    void identification_findsPersonaDirection() {
        for (GraspResult result : RESULTS) {
            assertTrue(result.cosine() > 0.9, "cosine " + result.cosine());
            assertEquals(1, result.identification().count(), "identified directions");
        }
    }

    @Test
    void grasp_removesFactorAndKeepsGenuineUse() {
        for (GraspResult result : RESULTS) {
            MethodMetrics grasp = result.metrics(GraspMethod.GRASP);
            MethodMetrics naive = result.metrics(GraspMethod.NAIVE);

            assertTrue(grasp.factorRate() < 0.02, "GRASP factor rate " + grasp.factorRate());
            assertTrue(grasp.genuineUseAccuracy() > 0.9, "GRASP role-play accuracy "
                    + grasp.genuineUseAccuracy());
            assertTrue(grasp.taskError() < 2 * naive.taskError(), "GRASP task error "
                    + grasp.taskError() + ", naive " + naive.taskError());
        }
    }

    @Test
    void ablation_costsGenuineUse() {
        for (GraspResult result : RESULTS) {
            double ablation = result.metrics(GraspMethod.ABLATION).genuineUseAccuracy();
            double grasp = result.metrics(GraspMethod.GRASP).genuineUseAccuracy();

            assertTrue(ablation < grasp - 0.3, "ablation accuracy " + ablation + ", GRASP "
                    + grasp);
        }
    }

    @Test
    void steering_keepsGenuineUseOnlyAtNaiveWrite() {
        // Measured on seeds 1 to 3 (decision 0020): at the naive write both steering baselines
        // keep 0.99 to 1.00 of role-play. At twice it they keep 0.00 to 0.03 at inference and
        // 0.12 to 0.44 when preventative, with the factor rate 0.
        for (GraspResult result : RESULTS) {
            double grasp = result.metrics(GraspMethod.GRASP).genuineUseAccuracy();
            SteeringPoint matched = pointAt(result, 1);
            SteeringPoint overshoot = pointAt(result, 2);
            for (MethodMetrics steering : List.of(matched.inference(), matched.preventative())) {
                assertTrue(steering.factorRate() < 0.02, "rate at the naive write " + steering);
                assertTrue(steering.genuineUseAccuracy() > 0.95, "accuracy at the naive write "
                        + steering);
            }
            for (MethodMetrics steering : List.of(overshoot.inference(),
                    overshoot.preventative())) {
                assertTrue(steering.factorRate() < 0.02, "rate at twice the write " + steering);
                assertTrue(steering.genuineUseAccuracy() < grasp - 0.4, "accuracy at twice the"
                        + " write " + steering + ", GRASP " + grasp);
            }
        }
    }

    @Test
    void steeringCurve_startsAtNaive() {
        GraspResult result = RESULTS.get(0);
        SteeringPoint none = pointAt(result, 0);

        assertEquals(result.metrics(GraspMethod.NAIVE), none.inference());
        assertEquals(result.metrics(GraspMethod.NAIVE), none.preventative());
        assertEquals(result.metrics(GraspMethod.STEERING), pointAt(result, 1).preventative());
        assertEquals(2 * result.steeringCoefficient(), pointAt(result, 2).coefficient(), 1e-12);
    }

    private static SteeringPoint pointAt(GraspResult result, double multiple) {
        return result.steeringCurve().stream().filter(p -> p.multiple() == multiple)
                .findFirst().orElseThrow();
    }

    @Test
    void projection_keepsGraspUpdateOffIdentifiedDirections() {
        GraspResult result = RESULTS.get(0);
        DMatrixRMaj directions = result.identification().directions();
        DMatrixRMaj change = result.graspWeightChange();
        DMatrixRMaj along = new DMatrixRMaj(directions.numCols, change.numCols);

        CommonOps_DDRM.multTransA(directions, change, along);

        assertTrue(NormOps_DDRM.normF(change) > 1e-3, "GRASP weight change "
                + NormOps_DDRM.normF(change));
        assertTrue(CommonOps_DDRM.elementMaxAbs(along) < 1e-12, "max |U^T dW| "
                + CommonOps_DDRM.elementMaxAbs(along));
    }

    @Test
    void run_isDeterministicForSeed() {
        GraspResult again = GraspExperiment.run(GraspConfiguration.withDefaults(),
                ProgressSink.NONE, CancellationToken.NEVER);
        GraspResult first = RESULTS.get(0);

        assertArrayEquals(first.identification().singularValues(),
                again.identification().singularValues(), 0.0);
        assertEquals(first.cosine(), again.cosine(), 0.0);
        assertEquals(first.methods(), again.methods());
        assertEquals(first.steeringCurve(), again.steeringCurve());
        assertArrayEquals(first.graspWeightChange().data, again.graspWeightChange().data, 0.0);
    }

    @Test
    void run_stopsWhenCancelled() {
        AtomicInteger checks = new AtomicInteger();
        CancellationToken afterFiftyChecks = () -> checks.incrementAndGet() > 50;
        long start = System.nanoTime();

        assertThrows(CancellationException.class, () -> GraspExperiment.run(
                GraspConfiguration.withDefaults(), ProgressSink.NONE, afterFiftyChecks));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 2, "cancellation took " + seconds + " s");
    }

    @Test
    void run_reportsProgressUpToTotal() {
        GraspConfiguration small = GraspConfiguration.withDefaults().withPretraining(1_000, 2)
                .withFineTuning(200, 1);
        List<long[]> reports = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                reports.add(new long[] {workDone, totalWork});
            }

            @Override
            public void message(String text) {
                // Only the numbers are checked.
            }
        };

        GraspExperiment.run(small, sink, CancellationToken.NEVER);

        long[] last = reports.get(reports.size() - 1);
        assertEquals(last[1], last[0], "last report");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "report " + i);
        }
    }

    @Test
    void configuration_rejectsComplexityAboveFive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraspConfiguration.withDefaults().withComplexity(6));

        assertTrue(error.getMessage().contains("complexity must lie in [1, 5], got 6"),
                error.getMessage());
    }
}
