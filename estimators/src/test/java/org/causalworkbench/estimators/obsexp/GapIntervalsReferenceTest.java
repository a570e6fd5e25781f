package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces the one-dimensional reference case with fixed hyperparameters through the method's
 * public entry point: trial X = (-0.5, 0, 0.5, 0.8), T = (1, 0, 1, 0), Y = (2, 0.5, 3, 1),
 * &pi; = 0.5, &omega;(x) = 1 + 2x + 2.75x<sup>2</sup>, lengthscales 1 (gap) and 0.5 (nuisance),
 * &sigma;<sup>2</sup> = 0.25. The values were computed for this project from the posterior
 * formulas in double precision and cross-checked by explicit matrix inversion.
 */
class GapIntervalsReferenceTest {

    private static final double TOLERANCE = 1e-6;
    private static final TrialData TRIAL = new TrialData(
            new double[][] {{-0.5}, {0}, {0.5}, {0.8}}, new double[] {1, 0, 1, 0},
            new double[] {2, 0.5, 3, 1}, 0.5);

    private static double omega(double x) {
        return 1 + 2 * x + 2.75 * x * x;
    }

    private static GapModel model(double mean) {
        double[] omega = {omega(-0.5), omega(0), omega(0.5), omega(0.8)};
        return GapIntervals.withDefaults()
                .withHyperparameters(new GapHyperparameters(new double[] {1},
                        new double[] {0.5}, mean, 0.25))
                .fit(TRIAL, omega, ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static GapPrediction at(GapModel model, double x) {
        return model.predict(new double[][] {{x}}, new double[] {omega(x)}).get(0);
    }

    @Test
    void targets_matchReference() {
        double[] omega = {omega(-0.5), omega(0), omega(0.5), omega(0.8)};

        assertArrayEquals(new double[] {3.3125, -2, 3.3125, -6.36},
                GapIntervals.targets(TRIAL, omega), 1e-12);
    }

    @Test
    void fit_givesReferenceLikelihood() {
        assertEquals(3.024190, model(0).negativeLogLikelihoodPerPoint(), TOLERANCE);
        assertEquals(3.062297, model(0.3).negativeLogLikelihoodPerPoint(), TOLERANCE);
    }

    static Stream<Arguments> posterior() {
        return Stream.of(
                Arguments.of(0.0, -0.053276, 0.208771),
                Arguments.of(0.25, -0.366844, 0.159689),
                Arguments.of(1.0, -1.005629, 0.340441),
                Arguments.of(3.0, -0.124827, 0.996567),
                Arguments.of(10.0, 0.0, 1.0));
    }

    @ParameterizedTest(name = "x* = {0}")
    @MethodSource("posterior")
    void predict_givesReferenceMeanAndVariance(double x, double mean, double variance) {
        GapPrediction prediction = at(model(0), x);

        assertEquals(mean, prediction.mean(), TOLERANCE);
        assertEquals(variance, prediction.variance(), TOLERANCE);
    }

    @Test
    void predict_givesReferenceIntervals() {
        GapPrediction zero = at(model(0), 0);
        GapPrediction one = at(model(0), 1);
        GapPrediction far = at(model(0), 10);

        assertEquals(-0.948828, zero.gapLower(), TOLERANCE);
        assertEquals(0.842277, zero.gapUpper(), TOLERANCE);
        assertEquals(0.051172, zero.lower(), TOLERANCE);
        assertEquals(1.842277, zero.upper(), TOLERANCE);
        assertEquals(-2.149236, one.gapLower(), TOLERANCE);
        assertEquals(0.137978, one.gapUpper(), TOLERANCE);
        assertEquals(3.600764, one.lower(), TOLERANCE);
        assertEquals(5.887978, one.upper(), TOLERANCE);
        assertEquals(-1.96, far.gapLower(), TOLERANCE);
        assertEquals(1.96, far.gapUpper(), TOLERANCE);
    }

    static Stream<Arguments> shiftedMean() {
        return Stream.of(Arguments.of(0.0, -0.020189), Arguments.of(1.0, -0.930955),
                Arguments.of(3.0, 0.163236), Arguments.of(10.0, 0.3));
    }

    @ParameterizedTest(name = "x* = {0}")
    @MethodSource("shiftedMean")
    void predict_withMeanPointThree_givesReferenceMean(double x, double mean) {
        assertEquals(mean, at(model(0.3), x).mean(), TOLERANCE);
        assertEquals(at(model(0), x).variance(), at(model(0.3), x).variance(), 1e-12);
    }

    @Test
    void predict_neverWiderThanPriorBand() {
        GapModel model = model(0);
        for (double x = -20; x <= 20; x += 0.05) {
            GapPrediction prediction = at(model, x);
            assertTrue(prediction.gapUpper() - prediction.gapLower() <= 3.92 + 1e-12,
                    "width at " + x);
            assertEquals(prediction.gapLower() + omega(x), prediction.lower(), 1e-9);
        }
    }

    @Test
    void predict_flagsPointsOutsideSupport() {
        GapModel model = model(0);

        assertTrue(at(model, 0).inSupport());
        assertTrue(at(model, 1).inSupport());
        assertFalse(at(model, 3.5).inSupport());
        assertFalse(at(model, 10).inSupport());
    }

    @Test
    void fit_withWrongLengthscaleCount_rejects() {
        GapIntervals twoCovariates = GapIntervals.withDefaults().withHyperparameters(
                new GapHyperparameters(new double[] {1, 1}, new double[] {1, 1}, 0, 0.25));

        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> twoCovariates.fit(TRIAL,
                        new double[4], ProgressSink.NONE, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("2 lengthscales but the trial has 1"),
                error.getMessage());
    }

    @Test
    void trial_withPropensityOutsideUnitInterval_rejects() {
        for (double pi : List.of(0.0, 1.0, -0.2, 1.5, Double.NaN)) {
            IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> new TrialData(
                            new double[][] {{0}, {1}, {2}, {3}}, new double[] {1, 0, 1, 0},
                            new double[] {1, 2, 3, 4}, pi));
            assertTrue(error.getMessage().contains("strictly between 0 and 1"),
                    error.getMessage());
        }
    }

    @Test
    void trial_withNonBinaryTreatment_namesRow() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new TrialData(
                        new double[][] {{0}, {1}, {2}, {3}, {4}}, new double[] {1, 0, 2, 0, 1},
                        new double[] {1, 2, 3, 4, 5}, 0.5));

        assertTrue(error.getMessage().contains("trial row 3"), error.getMessage());
    }

    @Test
    void uniformBound_matchesHandComputedMultiplier() {
        // 2 (7 ln(1 + 1e8) + 21 ln 2 - ln 0.05) = 292.993..., whose root is 17.1170.
        assertEquals(17.1170, UniformBound.multiplier(7, 21, 1e-8, 0.05), 1e-4);
        assertTrue(UniformBound.multiplier(1, 0, 1e-8, 0.05)
                > UniformBound.multiplier(1, 0, 1e-8, 0.5));
    }
}
