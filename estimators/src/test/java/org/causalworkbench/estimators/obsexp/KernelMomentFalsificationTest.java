package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the kernel conditional-moment test against a brute-force computation written here from
 * the formula, its size under the null by simulation, and its input validation.
 */
class KernelMomentFalsificationTest {

    static Stream<Arguments> referenceVectors() {
        return Stream.of(
                Arguments.of("alternative", FalsificationVectors.ALTERNATIVE),
                Arguments.of("null", FalsificationVectors.NULL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceVectors")
    void test_matchesBruteForce_r8RawCovariates(String name, double[] residuals) {
        double[][] x = FalsificationVectors.grid();
        KernelMomentResult result = KernelMomentFalsification.withDefaults()
                .withStandardisedCovariates(false).withLengthscale(0.5).test(x, residuals);

        double expectedU = bruteForceStatistic(x, residuals, 0.5, allPositive(12));
        assertEquals(expectedU, result.statistic(), 1e-12 * Math.abs(expectedU), "U");
        assertEquals(bruteForcePValue(x, residuals, 0.5), result.pValue(), 1e-12, "exact p");
        assertTrue(result.exact(), "n = 12 enumerates exactly");
        assertEquals(4096, result.resamples(), "2^12 sign vectors");
        assertEquals(0.5, result.lengthscale(), 0, "lengthscale");
        assertFalse(result.medianLengthscale(), "fixed lengthscale");
        assertEquals(result.pValue() <= 0.05, result.rejected(), "decision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceVectors")
    void test_matchesBruteForce_r8StandardisedCovariates(String name, double[] residuals) {
        double[][] x = FalsificationVectors.grid();
        KernelMomentResult result = KernelMomentFalsification.withDefaults()
                .withLengthscale(0.5).test(x, residuals);

        double[][] standardised = standardiseIndependently(x);
        double expectedU = bruteForceStatistic(standardised, residuals, 0.5, allPositive(12));
        assertEquals(expectedU, result.statistic(), 1e-12 * Math.abs(expectedU), "U");
        assertEquals(bruteForcePValue(standardised, residuals, 0.5), result.pValue(), 1e-12,
                "exact p");
        assertTrue(result.standardisedCovariates(), "standardised");
    }

    @Test
    void test_separatesReferenceVectors_r8() {
        KernelMomentFalsification test = KernelMomentFalsification.withDefaults()
                .withStandardisedCovariates(false).withLengthscale(0.5);
        double[][] x = FalsificationVectors.grid();
        KernelMomentResult alternative = test.test(x, FalsificationVectors.ALTERNATIVE);
        KernelMomentResult nullResult = test.test(x, FalsificationVectors.NULL);
        assertTrue(alternative.pValue() < nullResult.pValue(),
                "alternative p " + alternative.pValue() + " against null p "
                        + nullResult.pValue());
        assertEquals(FalsificationVerdict.of(alternative.rejected()).text(),
                alternative.verdictText(), "verdict text");
        assertEquals("F2 kernel conditional-moment test", alternative.testName(), "name");
    }

    @Test
    void test_usesMedianDistance_byDefault() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[] residuals = {0.4, -1.1, 0.7, 0.2};
        KernelMomentResult result = KernelMomentFalsification.withDefaults().test(x, residuals);

        // Raw distances 1, 1, 1, 2, 2, 3 have median 1.5, and the sample SD is sqrt(5/3).
        assertEquals(1.5 / Math.sqrt(5.0 / 3), result.lengthscale(), 1e-12, "lengthscale");
        assertTrue(result.medianLengthscale(), "median heuristic");
        KernelMomentResult raw = KernelMomentFalsification.withDefaults()
                .withStandardisedCovariates(false).withLengthscale(1.5).test(x, residuals);
        assertEquals(raw.statistic(), result.statistic(), 1e-12,
                "in one dimension, standardising rescales distances and lengthscale alike");
    }

    @Test
    void test_rejectsAtNominalRate_underNull() {
        Random random = new Random(99);
        int replicates = 400;
        int n = 40;
        int rejections = 0;
        for (int replicate = 0; replicate < replicates; replicate++) {
            double[][] x = new double[n][2];
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = random.nextDouble() * 2 - 1;
                x[i][1] = random.nextGaussian();
                residuals[i] = random.nextGaussian();
            }
            KernelMomentResult result = KernelMomentFalsification.withDefaults()
                    .withSeed(replicate).test(x, residuals);
            if (result.rejected()) {
                rejections++;
            }
        }
        double rate = rejections / (double) replicates;
        double band = 3 * Math.sqrt(0.05 * 0.95 / replicates);
        assertEquals(0.05, rate, band, "rejection rate over " + replicates + " replicates");
    }

    @Test
    void test_detectsGap_thatAveragesToZero() {
        Random random = new Random(17);
        int replicates = 40;
        int n = 60;
        int rejections = 0;
        for (int replicate = 0; replicate < replicates; replicate++) {
            double[][] x = new double[n][1];
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = random.nextDouble() * 2 - 1;
                residuals[i] = 1.5 * x[i][0] + random.nextGaussian();
            }
            if (KernelMomentFalsification.withDefaults().test(x, residuals).rejected()) {
                rejections++;
            }
        }
        assertTrue(rejections >= 0.8 * replicates, rejections + " of " + replicates);
    }

    @Test
    void test_repeatsPValue_forSameSeed() {
        Random random = new Random(4);
        int n = 25;
        double[][] x = new double[n][1];
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            residuals[i] = random.nextGaussian() + 0.3 * x[i][0];
        }
        KernelMomentFalsification test = KernelMomentFalsification.withDefaults().withSeed(3);
        KernelMomentResult first = test.test(x, residuals);
        KernelMomentResult again = test.test(x, residuals);
        assertEquals(first.pValue(), again.pValue(), 0, "same seed");
        assertFalse(first.exact(), "n = 25 draws");
        assertEquals(999, first.resamples(), "draws");
        assertEquals((1 + first.exceedances()) / 1000.0, first.pValue(), 0, "p formula");
        assertEquals(3, first.seed(), "seed");
    }

