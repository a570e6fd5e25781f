package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the spillover process: seeding, the truth, the extensions and rejected settings. */
class SpilloverProcessTest {

    private static final SpilloverProcess SMALL = SpilloverProcess.withDefaults()
            .withDonors(40).withPrePeriods(30).withPostPeriods(10);

    @Test
    void generate_sameSeed_givesSamePanel() {
        SpilloverPanel first = SMALL.generate(7);
        SpilloverPanel second = SMALL.generate(7);
        assertArrayEquals(first.target(), second.target());
        assertArrayEquals(first.donor(39), second.donor(39));
        assertArrayEquals(first.invalidDonors(), second.invalidDonors());
        assertFalse(java.util.Arrays.equals(first.target(), SMALL.generate(8).target()));
    }

    @Test
    void generate_shapesFollowSettings() {
        SpilloverPanel panel = SMALL.generate(1);
        assertEquals(40, panel.donorCount());
        assertEquals(40, panel.periodCount());
        assertEquals(30, panel.prePeriods());
        assertEquals(10, panel.postPeriods());
        assertEquals(2.0, panel.trueEffect());
        assertEquals(-2.0, panel.spillover());
    }

    @ParameterizedTest
    @MethodSource("invalidCounts")
    void generate_marksRoundedShareInvalid(int donors, double share, int expected) {
        SpilloverProcess process = SMALL.withDonors(donors).withInvalidShare(share);
        SpilloverPanel panel = process.generate(3);
        assertEquals(expected, process.invalidDonorCount());
        assertEquals(expected, panel.invalidDonors().length);
        assertEquals(donors - expected, panel.validDonors().length);
        for (int i : panel.invalidDonors()) {
            assertTrue(panel.isInvalid(i));
        }
    }

    static Stream<Arguments> invalidCounts() {
        return Stream.of(Arguments.of(40, 0.8, 32), Arguments.of(10, 0.25, 3),
                Arguments.of(10, 0.0, 0), Arguments.of(10, 1.0, 10), Arguments.of(7, 0.5, 4));
    }

    @Test
    void generate_invalidDonorsVaryWithSeed() {
        assertFalse(java.util.Arrays.equals(SMALL.generate(1).invalidDonors(),
                SMALL.generate(2).invalidDonors()));
    }

    @Test
    void generate_spilloverHitsOnlyInvalidPostValues() {
        SpilloverPanel hit = SMALL.generate(5);
        SpilloverPanel clean = SMALL.withSpillover(0).generate(5);
        assertArrayEquals(clean.target(), hit.target());
        for (int i = 0; i < hit.donorCount(); i++) {
            for (int t = 0; t < hit.periodCount(); t++) {
                double expected = hit.isInvalid(i) && t >= 30 ? -2 : 0;
                assertEquals(expected, hit.donorOutcome(i, t) - clean.donorOutcome(i, t),
                        1e-12, "donor " + i + " period " + t);
            }
        }
    }

    @Test
    void generate_targetGainsEffectAfterIntervention() {
        double[] treated = SMALL.generate(5).target();
        double[] untreated = SMALL.withEffect(0).generate(5).target();
        for (int t = 0; t < treated.length; t++) {
            assertEquals(t >= 30 ? 2 : 0, treated[t] - untreated[t], 1e-12, "period " + t);
        }
    }

    @Test
    void generate_rampGrowsSpilloverLinearly() {
        SpilloverPanel ramped = SMALL.withSpilloverRamp(4).generate(9);
        SpilloverPanel clean = SMALL.withSpillover(0).generate(9);
        int donor = ramped.invalidDonors()[0];
        double[] expected = {-0.5, -1.0, -1.5, -2.0, -2.0, -2.0, -2.0, -2.0, -2.0, -2.0};
        for (int k = 0; k < 10; k++) {
            assertEquals(expected[k], ramped.donorOutcome(donor, 30 + k)
                    - clean.donorOutcome(donor, 30 + k), 1e-12, "post-period " + (k + 1));
        }
        assertArrayEquals(SMALL.generate(9).donor(donor), SMALL.withSpilloverRamp(1)
                .generate(9).donor(donor));
    }

