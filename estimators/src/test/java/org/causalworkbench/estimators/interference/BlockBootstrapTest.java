package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

class BlockBootstrapTest {

    /**
     * Households of three with a household propensity of 0.3 or 0.6, so the treated share of
     * the others is confounded with T, and {@code Y = T + 2 I + N(0, 1)}: the TACE is 1.
     */
    private record Households(int[] treatment, double[] outcome, List<Signature> signatures,
            List<String> labels) {

        static Households draw(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] treatment = new int[3 * count];
            List<String> labels = new ArrayList<>();
            for (int h = 0; h < count; h++) {
                double propensity = random.nextBoolean() ? 0.3 : 0.6;
                for (int k = 0; k < 3; k++) {
                    treatment[3 * h + k] = random.nextDouble() < propensity ? 1 : 0;
                    labels.add("h" + h);
                }
            }
            ExactFraction[] fractions =
                    SignatureBuilder.withDefaults().groupFraction(labels, treatment);
            double[] outcome = new double[treatment.length];
            for (int i = 0; i < outcome.length; i++) {
                outcome[i] = treatment[i] + 2 * fractions[i].doubleValue()
                        + random.nextGaussian();
            }
            return new Households(treatment, outcome, SignatureBuilder.combine(fractions),
                    labels);
        }

        BootstrapResult bootstrap(BlockBootstrap bootstrap, DependencyInflation dependence) {
            return bootstrap.run(TaceEstimator.withDefaults(), treatment, outcome, null,
                    signatures, BlockBootstrap.blocksOf(labels), dependence, ProgressSink.NONE,
                    CancellationToken.NEVER);
        }
    }

    @Test
    void plainBlockBootstrap_coversTruthAboutNinetyFivePercent() {
        BlockBootstrap bootstrap = BlockBootstrap.withDefaults().withReplicates(100)
                .withInflation(VarianceInflation.NONE);
        int datasets = 200;
        int covered = 0;
        for (int d = 0; d < datasets; d++) {
            Households data = Households.draw(150, 1_000 + d);
            BootstrapInterval interval =
                    data.bootstrap(bootstrap.withSeed(d), null).hajek();
            if (interval.lower() <= 1 && 1 <= interval.upper()) {
                covered++;
            }
        }
        // With 200 datasets the coverage has a standard error of about 0.015.
        double coverage = (double) covered / datasets;
        assertTrue(coverage >= 0.90, "coverage " + coverage);
        assertTrue(coverage <= 0.99, "coverage " + coverage);
    }

    @Test
    void inflation_scalesVarianceByFactor() {
        Households data = Households.draw(60, 9);
        int[][] neighbours = cliques(60);
        DependencyInflation dependence = DependencyInflation.fromNeighbours(neighbours);
        BlockBootstrap plain = BlockBootstrap.withDefaults().withReplicates(50)
                .withInflation(VarianceInflation.NONE);

        BootstrapResult none = data.bootstrap(plain, dependence);
        BootstrapResult spectral = data.bootstrap(
                plain.withInflation(VarianceInflation.SPECTRAL_RADIUS), dependence);

        // Every household is a triangle, so D is block diagonal with blocks of ones: D_sr = 3.
        assertEquals(3.0, spectral.inflationFactor(), 1e-9);
        assertEquals(none.hajek().bootstrapVariance(), spectral.hajek().bootstrapVariance(), 0);
        assertEquals(3 * none.hajek().bootstrapVariance(), spectral.hajek().variance(), 1e-15);
        double halfWidth = spectral.hajek().upper() - spectral.hajek().estimate();
        assertEquals(1.959963984540054 * Math.sqrt(spectral.hajek().variance()), halfWidth,
                1e-12);
        assertEquals(60, spectral.blocks());
    }

    @Test
    void sameSeed_givesSameResult() {
        Households data = Households.draw(40, 2);
        BlockBootstrap bootstrap = BlockBootstrap.withDefaults().withReplicates(30)
                .withSeed(77).withInflation(VarianceInflation.NONE);

        BootstrapResult first = data.bootstrap(bootstrap, null);
        BootstrapResult second = data.bootstrap(bootstrap, null);
        BootstrapResult other = data.bootstrap(bootstrap.withSeed(78), null);

        assertEquals(first, second);
        assertNotEquals(first.hajek().bootstrapVariance(), other.hajek().bootstrapVariance());
    }

    @Test
    void cancellation_stopsRunAndProgressCounts() {
        Households data = Households.draw(40, 2);
        AtomicInteger checks = new AtomicInteger();
        AtomicInteger reports = new AtomicInteger();
        CancellationToken afterThree = () -> checks.incrementAndGet() > 3;
        ProgressSink counter = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                reports.incrementAndGet();
                assertEquals(20, totalWork);
            }

            @Override
            public void message(String text) {
            }
        };

        assertThrows(CancellationException.class, () -> BlockBootstrap.withDefaults()
                .withReplicates(20).withInflation(VarianceInflation.NONE)
                .run(TaceEstimator.withDefaults(), data.treatment(), data.outcome(), null,
                        data.signatures(), BlockBootstrap.blocksOf(data.labels()), null,
                        counter, afterThree));

        assertEquals(3, reports.get());
    }

    @Test
    void replicatesWithoutOverlap_areCounted() {
        // Only block "a" has both arms at I = 1/2, so every replicate without it fails.
        int[] treatment = {1, 0, 1, 1, 1, 1};
        double[] outcome = {2, 1, 2, 2, 2, 2};
        Signature half = Signature.of(new ExactFraction(1, 2));
        List<Signature> signatures = List.of(half, half, half, half, half, half);
        int[] blocks = {0, 0, 1, 1, 2, 2};

        BootstrapResult result = BlockBootstrap.withDefaults().withReplicates(200)
                .withInflation(VarianceInflation.NONE)
                .run(TaceEstimator.withDefaults(), treatment, outcome, null, signatures,
                        blocks, null, ProgressSink.NONE, CancellationToken.NEVER);

        // A replicate misses block "a" with probability (2/3)^3 = 0.296.
        assertTrue(result.failedReplicates() > 30, "failed " + result.failedReplicates());
        assertTrue(result.failedReplicates() < 90, "failed " + result.failedReplicates());
        // Without block "a" a replicate holds one arm or no cell with both arms.
        String failure = result.firstFailure();
        assertTrue(failure.contains("only one arm") || failure.contains("No units remain"),
                failure);
    }

    @Test
    void singleComponent_isRejected() {
        Households data = Households.draw(5, 2);
        int[] oneBlock = new int[15];

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BlockBootstrap.withDefaults().withInflation(VarianceInflation.NONE)
                        .run(TaceEstimator.withDefaults(), data.treatment(), data.outcome(),
                                null, data.signatures(), oneBlock, null, ProgressSink.NONE,
                                CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("at least 2 independent blocks"),
                error.getMessage());
    }

    @Test
    void connectedComponents_labelsPathAndIsolatedUnit() {
        int[][] neighbours = {{1}, {0, 2}, {1}, {}, {5}, {4}};

        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 2},
                BlockBootstrap.connectedComponents(neighbours));
    }

    private static int[][] cliques(int households) {
        int[][] neighbours = new int[3 * households][];
        for (int h = 0; h < households; h++) {
            for (int k = 0; k < 3; k++) {
                neighbours[3 * h + k] = new int[] {3 * h + (k + 1) % 3, 3 * h + (k + 2) % 3};
            }
        }
        return neighbours;
    }
}