    @Test
    void test_reportsFullProgress_exactEnumeration() {
        List<long[]> reports = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                reports.add(new long[] {workDone, totalWork});
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };
        KernelMomentFalsification.withDefaults().withLengthscale(0.5)
                .test(FalsificationVectors.grid(), FalsificationVectors.NULL, sink,
                        CancellationToken.NEVER);
        long[] last = reports.get(reports.size() - 1);
        assertEquals(4096, last[0], "work done");
        assertEquals(4096, last[1], "total work");
        assertEquals(List.of("Enumerating all 4096 sign vectors"), messages, "messages");
    }

    @Test
    void test_stopsWithCancellation_duringEnumeration() {
        AtomicInteger checks = new AtomicInteger();
        CancellationToken token = () -> checks.incrementAndGet() > 2;
        Random random = new Random(8);
        double[][] x = new double[16][1];
        double[] residuals = new double[16];
        for (int i = 0; i < 16; i++) {
            x[i][0] = i;
            residuals[i] = random.nextGaussian();
        }
        assertThrows(CancellationException.class, () -> KernelMomentFalsification.withDefaults()
                .test(x, residuals, ProgressSink.NONE, token));
        assertEquals(3, checks.get(), "stopped at the third check");
    }

    @Test
    void test_rejectsRows_fewerThanThree() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KernelMomentFalsification.withDefaults().test(new double[][] {{0}, {1}},
                        new double[] {1, 2}));
        assertTrue(error.getMessage().contains("at least 3 rows, got 2"), error.getMessage());
    }

    @Test
    void test_rejectsRows_aboveMaximum() {
        int n = KernelMomentFalsification.MAX_ROWS + 1;
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KernelMomentFalsification.withDefaults().test(new double[n][1],
                        new double[n]));
        assertTrue(error.getMessage().contains("at most 5000 rows, got 5001"),
                error.getMessage());
    }

    @Test
    void test_rejectsCovariates_withNoColumns() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KernelMomentFalsification.withDefaults().test(new double[3][0],
                        new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("at least one covariate column"),
                error.getMessage());
    }

    @Test
    void test_rejectsCovariates_ofWrongRowCount() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KernelMomentFalsification.withDefaults().test(new double[4][1],
                        new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("expected 3 rows in the covariate matrix X"),
                error.getMessage());
        assertTrue(error.getMessage().contains("got 4"), error.getMessage());
    }

    @Test
    void test_rejectsMedianLengthscale_ofZero() {
        double[][] x = {{0}, {0}, {0}, {0}, {1}};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KernelMomentFalsification.withDefaults().test(x,
                        new double[] {1, -1, 2, 0.5, 1}));
        assertTrue(error.getMessage().contains("median pairwise distance"), error.getMessage());
        assertTrue(error.getMessage().contains("withLengthscale"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void withLengthscale_rejectsValue_notPositiveFinite(double value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KernelMomentFalsification.withDefaults().withLengthscale(value));
        assertTrue(error.getMessage().contains("got " + value), error.getMessage());
    }

    @Test
    void withBootstrapDraws_rejectsCount_belowOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KernelMomentFalsification.withDefaults().withBootstrapDraws(0));
        assertTrue(error.getMessage().contains("got 0"), error.getMessage());
    }

    /** Evaluates 1/(n(n-1)) sum over i != j of k(X_i, X_j) s_i s_j R_i R_j term by term. */
    private static double bruteForceStatistic(double[][] x, double[] r, double lengthscale,
            int[] signs) {
        int n = r.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double squared = 0;
                for (int c = 0; c < x[i].length; c++) {
                    squared += Math.pow(x[i][c] - x[j][c], 2);
                }
                double kernel = Math.exp(-squared / (2 * lengthscale * lengthscale));
                sum += kernel * signs[i] * signs[j] * r[i] * r[j];
            }
        }
        return sum / (n * (n - 1.0));
    }

    /** Counts all 2^n sign vectors whose statistic is at least the observed one. */
    private static double bruteForcePValue(double[][] x, double[] r, double lengthscale) {
        int n = r.length;
        double observed = bruteForceStatistic(x, r, lengthscale, allPositive(n));
        int count = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            int[] signs = new int[n];
            for (int i = 0; i < n; i++) {
                signs[i] = ((mask >> i) & 1) == 1 ? -1 : 1;
            }
            if (bruteForceStatistic(x, r, lengthscale, signs) >= observed) {
                count++;
            }
        }
        return count / (double) (1 << n);
    }

    private static int[] allPositive(int n) {
        int[] signs = new int[n];
        java.util.Arrays.fill(signs, 1);
        return signs;
    }

    private static double[][] standardiseIndependently(double[][] x) {
        int n = x.length;
        double mean = 0;
        for (double[] row : x) {
            mean += row[0] / n;
        }
        double variance = 0;
        for (double[] row : x) {
            variance += Math.pow(row[0] - mean, 2) / (n - 1);
        }
        double sd = Math.sqrt(variance);
        double[][] scaled = new double[n][1];
        for (int i = 0; i < n; i++) {
            scaled[i][0] = (x[i][0] - mean) / sd;
        }
        return scaled;
    }
}
