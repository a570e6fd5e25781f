package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;

/** Checks the band test's bins, its decisions under both corrections and bad inputs. */
class BandFalsificationTest {

    private static final int ROWS = 500;

    @Test
    void test_doesNotReject_bandContainingTruth() {
        Simulated data = simulate(1);
        BandResult result = BandFalsification.withDefaults()
                .test(data.residuals, data.covariate, shift(data.gap, -0.5), shift(data.gap, 0.5));
        assertFalse(result.rejected(), "p = " + result.pValue());
        assertEquals(FalsificationVerdict.NOT_FALSIFIED, result.verdict(), "verdict");
        assertEquals(5, result.bins().size(), "bins");
        for (BandBin bin : result.bins()) {
            assertEquals(100, bin.rows(), "rows of bin " + bin.index());
            assertFalse(bin.rejected(), "bin " + bin.index());
        }
    }

    @Test
    void test_rejectsEveryBin_shiftedBand() {
        Simulated data = simulate(2);
        BandResult result = BandFalsification.withDefaults()
                .test(data.residuals, data.covariate, shift(data.gap, 0.5), shift(data.gap, 1.5));
        assertTrue(result.rejected(), "p = " + result.pValue());
        assertEquals(FalsificationVerdict.FALSIFIED.text(), result.verdictText(), "verdict");
        assertEquals("F3 band test", result.testName(), "name");
        for (BandBin bin : result.bins()) {
            assertTrue(bin.rejected(), "bin " + bin.index());
            assertTrue(bin.statistic() > 3, "statistic of bin " + bin.index());
        }
    }

    @Test
    void test_ordersBins_byBinningValue() {
        Simulated data = simulate(3);
        BandResult result = BandFalsification.withDefaults().withBins(4)
                .test(data.residuals, data.covariate, shift(data.gap, -1), shift(data.gap, 1));
        double previousMaximum = Double.NEGATIVE_INFINITY;
        for (BandBin bin : result.bins()) {
            assertTrue(bin.minimumValue() > previousMaximum, "bin " + bin.index() + " order");
            assertTrue(bin.minimumValue() <= bin.maximumValue(), "bin " + bin.index() + " range");
            previousMaximum = bin.maximumValue();
        }
    }

    /**
     * Builds five bins of two rows, m - 1 and m + 1, so that se_b = 1 and, with a zero band,
     * z_b = |m_b|. The p-values 0.001, 0.012, 0.013, 0.3 and 0.4 put only the first below
     * alpha / 5 = 0.01, while Holm's thresholds 0.01, 0.0125, 0.0167 and 0.025 admit three.
     */
    @Test
    void holm_rejectsMoreBinsThanBonferroni_constructedCase() {
        double[] pValues = {0.001, 0.012, 0.013, 0.3, 0.4};
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double[] residuals = new double[10];
        double[] binning = new double[10];
        for (int b = 0; b < 5; b++) {
            double mean = normal.inverseCumulativeProbability(1 - pValues[b]);
            residuals[2 * b] = mean - 1;
            residuals[2 * b + 1] = mean + 1;
            binning[2 * b] = 2 * b;
            binning[2 * b + 1] = 2 * b + 1;
        }
        double[] zero = new double[10];

        BandResult bonferroni = BandFalsification.withDefaults().test(residuals, binning, zero,
                zero);
        BandResult holm = BandFalsification.withDefaults()
                .withCorrection(MultipleTestingCorrection.HOLM)
                .test(residuals, binning, zero, zero);
        for (int b = 0; b < 5; b++) {
            assertEquals(pValues[b], bonferroni.bins().get(b).pValue(), 1e-12, "p of bin " + b);
            assertEquals(1.0, bonferroni.bins().get(b).standardError(), 1e-12, "se of bin " + b);
        }
        assertArrayEquals(new boolean[] {true, false, false, false, false}, rejected(bonferroni),
                "Bonferroni");
        assertArrayEquals(new boolean[] {true, true, true, false, false}, rejected(holm), "Holm");
        assertTrue(bonferroni.rejected(), "Bonferroni overall");
        assertTrue(holm.rejected(), "Holm overall");
        assertEquals(0.005, bonferroni.pValue(), 1e-12, "Bonferroni overall p");
        assertEquals(0.005, holm.pValue(), 1e-12, "Holm overall p");
        assertEquals(0.048, holm.bins().get(1).adjustedPValue(), 1e-12, "Holm adjusted p");
        assertEquals(0.048, holm.bins().get(2).adjustedPValue(), 1e-12,
                "Holm adjusted p, kept monotone");
    }

