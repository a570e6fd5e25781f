package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains the lambda sweep on KuaiRand-format logs written from a confounded simulation. */
class KuaiRandSweepTest {

    private static KuaiRandDataset data;

    @BeforeAll
    static void importLogs(@TempDir Path folder) throws IOException {
        SimulatedKuaiRandLogs.LogFiles files = SimulatedKuaiRandLogs.write(folder, 300, 400, 7);
        KuaiRandData imported = KuaiRandImporter.read(files.standard(), files.random(), 300,
                CancellationToken.NEVER);
        data = KuaiRandDataset.split(imported, KuaiRandSplitConfig.withDefaults(1));
    }

    private static RecommenderTrainingConfig training(int epochs) {
        return RecommenderTrainingConfig.withDefaults(1).withEpochs(epochs)
                .withWeightDecay(RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY);
    }

    @Test
    void sweep_ranksHeldOutAndRandomAboveChance() {
        List<RecommenderEvaluation> results = LambdaSweep.run(data, training(8),
                List.of(0.0, 0.1), ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(2, results.size());
        for (RecommenderEvaluation result : results) {
            String at = "lambda " + result.lambda();
            assertTrue(result.loggedAuc() > 0.57, at + ": held-out AUC " + result.loggedAuc());
            assertTrue(result.randomAuc() > 0.53, at + ": random AUC " + result.randomAuc());
            assertTrue(result.loggedNdcg5() > 0.3, at + ": held-out NDCG@5 "
                    + result.loggedNdcg5());
            assertTrue(result.loggedNdcg5() <= 1, at + ": held-out NDCG@5 "
                    + result.loggedNdcg5());
            assertTrue(result.randomNdcg5() > 0.2, at + ": random NDCG@5 "
                    + result.randomNdcg5());
            assertTrue(result.randomNdcg5() <= 1, at + ": random NDCG@5 "
                    + result.randomNdcg5());
            assertEquals(8, result.criticEstimate().length, at);
            assertEquals(8, result.predictionLoss().length, at);
        }
    }

    @Test
    void sweep_reportsNoGroundTruthScores() {
        RecommenderEvaluation result = LambdaSweep.run(data, training(1), List.of(0.1),
                ProgressSink.NONE, CancellationToken.NEVER).get(0);

        assertTrue(Double.isNaN(result.flippedAuc()));
        assertTrue(Double.isNaN(result.flippedNdcg5()));
        assertTrue(Double.isNaN(result.causalProbeR2()));
        assertTrue(Double.isNaN(result.nonCausalProbeR2()));
        assertTrue(Double.isNaN(result.interventionSensitivity()));
    }

    @Test
    void sweep_sameSeedGivesSameScores() {
        List<Double> lambdas = List.of(0.0, 0.3);
        List<RecommenderEvaluation> first = LambdaSweep.run(data, training(2), lambdas,
                ProgressSink.NONE, CancellationToken.NEVER);
        List<RecommenderEvaluation> second = LambdaSweep.run(data, training(2), lambdas,
                ProgressSink.NONE, CancellationToken.NEVER);

        for (int i = 0; i < lambdas.size(); i++) {
            assertEquals(first.get(i).loggedAuc(), second.get(i).loggedAuc());
            assertEquals(first.get(i).loggedNdcg5(), second.get(i).loggedNdcg5());
            assertEquals(first.get(i).randomAuc(), second.get(i).randomAuc());
            assertEquals(first.get(i).randomNdcg5(), second.get(i).randomNdcg5());
            assertArrayEquals(first.get(i).criticEstimate(), second.get(i).criticEstimate());
            assertArrayEquals(first.get(i).predictionLoss(), second.get(i).predictionLoss());
        }
    }

    @Test
    void sweep_otherSeedChangesScores() {
        RecommenderEvaluation seed1 = LambdaSweep.run(data, training(2), List.of(0.0),
                ProgressSink.NONE, CancellationToken.NEVER).get(0);
        RecommenderEvaluation seed2 = LambdaSweep.run(data, training(2).withSeed(2),
                List.of(0.0), ProgressSink.NONE, CancellationToken.NEVER).get(0);

        assertTrue(seed1.loggedAuc() != seed2.loggedAuc(), "the seed sets the weights");
    }

    @Test
    void sweep_usesConfiguredWeightDecay() {
        RecommenderEvaluation decayed = LambdaSweep.run(data, training(2), List.of(0.0),
                ProgressSink.NONE, CancellationToken.NEVER).get(0);
        RecommenderEvaluation plain = LambdaSweep.run(data, training(2).withWeightDecay(0),
                List.of(0.0), ProgressSink.NONE, CancellationToken.NEVER).get(0);

        assertTrue(decayed.predictionLoss()[1] != plain.predictionLoss()[1],
                "weight decay left the training loss unchanged");
    }

    @Test
    void sweep_stopsPromptlyWhenCancelled() {
        RecordedProgress progress = new RecordedProgress();

        long start = System.nanoTime();
        assertThrows(CancellationException.class, () -> LambdaSweep.run(data, training(50),
                List.of(0.0, 0.1), progress, () -> progress.reports().size() >= 3));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(3, progress.reports().size(), "steps after cancelling");
        assertTrue(seconds < 5, "cancelling took " + seconds + " s");
    }

    @Test
    void sweep_reportsProgressOverWholeSweep() {
        RecordedProgress progress = new RecordedProgress();

        LambdaSweep.run(data, training(1), List.of(0.0, 0.1), progress,
                CancellationToken.NEVER);

        long[] last = progress.reports().get(progress.reports().size() - 1);
        long stepsPerRun = data.train().size() / training(1).batchSize();
        assertEquals(2 * stepsPerRun, last[1]);
        assertEquals(last[1], last[0]);
    }
}
