package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the GP-gap generator: closed forms, supports, reproducibility and the outcome model. */
class GpGapSimulationTest {

    /** A small grid keeps the Cholesky factorisation in these tests to milliseconds. */
    private static final GpGapSimulation SMALL = GpGapSimulation.withDefaults()
            .withGridSize(300)
            .withEvaluationSizes(400, 400);

    static Stream<Arguments> observationalCateReferenceValues() {
        return Stream.of(
                Arguments.of(-1.0, 1.75),
                Arguments.of(0.0, 1.0),
                Arguments.of(1.0, 5.75),
                Arguments.of(2.0, 16.0),
                Arguments.of(-3.0, 19.75));
    }

    @ParameterizedTest
    @MethodSource("observationalCateReferenceValues")
    void truthOmega_matchesReferenceValue_generatedData(double x1, double expected) {
        TrueEffects truth = SMALL.generate(1).truth();

        assertEquals(expected, truth.omega(new double[] {x1}), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("observationalCateReferenceValues")
    void confoundedArmMean_differsByOmega(double x1, double expected) {
        double difference = GpGapSimulation.confoundedArmMean(1, x1)
                - GpGapSimulation.confoundedArmMean(0, x1);

        assertEquals(expected, difference, 1e-12);
    }

    @Test
    void generate_returnsSameData_sameSeed() {
        SimulatedData first = SMALL.generate(42);
        SimulatedData second = SMALL.generate(42);

        assertEquals(first.experimental(), second.experimental());
        assertEquals(first.observational(), second.observational());
        assertEquals(first.inSupport(), second.inSupport());
        assertEquals(first.outOfSupport(), second.outOfSupport());
    }

    @Test
    void generate_returnsOtherData_otherSeed() {
        SimulatedData first = SMALL.generate(42);
        SimulatedData second = SMALL.generate(43);

        assertNotEquals(first.experimental(), second.experimental());
        assertNotEquals(first.truth().delta(new double[] {0.3}),
                second.truth().delta(new double[] {0.3}));
    }

    @Test
    void generate_keepsGapFunctions_otherSampleSize() {
        double[] point = {0.37};
        double before = SMALL.generate(5).truth().delta(point);
        double after = SMALL.withExperimentalSize(50).generate(5).truth().delta(point);

        assertEquals(before, after, 0.0);
    }

    @Test
    void generate_usesRequestedSizes_defaults() {
        SimulatedData data = SMALL.generate(3);

        assertEquals(200, data.experimental().size());
        assertEquals(1000, data.observational().orElseThrow().size());
        assertEquals(400, data.inSupport().size());
        assertEquals(400, data.outOfSupport().size());
        assertEquals(0.5, data.treatmentProbability());
        assertEquals(List.of("x1"), data.covariateNames());
    }

    @Test
    void generate_omitsObservationalSample_sizeZero() {
        SimulatedData data = SMALL.withObservationalSize(0).generate(3);

        assertTrue(data.observational().isEmpty());
    }

    @Test
    void generate_drawsEachSampleInItsSupport() {
        SimulatedData data = SMALL.withDimension(3).generate(8);
        SimulatedSample rct = data.experimental();
        SimulatedSample observational = data.observational().orElseThrow();

        for (int i = 0; i < rct.size(); i++) {
            for (int j = 0; j < 3; j++) {
                assertTrue(Math.abs(rct.covariate(i, j)) <= 1, "RCT covariate in [-1, 1]");
            }
        }
        for (int i = 0; i < observational.size(); i++) {
            for (int j = 0; j < 3; j++) {
                assertTrue(Math.abs(observational.covariate(i, j)) <= 3,
                        "observational covariate in [-3, 3]");
            }
        }
    }

    @Test
    void generate_drawsBothSides_outOfSupport() {
        EvaluationPoints points = SMALL.withDimension(2).generate(4).outOfSupport();
        int negative = 0;
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < 2; j++) {
                double value = points.covariate(i, j);
                assertTrue(Math.abs(value) > 1, "|x| above 1: " + value);
                assertTrue(Math.abs(value) < 3, "|x| below 3: " + value);
                negative += value < 0 ? 1 : 0;
            }
        }

        // 800 coordinates with a fair sign: 400 expected, SD about 14.
        assertTrue(negative > 300, "negative coordinates: " + negative);
        assertTrue(negative < 500, "negative coordinates: " + negative);
    }

