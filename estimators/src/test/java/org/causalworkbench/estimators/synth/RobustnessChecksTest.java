package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.api.Test;

/** Checks the in-time placebo and leave-one-out refits on a panel with an exact mixture. */
class RobustnessChecksTest {

    @Test
    void inTime_rejectsTimeOutsidePrePeriod() {
        SyntheticControlSetup setup = PredictorSyntheticControlTest.setup(PredictorSyntheticControlTest.table());
        RobustnessChecks checks = RobustnessChecks.withDefaults();

        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> checks.inTime(setup, 10));
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> checks.inTime(setup, 2));

        assertTrue(late.getMessage().contains("placebo time 10"), late.getMessage());
        assertTrue(early.getMessage().contains("placebo time 2"), early.getMessage());
    }

    @Test
    void leaveOneOut_dropsMixtureDonors() {
        SyntheticControlSetup setup = PredictorSyntheticControlTest.setup(PredictorSyntheticControlTest.table());
        RobustnessChecks.LeaveOneOut loo = RobustnessChecks.withDefaults().leaveOneOut(setup,
                ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(List.of("B", "D"), loo.leftOut());
        assertEquals(0, loo.full().att(), 1e-9);
        assertEquals(0, loo.refits().get(0).weightOf("B"));
        assertTrue(loo.refits().get(0).preRmspe() > 0);
    }
}
