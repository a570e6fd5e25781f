package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the average-gap t test against reference case R8 and its input validation. */
class AverageGapFalsificationTest {

    /** R8: residuals, mean, SD, t, Student-t p (11 df), normal p, rejected at 0.05. */
    static Stream<Arguments> referenceVectors() {
        return Stream.of(
                Arguments.of("alternative", FalsificationVectors.ALTERNATIVE, -0.670212,
                        0.727778, -3.190096, 8.605e-3, 1.422e-3, true),
                Arguments.of("null", FalsificationVectors.NULL, 0.117667, 0.305396, 1.334690,
                        0.208946, 0.181978, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceVectors")
    void test_matchesReferenceValues_r8(String name, double[] residuals, double mean, double sd,
            double t, double pStudent, double pNormal, boolean rejected) {
        AverageGapResult result = AverageGapFalsification.withDefaults().test(residuals);
        assertEquals(12, result.rows(), "rows");
        assertEquals(11, result.degreesOfFreedom(), "degrees of freedom");
        assertEquals(mean, result.mean(), 1e-6, "mean");
        assertEquals(sd, result.standardDeviation(), 1e-6, "SD");
        assertEquals(t, result.statistic(), 1e-6, "t");
        assertEquals(pStudent, result.pValue(), 1e-3 * pStudent, "Student-t p");
        assertEquals(pNormal, result.normalPValue(), 1e-3 * pNormal, "normal p");
        assertEquals(rejected, result.rejected(), "rejected at 0.05");
        assertEquals(FalsificationVerdict.of(rejected).text(), result.verdictText(), "verdict");
        assertEquals("F1 average-gap t test", result.testName(), "name");
    }

    @Test
    void test_doesNotReject_atStricterLevel() {
        AverageGapResult result = AverageGapFalsification.withDefaults().withAlpha(0.005)
                .test(FalsificationVectors.ALTERNATIVE);
        assertEquals(0.005, result.alpha(), 0, "alpha");
        assertTrue(!result.rejected(), "p = 0.0086 is above 0.005");
    }

    @Test
    void test_rejectsResiduals_fewerThanTwo() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AverageGapFalsification.withDefaults().test(new double[] {1.5}));
        assertTrue(error.getMessage().contains("at least 2 residuals, got 1"),
                error.getMessage());
    }

    @Test
    void test_rejectsResiduals_allEqual() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AverageGapFalsification.withDefaults().test(new double[] {0.3, 0.3, 0.3}));
        assertTrue(error.getMessage().contains("all 3 residuals equal 0.3"), error.getMessage());
        assertTrue(error.getMessage().contains("standard deviation is 0"), error.getMessage());
    }

    @Test
    void test_rejectsResidual_notFinite() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AverageGapFalsification.withDefaults().test(
                        new double[] {0.1, Double.NaN, 0.2}));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.05, Double.NaN})
    void withAlpha_rejectsLevel_outsideOpenInterval(double alpha) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AverageGapFalsification.withDefaults().withAlpha(alpha));
        assertTrue(error.getMessage().contains("got " + alpha), error.getMessage());
    }
}
