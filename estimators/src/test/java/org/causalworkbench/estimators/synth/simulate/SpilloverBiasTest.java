package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Checks the Monte Carlo biases of the ALL and VALID strategies against their exact
 * expectations. Donors are exchangeable before the intervention and the weights use only
 * pre-period data, so the expected weight on invalid donors is their share and
 * {@code E[bias_ALL] = -gamma * share * mean ramp}, while {@code E[bias_VALID] = 0}.
 *
 * <p>With 40 donors, T0 = 30, 10 post-periods, sigma_x = 0.1 and 400 replicates the observed
 * SDs were about 0.31 (ALL) and 0.035 (VALID), so 4 standard errors are about 0.06 and 0.007.
 */
class SpilloverBiasTest {

    private static final int REPLICATES = 400;

    private static final SpilloverProcess SMALL = SpilloverProcess.withDefaults()
            .withDonors(40).withPrePeriods(30).withPostPeriods(10);

    private static SpilloverStudyResult study(SpilloverProcess process) {
        return SpilloverReplicateRunner.of(process).withReplicates(REPLICATES).withBaseSeed(17)
                .run(ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static void assertWithinFourSe(double expected, StrategyBias bias, double maxSe) {
        assertTrue(bias.standardError() < maxSe, "standard error too large for the check: "
                + bias);
        assertEquals(expected, bias.mean(), 4 * bias.standardError(), bias.toString());
    }

    @ParameterizedTest
    @MethodSource("biasCases")
    void allDonors_biasedByMinusGammaTimesShare(double share, double gamma, double expected) {
        SpilloverStudyResult result = study(SMALL.withInvalidShare(share).withSpillover(gamma));
        assertWithinFourSe(expected, result.summary("ALL"), 0.03);
        assertWithinFourSe(0, result.summary("VALID"), 0.005);
    }

    static Stream<Arguments> biasCases() {
        return Stream.of(Arguments.of(0.8, -2, 1.6), Arguments.of(0.5, -2, 1.0),
                Arguments.of(0.8, 1, -0.8));
    }

    @Test
    void lowNoise_validBiasFarSmallerThanAll() {
        SpilloverStudyResult result = study(SMALL);
        assertTrue(result.summary("VALID").sd() < result.summary("ALL").sd() / 4,
                result.summaries().toString());
        assertTrue(result.summary("ALL").quantile(0.025) > 0.5, result.summary("ALL")
                .toString());
    }

    @Test
    void ramp_scalesAllBiasByMeanRamp() {
        // R = 10 over 10 post-periods: the ramp averages (1 + ... + 10) / 100 = 0.55.
        SpilloverStudyResult ramped = study(SMALL.withSpilloverRamp(10));
        assertWithinFourSe(1.6 * 0.55, ramped.summary("ALL"), 0.03);
        assertArrayEquals(study(SMALL).summary("VALID").values(),
                ramped.summary("VALID").values(), "valid donors carry no spillover");
    }

    @Test
    void latentShift_cancelsInSyntheticControl() {
        // Every unit loads on the common signal with weight one and the weights sum to one, so
        // the step drops out of the gap for every strategy. Only a forecast screen detects it.
        SpilloverStudyResult plain = study(SMALL);
        SpilloverStudyResult shifted = study(SMALL.withLatentShift(5));
        for (String strategy : plain.strategies()) {
            double[] expected = plain.summary(strategy).values();
            double[] actual = shifted.summary(strategy).values();
            for (int r = 0; r < REPLICATES; r++) {
                assertEquals(expected[r], actual[r], 1e-9, strategy + " replicate " + r);
            }
        }
    }
}
