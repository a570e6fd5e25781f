package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that the primal and dual ridge forms give the same screen. */
class RidgeFormTest {

    /** Random-walk donors around a shared factor, the first unit playing the treated one. */
    private static SyntheticControlSetup randomPanel(int donors, int periods, long seed) {
        Random random = new Random(seed);
        double[] factor = new double[periods];
        for (int t = 1; t < periods; t++) {
            factor[t] = factor[t - 1] + random.nextGaussian();
        }
        double[][] values = new double[donors + 1][periods];
        List<String> units = new ArrayList<>();
        for (int u = 0; u <= donors; u++) {
            units.add("unit" + u);
            double loading = 0.5 + random.nextDouble();
            for (int t = 0; t < periods; t++) {
                values[u][t] = 10 + loading * factor[t] + 0.5 * random.nextGaussian();
            }
        }
        double[] times = Panels.periods(periods);
        Panel panel = Panels.build(units, times, (u, t) -> values[u][t]);
        return SyntheticControlSetup.of(panel, "unit0", periods - 2, List.of());
    }

    private static DonorScreenResult screen(SyntheticControlSetup setup, DonorScreen screen) {
        return screen.screen(setup, ProgressSink.NONE, CancellationToken.NEVER);
    }

    /** 8 donors and 14 transitions, then 40 donors and 9 transitions. */
    @ParameterizedTest(name = "donors={0}")
    @ValueSource(ints = {8, 40})
    void primalAndDual_agree(int donors) {
        SyntheticControlSetup setup = randomPanel(donors, donors == 8 ? 17 : 12, donors);
        DonorScreen base = DonorScreen.withDefaults().withPenalty(0.7);
        DonorScreenResult primal = screen(setup, base.withRidgeForm(DonorScreen.RidgeForm.PRIMAL));
        DonorScreenResult dual = screen(setup, base.withRidgeForm(DonorScreen.RidgeForm.DUAL));

        assertFalse(primal.dualForm());
        assertTrue(dual.dualForm());
        for (int j = 0; j < donors; j++) {
            DonorScore p = primal.scores().get(j);
            DonorScore d = dual.scores().get(j);
            assertEquals(p.forecast(), d.forecast(), 1e-9, p.donor());
            assertEquals(p.predictiveSd(), d.predictiveSd(), 1e-9, p.donor());
            assertEquals(p.zScore(), d.zScore(), 1e-9, p.donor());
            assertEquals(p.rank(), d.rank(), p.donor());
        }
    }

    @Test
    void automaticForm_picksDualForWidePools() {
        SyntheticControlSetup wide = randomPanel(40, 12, 3);
        SyntheticControlSetup tall = randomPanel(5, 30, 3);

        assertTrue(screen(wide, DonorScreen.withDefaults()).dualForm());
        assertFalse(screen(tall, DonorScreen.withDefaults()).dualForm());
    }
}
