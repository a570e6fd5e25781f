package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.app.testing.SwitchableWorker;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.KuaiRandData;
import org.causalworkbench.estimators.repr.recommender.KuaiRandDataset;
import org.causalworkbench.estimators.repr.recommender.KuaiRandImporter;
import org.causalworkbench.estimators.repr.recommender.KuaiRandSplitConfig;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;
import org.causalworkbench.estimators.repr.recommender.SimulatedKuaiRandLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the KuaiRand load of the recommender panel's view model with direct executors. */
class RecommenderKuaiRandViewModelTest {

    @TempDir
    Path dir;

    private SimulatedKuaiRandLogs.LogFiles logs;

    @BeforeEach
    void writeLogs() throws IOException {
        logs = SimulatedKuaiRandLogs.write(dir, 150, 200, 5);
    }

    private KuaiRandRequest request(int users) {
        return new KuaiRandRequest(logs.standard(), logs.random(), users);
    }

    @Test
    void loadKuaiRand_runsSweepOnSubset() throws IOException {
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run,
                Runnable::run);

        model.loadKuaiRand(request(100));

        assertNotNull(model.kuaiRandProperty().get());
        assertTrue(model.kuaiRandSummaryProperty().get().startsWith(
                "KuaiRand subset: 100 users, "), model.kuaiRandSummaryProperty().get());
        assertTrue(model.kuaiRandSummaryProperty().get().contains(
                "random-exposure log 2,000 interactions"), model.kuaiRandSummaryProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals("Finished on the KuaiRand subset: 2 lambdas, seed 1.",
                model.statusProperty().get());
        List<RecommenderEvaluation> result = model.resultProperty().get();
        assertNotNull(result);
        KuaiRandData imported = KuaiRandImporter.read(logs.standard(), logs.random(), 100,
                CancellationToken.NEVER);
        List<RecommenderEvaluation> direct = LambdaSweep.run(
                KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(1)),
                RecommenderViewModelTest.tinyTraining(1).withWeightDecay(
                        RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY),
                List.of(0.0, 0.3), ProgressSink.NONE, CancellationToken.NEVER);
        for (int i = 0; i < direct.size(); i++) {
            assertEquals(direct.get(i).loggedAuc(), result.get(i).loggedAuc());
            assertEquals(direct.get(i).randomNdcg5(), result.get(i).randomNdcg5());
            assertTrue(Double.isNaN(result.get(i).nonCausalProbeR2()));
        }
    }

    @Test
    void loadKuaiRand_malformedFileShowsMessage() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.csv"),
                "user_id,video_id,is_click\n1000,5000,0\n1000,5001,maybe\n");
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run,
                Runnable::run);

        model.loadKuaiRand(new KuaiRandRequest(broken, logs.random(), 100));

        String error = model.errorProperty().get();
        assertTrue(error.contains("broken.csv, line 3, column 'is_click': 'maybe' is not 0 or 1"),
                error);
        assertFalse(error.contains("Exception"), error);
        assertNull(model.kuaiRandProperty().get());
        assertNull(model.resultProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Failed.", model.statusProperty().get());
    }

    @Test
    void loadKuaiRand_missingFileShowsMessage() {
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run,
                Runnable::run);

        model.loadKuaiRand(new KuaiRandRequest(dir.resolve("absent.csv"), logs.random(), 10));

        assertTrue(model.errorProperty().get().endsWith("absent.csv was not found; choose the"
                + " KuaiRand CSV log again"), model.errorProperty().get());
        assertNull(model.kuaiRandProperty().get());
    }

    @Test
    void loadKuaiRand_cancelKeepsSyntheticWorld() {
        SwitchableWorker worker = new SwitchableWorker();
        worker.hold();
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run, worker);

        model.loadKuaiRand(request(100));
        assertTrue(model.runningProperty().get());
        model.cancel();
        worker.runQueued();

        assertNull(model.kuaiRandProperty().get());
        assertNull(model.resultProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
    }

    @Test
    void useSynthetic_returnsToGenerator() {
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run,
                Runnable::run);
        model.loadKuaiRand(request(100));

        model.useSynthetic();

        assertNull(model.kuaiRandProperty().get());
        assertEquals("", model.kuaiRandSummaryProperty().get());
        assertTrue(model.staleProperty().get(), "the KuaiRand sweep no longer matches");
        model.run();
        assertEquals("Finished: 2 lambdas, seed 1.", model.statusProperty().get());
        assertFalse(Double.isNaN(model.resultProperty().get().get(0).nonCausalProbeR2()));
    }

    @Test
    void seed_changesKuaiRandSplit() {
        RecommenderViewModel model = RecommenderViewModelTest.tinyModel(Runnable::run,
                Runnable::run);
        model.loadKuaiRand(request(100));
        double seed1 = model.resultProperty().get().get(0).loggedAuc();

        model.seedProperty().set(2);
        model.run();

        assertEquals("Finished on the KuaiRand subset: 2 lambdas, seed 2.",
                model.statusProperty().get());
        assertTrue(seed1 != model.resultProperty().get().get(0).loggedAuc());
    }
}