    @Test
    void holm_rejectsEveryBinBonferroniRejects_randomCases() {
        Random random = new Random(12);
        BandFalsification bonferroni = BandFalsification.withDefaults().withBins(6);
        BandFalsification holm = bonferroni.withCorrection(MultipleTestingCorrection.HOLM);
        for (int trial = 0; trial < 200; trial++) {
            int n = 60;
            double[] residuals = new double[n];
            double[] binning = new double[n];
            for (int i = 0; i < n; i++) {
                binning[i] = i;
                residuals[i] = random.nextGaussian() + (i / 10) * random.nextDouble() * 0.4;
            }
            double[] zero = new double[n];
            boolean[] weaker = rejected(bonferroni.test(residuals, binning, zero, zero));
            BandResult stronger = holm.test(residuals, binning, zero, zero);
            for (int b = 0; b < weaker.length; b++) {
                assertTrue(!weaker[b] || rejected(stronger)[b], "trial " + trial + ", bin " + b);
            }
            assertEquals(bonferroni.test(residuals, binning, zero, zero).rejected(),
                    stronger.rejected(), "overall decision of trial " + trial);
        }
    }

    @Test
    void test_mergesTiedEdges_binaryBinningValue() {
        int n = 40;
        double[] residuals = new double[n];
        double[] binning = new double[n];
        for (int i = 0; i < n; i++) {
            binning[i] = i < 30 ? 0 : 1;
            residuals[i] = Math.sin(i);
        }
        BandResult result = BandFalsification.withDefaults()
                .test(residuals, binning, fill(n, -5), fill(n, 5));
        assertEquals(2, result.bins().size(), "distinct bins");
        assertEquals(5, result.requestedBins(), "requested bins");
        assertEquals(30, result.bins().get(0).rows(), "rows with value 0");
        assertEquals(10, result.bins().get(1).rows(), "rows with value 1");
    }

    @Test
    void test_givesPValueZero_constantResidualsOutsideBand() {
        double[] residuals = {2, 2, 0.1, -0.1};
        double[] binning = {0, 1, 2, 3};
        BandResult result = BandFalsification.withDefaults().withBins(2)
                .test(residuals, binning, fill(4, -1), fill(4, 1));
        assertEquals(0, result.bins().get(0).standardError(), 0, "se of constant bin");
        assertEquals(0, result.bins().get(0).pValue(), 0, "p of constant bin outside band");
        assertTrue(result.bins().get(0).rejected(), "constant bin rejected");
        assertFalse(result.bins().get(1).rejected(), "second bin inside band");
    }

    @Test
    void test_rejectsBin_withOneRow() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> BandFalsification.withDefaults().test(new double[] {1, 2, 3, 4, 5},
                        new double[] {1, 2, 3, 4, 5}, fill(5, -1), fill(5, 1)));
        assertTrue(error.getMessage().contains("has 1 row"), error.getMessage());
        assertTrue(error.getMessage().contains("at least 2"), error.getMessage());
        assertTrue(error.getMessage().contains("at most 2 for 5 rows"), error.getMessage());
    }

    @Test
    void test_rejectsBand_lowerAboveUpper() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> BandFalsification.withDefaults().test(new double[] {1, 2, 3},
                        new double[] {1, 2, 3}, new double[] {0, 2, 0},
                        new double[] {1, 1, 1}));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
        assertTrue(error.getMessage().contains("2.0 > 1.0"), error.getMessage());
    }

    @Test
    void test_rejectsBinningValues_ofWrongLength() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> BandFalsification.withDefaults().test(new double[] {1, 2, 3},
                        new double[] {1, 2}, fill(3, 0), fill(3, 0)));
        assertTrue(error.getMessage().contains("expected 3 rows in the binning values"),
                error.getMessage());
        assertTrue(error.getMessage().contains("got 2"), error.getMessage());
    }

    @Test
    void test_rejectsResidual_notFinite() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> BandFalsification.withDefaults().test(
                        new double[] {1, Double.NaN, 3, 4}, new double[] {1, 2, 3, 4},
                        fill(4, 0), fill(4, 0)));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
    }

    @Test
    void withBins_rejectsCount_belowOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BandFalsification.withDefaults().withBins(0));
        assertTrue(error.getMessage().contains("got 0"), error.getMessage());
    }

    /** RCT residuals R = Delta(X) + noise with Delta(x) = x and X uniform on (-1, 1). */
    private record Simulated(double[] covariate, double[] gap, double[] residuals) {
    }

    private static Simulated simulate(long seed) {
        Random random = new Random(seed);
        double[] covariate = new double[ROWS];
        double[] gap = new double[ROWS];
        double[] residuals = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            covariate[i] = random.nextDouble() * 2 - 1;
            gap[i] = covariate[i];
            residuals[i] = gap[i] + random.nextGaussian();
        }
        return new Simulated(covariate, gap, residuals);
    }

    private static double[] shift(double[] values, double offset) {
        double[] shifted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shifted[i] = values[i] + offset;
        }
        return shifted;
    }

    private static double[] fill(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static boolean[] rejected(BandResult result) {
        boolean[] flags = new boolean[result.bins().size()];
        for (int b = 0; b < flags.length; b++) {
            flags[b] = result.bins().get(b).rejected();
        }
        return flags;
    }
}
