package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/** Determinism, progress and cancellation on a small world. */
class RecommenderRunTest {

    private static final RecommenderDataConfig SMALL = RecommenderDataConfig.withDefaults(11)
            .withTrainUsers(200).withLoggedInteractions(2000).withTestUsers(40)
            .withProbeItems(200);
    private static final RecommenderTrainingConfig SHORT = RecommenderTrainingConfig
            .withDefaults(11).withEpochs(2).withBatchSize(64).withLambda(0.1);

    @Test
    void generate_sameSeedSameData() {
        RecommenderDataset first = RecommenderGenerator.generate(SMALL);
        RecommenderDataset second = RecommenderGenerator.generate(SMALL);
        RecommenderDataset other = RecommenderGenerator.generate(SMALL.withSeed(12));

        assertArrayEquals(first.train().items().data, second.train().items().data);
        assertArrayEquals(first.randomTest().clicks(), second.randomTest().clicks());
        assertNotEquals(first.train().items().get(0, 0), other.train().items().get(0, 0));
    }

    @Test
    void generate_policiesShapeNonCausalDependence() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL.withTestUsers(1000));

        double logged = correlationWithPairProduct(data.loggedTest());
        double random = correlationWithPairProduct(data.randomTest());
        double flipped = correlationWithPairProduct(data.flippedTest());

        // gamma = 1 and sigma = 0.3 give a correlation of 1 / sqrt(1.09) = 0.96.
        assertEquals(0.96, logged, 0.03);
        assertEquals(0.0, random, 0.05);
        assertEquals(-0.96, flipped, 0.03);
    }

    @Test
    void train_sameSeedSameModel() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL);

        RecommenderEvaluation first = runOnce(data, SHORT);
        RecommenderEvaluation second = runOnce(data, SHORT);
        RecommenderEvaluation other = runOnce(data, SHORT.withSeed(12));

        assertEquals(first.loggedAuc(), second.loggedAuc(), 0.0);
        assertEquals(first.randomNdcg5(), second.randomNdcg5(), 0.0);
        assertEquals(first.nonCausalProbeR2(), second.nonCausalProbeR2(), 0.0);
        assertArrayEquals(first.criticEstimate(), second.criticEstimate(), 0.0);
        assertArrayEquals(first.predictionLoss(), second.predictionLoss(), 0.0);
        assertNotEquals(first.loggedAuc(), other.loggedAuc());
    }

    @Test
    void train_reportsEveryStep() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL);
        LastProgress sink = new LastProgress();

        TrainedRecommender trained = RecommenderTrainer.train(data.train(), SHORT, sink,
                CancellationToken.NEVER);

        assertEquals(2 * (2000 / 64), sink.total.get());
        assertEquals(sink.total.get(), sink.done.get());
        assertEquals(2, trained.criticEstimate().length);
    }

    @Test
    void train_stopsAtFirstStepAfterCancel() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL);
        LastProgress sink = new LastProgress();

        assertThrows(CancellationException.class, () -> RecommenderTrainer.train(data.train(),
                SHORT, sink, () -> sink.done.get() >= 5));
        assertEquals(5, sink.done.get());
    }

    @Test
    void sweep_cancelStopsLaterLambdas() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL);
        LastProgress sink = new LastProgress();
        long perRun = 2 * (2000 / 64);

        assertThrows(CancellationException.class, () -> LambdaSweep.run(data, SHORT,
                List.of(0.0, 1.0, 2.0), sink, () -> sink.done.get() >= perRun + 3));
        assertEquals(perRun + 3, sink.done.get());
    }

    @Test
    void train_rejectsDataSmallerThanBatch() {
        RecommenderDataset data = RecommenderGenerator.generate(SMALL);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RecommenderTrainer.train(data.train(), SHORT.withBatchSize(5000),
                        ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(error.getMessage().contains("fewer than one batch"), error.getMessage());
    }

    /** Keeps the last progress report. */
    private static final class LastProgress implements ProgressSink {
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();

        @Override
        public void progress(long workDone, long totalWork) {
            done.set(workDone);
            total.set(totalWork);
        }

        @Override
        public void message(String text) {
            // Messages are not checked here.
        }
    }

    private static RecommenderEvaluation runOnce(RecommenderDataset data,
            RecommenderTrainingConfig config) {
        return RecommenderEvaluator.evaluate(RecommenderTrainer.train(data.train(), config,
                ProgressSink.NONE, CancellationToken.NEVER), data);
    }

    /** Returns the correlation of T_nC[0] with z0 z1 over the rows. */
    private static double correlationWithPairProduct(Interactions rows) {
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.users().get(i, 0) * rows.users().get(i, 1);
            y[i] = rows.nonCausal().get(i, 0);
        }
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
                .correlation(x, y);
    }
}
