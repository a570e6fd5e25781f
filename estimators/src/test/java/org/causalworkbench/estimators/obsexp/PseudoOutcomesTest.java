package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the IPW and AIPW pseudo-outcomes, the task factor and their input validation. */
class PseudoOutcomesTest {

    /** Reference table R2: pi, weight for T = 1, weight for T = 0, v0, v1, v2 (4 decimals). */
    static Stream<Arguments> weightTable() {
        return Stream.of(
                Arguments.of(0.5, 2.0, -2.0, -2.0, 2.0, 0.0),
                Arguments.of(0.9, 1.1111, -10.0, -10.0, 1.1111, 0.0),
                Arguments.of(0.95, 1.0526, -20.0, -20.0, 1.0526, 0.0));
    }

    @ParameterizedTest
    @MethodSource("weightTable")
    void ipwWeight_matchesReferenceTable_r2(double pi, double treated, double control, double v0,
            double v1, double v2) {
        assertEquals(treated, PseudoOutcomes.ipwWeight(1, pi), 1e-4, "weight for T = 1");
        assertEquals(control, PseudoOutcomes.ipwWeight(0, pi), 1e-4, "weight for T = 0");
        double[] v = PseudoOutcomes.taskFactor(pi);
        assertEquals(v0, v[0], 1e-4, "v0");
        assertEquals(v1, v[1], 1e-4, "v1");
        assertEquals(v2, v[2], 0, "v2");
    }

    @Test
    void ipw_dividesByArmProbability_oneDimensionalExample() {
        double[] y = {2, 0.5, 3, 1};
        double[] t = {1, 0, 1, 0};
        assertArrayEquals(new double[] {4, -1, 6, -2}, PseudoOutcomes.ipw(y, t, 0.5), 1e-12);
    }

    @Test
    void adjustedTargets_subtractOmega_oneDimensionalExample() {
        double[][] x = {{-0.5}, {0}, {0.5}, {0.8}};
        double[] pseudo = PseudoOutcomes.ipw(new double[] {2, 0.5, 3, 1},
                new double[] {1, 0, 1, 0}, 0.5);
        double[] omega = ObservationalCate.paperSimulation().valuesAt(x);
        assertArrayEquals(new double[] {0.6875, 1, 2.6875, 4.36}, omega, 1e-12, "omega(X)");
        assertArrayEquals(new double[] {3.3125, -2, 3.3125, -6.36},
                PseudoOutcomes.adjustedTargets(pseudo, omega), 1e-12, "z");
    }

    @Test
    void residuals_subtractHypothesisedGap() {
        double[] r = PseudoOutcomes.residuals(new double[] {1, 2}, new double[] {0.5, -1});
        assertArrayEquals(new double[] {0.5, 3}, r, 0);
    }

