package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Checks that invalid screen settings are rejected with a message naming value and fix. */
class DonorScreenSettingsTest {

    /** Four donors over 12 periods, intervention at period 10 (9 pre-periods). */
    private static SyntheticControlSetup smallSetup() {
        return smallSetup(10);
    }

    private static SyntheticControlSetup smallSetup(double intervention) {
        double[] times = Panels.periods(12);
        return SyntheticControlSetup.of(Panels.build(List.of("T", "A", "B", "C", "D"), times,
                (u, t) -> 5 + u + Math.sin(0.7 * t * (u + 1)) + 0.1 * t * u), "T", intervention,
                List.of());
    }

    private static void run(DonorScreen screen) {
        screen.screen(smallSetup(), ProgressSink.NONE, CancellationToken.NEVER);
    }

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(error.getMessage().contains(fragment), error.getMessage());
        }
    }

    @Test
    void keepCount_largerThanPool() {
        assertRejected(() -> run(DonorScreen.withDefaults().withKeepCount(5)), "n = 5",
                "pool of 4", "at most 4");
    }

    @Test
    void keepCount_notPositive() {
        assertRejected(() -> DonorScreen.withDefaults().withKeepCount(0), "at least 1", "got 0");
    }

    @Test
    void level_outsideUnitInterval() {
        for (double phi : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            assertRejected(() -> DonorScreen.withDefaults().withLevel(phi), "strictly between",
                    "got " + phi);
        }
    }

    @Test
    void window_leavesNoPrePeriod() {
        assertRejected(() -> run(DonorScreen.withDefaults().withWindow(4)), "window of 4",
                "2 pre-period bucket(s)", "at most 3");
    }

    @Test
    void screen_sameAtExtremeScales() {
        double[] times = Panels.periods(12);
        DonorScreenResult reference = null;
        for (double scale : new double[] {1, 1e300, 1e-300}) {
            SyntheticControlSetup setup = SyntheticControlSetup.of(Panels.build(
                    List.of("T", "A", "B", "C", "D"), times, (u, t) -> scale * (5 + u
                            + Math.sin(0.7 * t * (u + 1)) + 0.1 * t * u)), "T", 10, List.of());
            DonorScreenResult result = DonorScreen.withDefaults().screen(setup,
                    ProgressSink.NONE, CancellationToken.NEVER);
            if (reference == null) {
                reference = result;
            }
            for (int j = 0; j < 4; j++) {
                DonorScore expected = reference.scores().get(j);
                DonorScore actual = result.scores().get(j);
                assertEquals(expected.forecast(), actual.forecast(), 1e-9, "scale " + scale);
                assertEquals(expected.zScore(), actual.zScore(), 1e-9, "scale " + scale);
                assertEquals(expected.rank(), actual.rank(), "scale " + scale);
            }
        }
    }

    @Test
    void shortPrePeriod_suggestsLaterIntervention() {
        // Intervention at period 3 leaves two pre-period periods, too few for any window.
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DonorScreen.withDefaults().screen(smallSetup(3), ProgressSink.NONE,
                        CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("choose a later intervention time"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("at most 0"), error.getMessage());
    }

    @Test
    void window_longerThanPostPeriod() {
        // Intervention at period 12 leaves one post-period period.
        assertRejected(() -> DonorScreen.withDefaults().withWindow(2).screen(smallSetup(12),
                ProgressSink.NONE, CancellationToken.NEVER), "window of 2", "1 post-period",
                "at most 1");
    }

    @Test
    void anchored_withoutTrustedDonors() {
        assertRejected(() -> run(DonorScreen.withDefaults().withAnchor(AnchorMode.ANCHORED)),
                "at least one trusted donor");
    }

    @Test
    void trustedDonor_notInPool() {
        assertRejected(() -> run(DonorScreen.withDefaults().withAnchor(AnchorMode.ANCHORED)
                .withTrustedDonors(List.of("A", "Atlantis"))), "'Atlantis'", "not in the donor pool");
    }

    @Test
    void penalty_notPositive() {
        assertRejected(() -> DonorScreen.withDefaults().withPenalty(0), "ridge penalty",
                "got 0.0");
        assertRejected(() -> DonorScreen.withDefaults().withCrossValidatedPenalty(1, -1),
                "got -1.0");
        assertRejected(() -> DonorScreen.withDefaults().withCrossValidatedPenalty(),
                "grid is empty");
    }

    @Test
    void prior_notPositive() {
        assertRejected(() -> DonorScreen.withDefaults().withPrior(0, 1), "prior shape a0");
        assertRejected(() -> DonorScreen.withDefaults().withPrior(1, -2), "prior scale b0");
    }

    @Test
    void leaveOneOut_stopsWhenCancelled() {
        DonorScreen screen = DonorScreen.withDefaults().withAnchor(AnchorMode.LEAVE_ONE_OUT);
        assertThrows(CancellationException.class,
                () -> screen.screen(smallSetup(), ProgressSink.NONE, () -> true));
    }

    @Test
    void leaveOneOut_reportsOneStepPerDonor() {
        RecordingProgress sink = new RecordingProgress();
        DonorScreen.withDefaults().withAnchor(AnchorMode.LEAVE_ONE_OUT)
                .screen(smallSetup(), sink, CancellationToken.NEVER);
        assertEquals(4, sink.workDone());
        assertEquals(4, sink.totalWork());
    }
}