    @Test
    void generate_drawsAboveOne_upperSideOnly() {
        EvaluationPoints points = SMALL.withOutOfSupportDraw(OutOfSupportDraw.UPPER_SIDE_ONLY)
                .generate(4).outOfSupport();

        for (int i = 0; i < points.size(); i++) {
            double value = points.covariate(i, 0);
            assertTrue(value > 1, "x above 1: " + value);
            assertTrue(value < 3, "x below 3: " + value);
        }
    }

    @Test
    void generate_storesTruthAtEachRow() {
        SimulatedData data = SMALL.generate(9);
        SimulatedSample rct = data.experimental();
        double[][] x = rct.covariates();
        double[] tau = rct.trueTau();
        double[] omega = rct.trueOmega();
        double[] delta = rct.trueDelta();

        for (int i = 0; i < x.length; i++) {
            assertEquals(data.truth().tau(x[i]), tau[i], 0.0);
            assertEquals(data.truth().omega(x[i]), omega[i], 0.0);
            assertEquals(data.truth().delta(x[i]), delta[i], 0.0);
            assertEquals(tau[i] - omega[i], delta[i], 1e-12);
        }
    }

    @Test
    void generate_shiftsRctOutcomes_noNoise() {
        SimulatedData data = SMALL.withNoiseSd(0).generate(10);
        GpGapTruth truth = (GpGapTruth) data.truth();
        SimulatedSample rct = data.experimental();
        double[][] x = rct.covariates();

        for (int i = 0; i < rct.size(); i++) {
            int t = rct.treatment(i);
            double expected = GpGapSimulation.confoundedArmMean(t, x[i][0])
                    + truth.armShift(t, x[i]);
            assertEquals(expected, rct.outcome(i), 1e-12);
        }
    }

    @Test
    void truthDelta_isTreatedMinusUntreatedShift() {
        GpGapTruth truth = (GpGapTruth) SMALL.generate(10).truth();

        for (double x1 = -3; x1 <= 3; x1 += 0.25) {
            double[] point = {x1};
            assertEquals(truth.armShift(1, point) - truth.armShift(0, point),
                    truth.delta(point), 0.0);
        }
    }

    @Test
    void generate_leavesObservationalOutcomesConfounded_noNoise() {
        SimulatedSample observational = SMALL.withNoiseSd(0).generate(11).observational()
                .orElseThrow();

        for (int i = 0; i < observational.size(); i++) {
            double expected = GpGapSimulation.confoundedArmMean(observational.treatment(i),
                    observational.covariate(i, 0));
            assertEquals(expected, observational.outcome(i), 1e-12);
        }
    }

    @Test
    void generate_hasNoiseOfRequestedSd_observational() {
        SimulatedSample observational = SMALL.withObservationalSize(20000).generate(12)
                .observational().orElseThrow();
        double sumOfSquares = 0;
        for (int i = 0; i < observational.size(); i++) {
            double residual = observational.outcome(i) - GpGapSimulation.confoundedArmMean(
                    observational.treatment(i), observational.covariate(i, 0));
            sumOfSquares += residual * residual;
        }

        // The variance estimate has relative SD sqrt(2/n) = 1 %, so 5 % is 5 SDs.
        assertEquals(0.25, sumOfSquares / observational.size(), 0.25 * 0.05);
    }

    @Test
    void settings_chooseGapFunctionByDimension() {
        assertEquals(GapFunctionType.RBF_GRID, SMALL.settings().effectiveGapFunction());
        assertEquals(GapFunctionType.RANDOM_FOURIER_FEATURES,
                SMALL.withDimension(2).settings().effectiveGapFunction());
    }

    @Test
    void withDimension_rejectsRbfGrid_twoCovariates() {
        GpGapSimulation rbf = SMALL.withGapFunction(GapFunctionType.RBF_GRID);

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> rbf.withDimension(2));
        assertTrue(error.getMessage().contains("random Fourier features"), error.getMessage());
    }

    @Test
    void withTreatmentProbability_rejectsOne() {
        assertThrows(IllegalArgumentException.class, () -> SMALL.withTreatmentProbability(1));
    }

    @Test
    void generate_usesRff_oneCovariateOnRequest() {
        SimulatedData data = SMALL.withGapFunction(GapFunctionType.RANDOM_FOURIER_FEATURES)
                .withFeatureCount(50).generate(13);

        // A grid function is constant on cells of width 6/299, but an RFF function is not.
        double left = data.truth().delta(new double[] {0.0001});
        double right = data.truth().delta(new double[] {0.0002});
        assertNotEquals(left, right);
    }
}
