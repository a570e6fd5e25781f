package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Checks invalid sensitivity inputs and the what-if loop's progress and cancellation. */
class SpilloverSensitivitySettingsTest {

    private static SyntheticControlSetup setup(List<String> excluded) {
        double[] times = Panels.periods(10);
        return SyntheticControlSetup.of(Panels.build(List.of("T", "A", "B", "C", "D"), times,
                (u, t) -> 5 + u + Math.sin(0.9 * t * (u + 1))), "T", 8, excluded);
    }

    private static SpilloverSensitivity excludingCAndD() {
        SyntheticControlSetup kept = setup(List.of("C", "D"));
        return SpilloverSensitivity.of(kept, SyntheticControl.withDefaults().fit(kept),
                List.of("C", "D"));
    }

    private static void assertRejected(Executable call, String fragment) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
    }

    @Test
    void fit_ofOtherSetupRejected() {
        SyntheticControlSetup full = setup(List.of());
        SyntheticControlResult otherFit = SyntheticControl.withDefaults()
                .fit(setup(List.of("D")));
        assertRejected(() -> SpilloverSensitivity.of(full, otherFit, List.of()),
                "not the fit of this setup");
    }

    @Test
    void excludedDonor_unknownRejected() {
        SyntheticControlSetup kept = setup(List.of("D"));
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(kept);
        assertRejected(() -> SpilloverSensitivity.of(kept, fit, List.of("Z")), "'Z'");
        assertRejected(() -> SpilloverSensitivity.of(kept, fit, List.of("T")), "treated unit");
    }

    @Test
    void surface_invalidArgumentsRejected() {
        SpilloverSensitivity sensitivity = excludingCAndD();
        assertRejected(() -> sensitivity.effectSurface(new double[] {1}, new double[] {0.5}, 0),
                "got 0");
        assertRejected(() -> sensitivity.effectSurface(new double[] {-1}, new double[] {0.5},
                1), "got -1.0");
        assertRejected(() -> sensitivity.effectSurface(new double[] {1}, new double[] {1.5}, 1),
                "got 1.5");
        assertRejected(() -> sensitivity.falseNegativeBound(Double.NaN), "got NaN");
    }

    @Test
    void whatIf_reportsOneStepPerRefit() {
        RecordingProgress sink = new RecordingProgress();
        List<WhatIfRow> rows = excludingCAndD().whatIf(SyntheticControl.withDefaults(), sink,
                CancellationToken.NEVER);

        assertEquals(3, rows.size());
        assertEquals(3, sink.workDone());
        assertEquals(3, sink.totalWork());
    }

    @Test
    void whatIf_stopsWhenCancelled() {
        SpilloverSensitivity sensitivity = excludingCAndD();
        assertThrows(CancellationException.class, () -> sensitivity.whatIf(
                SyntheticControl.withDefaults(), ProgressSink.NONE, () -> true));
    }

    @Test
    void whatIf_emptyWithoutExclusions() {
        SyntheticControlSetup full = setup(List.of());
        SpilloverSensitivity sensitivity = SpilloverSensitivity.of(full,
                SyntheticControl.withDefaults().fit(full), List.of());

        assertTrue(sensitivity.whatIf(SyntheticControl.withDefaults(), ProgressSink.NONE,
                CancellationToken.NEVER).isEmpty());
        assertEquals(0, sensitivity.falsePositiveBound());
    }

    @Test
    void gamma_overflowingBoundRejected() {
        assertRejected(() -> excludingCAndD().falseNegativeBound(5e307),
                "makes the false-negative bound N·max|β|·Γ overflow");
    }
}
