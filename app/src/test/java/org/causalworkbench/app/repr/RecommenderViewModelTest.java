package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.causalworkbench.app.testing.SwitchableWorker;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;
import org.junit.jupiter.api.Test;

/** Drives the recommender panel's view model with direct executors, without the toolkit. */
class RecommenderViewModelTest {

    static RecommenderDataConfig tinyData(long seed) {
        return RecommenderDataConfig.withDefaults(seed).withTrainUsers(100)
                .withLoggedInteractions(1_000).withTestUsers(30).withProbeItems(60);
    }

    static RecommenderTrainingConfig tinyTraining(long seed) {
        return RecommenderTrainingConfig.withDefaults(seed).withEpochs(2).withBatchSize(64)
                .withHiddenWidth(8).withEmbeddingWidth(4);
    }

    static RecommenderViewModel tinyModel(Executor ui, Executor worker) {
        return new RecommenderViewModel(ui, worker, RecommenderViewModelTest::tinyData,
                RecommenderViewModelTest::tinyTraining, List.of(0.0, 0.3));
    }

    @Test
    void run_matchesDirectSweep() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        model.seedProperty().set(3);

        model.run();

        List<RecommenderEvaluation> result = model.resultProperty().get();
        assertNotNull(result);
        assertFalse(model.runningProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("Finished: 2 lambdas, seed 3.", model.statusProperty().get());
        List<RecommenderEvaluation> direct = LambdaSweep.run(
                RecommenderGenerator.generate(tinyData(3)), tinyTraining(3), List.of(0.0, 0.3),
                ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(direct.size(), result.size());
        for (int i = 0; i < direct.size(); i++) {
            assertSameScores(direct.get(i), result.get(i));
        }
    }

    private static void assertSameScores(RecommenderEvaluation expected,
            RecommenderEvaluation actual) {
        assertEquals(expected.lambda(), actual.lambda());
        assertEquals(expected.loggedAuc(), actual.loggedAuc());
        assertEquals(expected.randomNdcg5(), actual.randomNdcg5());
        assertEquals(expected.flippedAuc(), actual.flippedAuc());
        assertEquals(expected.causalProbeR2(), actual.causalProbeR2());
        assertEquals(expected.nonCausalProbeR2(), actual.nonCausalProbeR2());
        assertEquals(expected.interventionSensitivity(), actual.interventionSensitivity());
        assertArrayEquals(expected.criticEstimate(), actual.criticEstimate());
        assertArrayEquals(expected.predictionLoss(), actual.predictionLoss());
    }

    @Test
    void run_addsPartialEvaluationPerLambda() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        List<Double> seen = new ArrayList<>();
        model.partialEvaluations().addListener(
                (javafx.collections.ListChangeListener<RecommenderEvaluation>) change ->
                        seen.add(model.partialEvaluations().get(
                                model.partialEvaluations().size() - 1).lambda()));

        model.run();

        assertEquals(List.of(0.0, 0.3), seen);
        assertEquals(2, model.resultProperty().get().get(0).criticEstimate().length);
    }

    @Test
    void run_clearsStaleOnFirstNewLambda() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        model.run();
        model.lambdasProperty().set("0.1, 0.3");
        List<Boolean> runningWhenCleared = new ArrayList<>();
        model.staleProperty().addListener((obs, was, now) -> {
            if (!now) {
                runningWhenCleared.add(model.runningProperty().get());
            }
        });

        model.run();

        assertEquals(List.of(true), runningWhenCleared);
    }

    @Test
    void cancel_keepsPreviousSweepStale() {
        SwitchableWorker worker = new SwitchableWorker();
        RecommenderViewModel model = tinyModel(Runnable::run, worker);
        model.run();
        List<RecommenderEvaluation> first = model.resultProperty().get();
        assertNotNull(first);

        worker.hold();
        model.lambdasProperty().set("0.1");
        assertTrue(model.staleProperty().get(), "a changed setting marks the sweep stale");
        model.run();
        assertTrue(model.runningProperty().get());
        model.cancel();
        worker.runQueued();

        assertSame(first, model.resultProperty().get());
        assertTrue(model.staleProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled; the charts show the previous sweep (stale).",
                model.statusProperty().get());
    }

    @Test
    void cancel_withoutPreviousSweepLeavesNone() {
        SwitchableWorker worker = new SwitchableWorker();
        worker.hold();
        RecommenderViewModel model = tinyModel(Runnable::run, worker);
        model.run();
        model.cancel();
        worker.runQueued();

        assertNull(model.resultProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
    }

    @Test
    void run_rejectsInvalidLambda() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        model.lambdasProperty().set("0, -1");

        model.run();

        assertNull(model.resultProperty().get());
        assertEquals("Invalid setting: lambda -1 must be finite and at least 0.",
                model.errorProperty().get());
    }

    @Test
    void parsedLambdas_acceptsCommasAndSpaces() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        model.lambdasProperty().set(" 0,0.03  0.1, 0.3 ");

        assertEquals(List.of(0.0, 0.03, 0.1, 0.3), model.parsedLambdas());
    }

    @Test
    void applyPreset_setsTeachingLambdas() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);

        model.applyPreset(RecommenderPreset.TEACHING);

        assertEquals("0, 0.03, 0.1, 0.3", model.lambdasProperty().get());
        assertEquals(40_000, model.dataConfig().loggedInteractions());
        assertEquals(8, model.trainingConfig().epochs());
    }

    @Test
    void restoredLambdas_clearStale() {
        RecommenderViewModel model = tinyModel(Runnable::run, Runnable::run);
        model.run();
        String typed = model.lambdasProperty().get();

        model.lambdasProperty().set("0.1");
        boolean afterChange = model.staleProperty().get();
        model.lambdasProperty().set(typed.replace(" ", ""));

        assertTrue(afterChange);
        assertFalse(model.staleProperty().get(), "the same weights, typed without spaces");
    }

    @Test
    void cancelledOtherLambdas_clearOnRestore() {
        SwitchableWorker worker = new SwitchableWorker();
        RecommenderViewModel model = tinyModel(Runnable::run, worker);
        model.run();
        String typed = model.lambdasProperty().get();
        worker.hold();
        model.lambdasProperty().set("0.1");
        model.run();
        model.cancel();
        worker.runQueued();
        boolean afterCancel = model.staleProperty().get();

        model.lambdasProperty().set(typed);

        assertTrue(afterCancel);
        assertFalse(model.staleProperty().get());
    }
}