    @Test
    void generate_latentShiftStepsEveryUnit() {
        SpilloverPanel shifted = SMALL.withLatentShift(3).generate(4);
        SpilloverPanel plain = SMALL.generate(4);
        for (int t = 0; t < 40; t++) {
            double step = t >= 30 ? 3 : 0;
            assertEquals(step, shifted.target()[t] - plain.target()[t], 1e-9, "target " + t);
            for (int i = 0; i < 40; i++) {
                assertEquals(step, shifted.donorOutcome(i, t) - plain.donorOutcome(i, t), 1e-9,
                        "donor " + i + " period " + t);
            }
        }
    }

    @Test
    void generate_withoutDonorNoise_givesIdenticalValidDonors() {
        SpilloverPanel panel = SMALL.withDonorNoise(0).generate(2);
        int[] valid = panel.validDonors();
        assertArrayEquals(panel.donor(valid[0]), panel.donor(valid[1]));
    }

    @Test
    void generate_withoutLatentNoise_givesStraightSignal() {
        // Without latent and slope noise the signal is a sum of 10 lines through N(0, 1)
        // intercepts, so its first differences are constant.
        SpilloverProcess smooth = SMALL.withLatentNoise(0).withSlopeNoise(0).withTargetNoise(0)
                .withEffect(0);
        double[] y = smooth.generate(6).target();
        for (int t = 2; t < y.length; t++) {
            assertEquals(y[1] - y[0], y[t] - y[t - 1], 1e-9, "period " + t);
        }
    }

    @Test
    void noiseLevels_matchPaperValues() {
        assertEquals(0.1, SpilloverProcess.NoiseLevel.LOW.standardDeviation());
        assertEquals(0.5, SpilloverProcess.NoiseLevel.MEDIUM.standardDeviation());
        assertEquals(1.0, SpilloverProcess.NoiseLevel.HIGH.standardDeviation());
        assertEquals(0.5, SMALL.withDonorNoise(SpilloverProcess.NoiseLevel.MEDIUM).settings()
                .donorNoise());
    }

    @Test
    void presets_holdDocumentedValues() {
        SpilloverProcess.Settings defaults = SpilloverProcess.withDefaults().settings();
        assertEquals(new SpilloverProcess.Settings(10, 120, 80, 20, 2, -2, 0.8, 0.1, 1, 0.1,
                0.1, 1, 0), defaults);
        SpilloverProcess.Settings paper = SpilloverProcess.paperPreset().settings();
        assertEquals(1000, paper.donors());
        assertEquals(100, paper.prePeriods());
        assertEquals(30, paper.postPeriods());
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void settings_rejectInvalidValues(Supplier<SpilloverProcess> change, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                change::get);
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad(() -> SMALL.withInvalidShare(1.2), "Invalid share of invalid donors 1.2"),
                bad(() -> SMALL.withInvalidShare(-0.1), "use a fraction in [0, 1]"),
                bad(() -> SMALL.withInvalidShare(Double.NaN), "share of invalid donors NaN"),
                bad(() -> SMALL.withDonorNoise(-0.5), "Invalid donor noise sigma_x -0.5"),
                bad(() -> SMALL.withLatentNoise(-1), "Invalid latent noise sigma_u -1.0"),
                bad(() -> SMALL.withSlopeNoise(-1), "Invalid slope noise sigma_delta -1.0"),
                bad(() -> SMALL.withTargetNoise(Double.POSITIVE_INFINITY),
                        "Invalid target noise sigma_y Infinity"),
                bad(() -> SMALL.withPrePeriods(2), "Invalid number of pre-intervention"
                        + " periods 2: use 3 or more"),
                bad(() -> SMALL.withPostPeriods(0), "post-intervention periods 0"),
                bad(() -> SMALL.withDonors(0), "Invalid number of donors 0"),
                bad(() -> SMALL.withLatents(0), "Invalid number of latents 0"),
                bad(() -> SMALL.withSpilloverRamp(0), "Invalid spillover ramp 0"),
                bad(() -> SMALL.withEffect(Double.NaN), "Invalid effect tau NaN"),
                bad(() -> SMALL.withSpillover(Double.NEGATIVE_INFINITY), "spillover gamma"),
                bad(() -> SMALL.withLatentShift(Double.NaN), "Invalid latent shift NaN"));
    }

    private static Arguments bad(Supplier<SpilloverProcess> change, String message) {
        return Arguments.of(change, message);
    }
}