    @Test
    void aipw_equalsTrueCate_noiselessLinearArms() {
        Random random = new Random(11);
        int n = 60;
        double[][] x = new double[n][2];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble() * 2 - 1;
            x[i][1] = random.nextGaussian();
            t[i] = i % 3 == 0 ? 1 : 0;
            y[i] = 2 + 3 * x[i][0] - x[i][1] + t[i] * (1 + 2 * x[i][0]);
        }
        AipwScores aipw = PseudoOutcomes.withDefaults().aipw(x, t, y, 1 / 3.0);
        double[] scores = aipw.scores();
        for (int i = 0; i < n; i++) {
            assertEquals(1 + 2 * x[i][0], scores[i], 1e-9, "phi at row " + i);
        }
        assertEquals(PseudoOutcomes.DEFAULT_FOLDS, aipw.folds(), "folds");
        assertEquals(3, aipw.treatedCoefficients()[0].length, "intercept plus two covariates");
    }

    @Test
    void aipw_isUnbiased_simulatedRct() {
        SimulatedRct rct = simulateRct();
        double[] phi = PseudoOutcomes.withDefaults().aipw(rct.x, rct.t, rct.y, 0.5).scores();
        double standardError = Math.sqrt(variance(phi) / phi.length);
        assertEquals(mean(rct.tau), mean(phi), 4 * standardError, "AIPW mean against mean tau");
    }

    @Test
    void aipw_reducesVariance_strongCovariateEffect() {
        SimulatedRct rct = simulateRct();
        double[] phi = PseudoOutcomes.withDefaults().aipw(rct.x, rct.t, rct.y, 0.5).scores();
        double[] ipw = PseudoOutcomes.ipw(rct.y, rct.t, 0.5);
        double ipwError = Math.sqrt(variance(ipw) / ipw.length);
        assertEquals(mean(rct.tau), mean(ipw), 4 * ipwError, "IPW mean against mean tau");
        assertTrue(variance(phi) < 0.2 * variance(ipw),
                "AIPW variance " + variance(phi) + " against IPW " + variance(ipw));
    }

    @Test
    void aipw_repeatsFolds_sameSeed() {
        SimulatedRct rct = sortedRct();
        PseudoOutcomes calculator = PseudoOutcomes.withDefaults().withFolds(4).withSeed(7);
        int[] first = calculator.aipw(rct.x, rct.t, rct.y, 0.5).foldOfRow();
        int[] again = calculator.aipw(rct.x, rct.t, rct.y, 0.5).foldOfRow();
        int[] other = calculator.withSeed(8).aipw(rct.x, rct.t, rct.y, 0.5).foldOfRow();
        assertArrayEquals(first, again, "same seed");
        assertNotEquals(Arrays.toString(first), Arrays.toString(other), "different seed");
    }

    @Test
    void aipw_balancesFolds_byArm() {
        SimulatedRct rct = sortedRct();
        int[] folds = PseudoOutcomes.withDefaults().withFolds(4)
                .aipw(rct.x, rct.t, rct.y, 0.5).foldOfRow();
        int[][] perArm = new int[2][4];
        for (int i = 0; i < folds.length; i++) {
            perArm[(int) rct.t[i]][folds[i]]++;
        }
        assertArrayEquals(new int[] {5, 5, 5, 5}, perArm[1], "treated rows per fold");
        assertArrayEquals(new int[] {5, 5, 5, 5}, perArm[0], "control rows per fold");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.2, 1.5, Double.NaN})
    void ipw_rejectsProbability_outsideOpenInterval(double pi) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PseudoOutcomes.ipw(new double[] {1}, new double[] {1}, pi));
        assertTrue(error.getMessage().contains("got " + pi), error.getMessage());
        assertTrue(error.getMessage().contains("strictly between 0 and 1"), error.getMessage());
    }

    @Test
    void ipw_rejectsTreatment_notZeroOrOne() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.ipw(new double[] {1, 2, 3, 4}, new double[] {0, 1, 0.5, 2},
                        0.5));
        assertTrue(error.getMessage().contains("row index 2"), error.getMessage());
        assertTrue(error.getMessage().contains("0.5"), error.getMessage());
    }

    @Test
    void ipw_rejectsArrays_ofDifferentLength() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.ipw(new double[] {1, 2, 3}, new double[] {0, 1}, 0.5));
        assertTrue(error.getMessage().contains("expected 3 rows in the treatment"),
                error.getMessage());
        assertTrue(error.getMessage().contains("got 2"), error.getMessage());
    }

    @Test
    void ipw_rejectsOutcome_notFinite() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.ipw(new double[] {1, Double.NaN}, new double[] {0, 1}, 0.5));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
        assertTrue(error.getMessage().contains("NaN"), error.getMessage());
    }

    @Test
    void adjustedTargets_rejectOmega_notFinite() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.adjustedTargets(new double[] {1, 2},
                        new double[] {0, Double.POSITIVE_INFINITY}));
        assertTrue(error.getMessage().contains("omega(X)"), error.getMessage());
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
    }

    @Test
    void withFolds_rejectsCount_belowTwo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PseudoOutcomes.withDefaults().withFolds(1));
        assertTrue(error.getMessage().contains("got 1"), error.getMessage());
    }

    @Test
    void aipw_rejectsFold_withTooFewArmRows() {
        double[][] x = {{0, 1}, {1, 0}, {2, 2}, {3, 1}, {4, 5}, {5, 3}, {6, 1}, {7, 2}};
        double[] t = {1, 1, 1, 0, 0, 0, 0, 0};
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.withDefaults().withFolds(2).aipw(x, t, y, 0.5));
        assertTrue(error.getMessage().contains("treated-arm regression"), error.getMessage());
        assertTrue(error.getMessage().contains("needs at least 3"), error.getMessage());
    }

    @Test
    void aipw_rejectsRows_fewerThanFolds() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.withDefaults().aipw(new double[3][0],
                        new double[] {0, 1, 0}, new double[] {1, 2, 3}, 0.5));
        assertTrue(error.getMessage().contains("at least 5 rows, got 3"), error.getMessage());
    }

    @Test
    void aipw_rejectsCovariate_constantWithinArm() {
        int n = 30;
        double[][] x = new double[n][2];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i % 2;
            x[i][0] = i;
            x[i][1] = t[i] == 1 ? 4 : i * 0.5;
            y[i] = i;
        }
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.withDefaults().aipw(x, t, y, 0.5));
        assertTrue(error.getMessage().contains("treated-arm regression"), error.getMessage());
        assertTrue(error.getMessage().contains("covariate column index 1"), error.getMessage());
    }

    @Test
    void aipw_rejectsCovariateRows_ofUnequalLength() {
        double[][] x = {{1}, {2}, {3, 4}, {5}, {6}};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> PseudoOutcomes.withDefaults().aipw(x, new double[] {0, 1, 0, 1, 0},
                        new double[] {1, 2, 3, 4, 5}, 0.5));
        assertTrue(error.getMessage().contains("row index 2"), error.getMessage());
    }

    /** Covariates, treatment, outcome and true CATE of a simulated RCT. */
    private record SimulatedRct(double[][] x, double[] t, double[] y, double[] tau) {
    }

    /**
     * Simulates 4000 rows with pi = 0.5, X uniform on (-1, 1)^2, tau(x) = 1 + x1 and arm means
     * that depend strongly on X, so IPW inherits the outcome variance and AIPW removes most of it.
     */
    private static SimulatedRct simulateRct() {
        Random random = new Random(2025);
        int n = 4000;
        double[][] x = new double[n][2];
        double[] t = new double[n];
        double[] y = new double[n];
        double[] tau = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble() * 2 - 1;
            x[i][1] = random.nextDouble() * 2 - 1;
            t[i] = random.nextDouble() < 0.5 ? 1 : 0;
            tau[i] = 1 + x[i][0];
            y[i] = 5 + 8 * x[i][0] - 6 * x[i][1] + t[i] * tau[i] + random.nextGaussian();
        }
        return new SimulatedRct(x, t, y, tau);
    }

    /** Builds 40 rows, the first 20 treated, with one covariate and a bounded outcome. */
    private static SimulatedRct sortedRct() {
        int n = 40;
        double[][] x = new double[n][1];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
            t[i] = i < 20 ? 1 : 0;
            y[i] = Math.sin(i);
        }
        return new SimulatedRct(x, t, y, new double[n]);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
