package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;

/**
 * Plants a spillover that starts two periods after the intervention, which the first post
 * period cannot show but a three-period bucket ranks first.
 */
class DonorScreenWindowTest {

    private static final int DONORS = 12;
    private static final int PERIODS = 48;
    private static final int INTERVENTION = 37;
    private static final int SPILLED = 4;

    /** Donors load on one stationary AR(1) factor with small idiosyncratic noise. */
    private static SyntheticControlSetup delayedPanel() {
        Random random = new Random(7);
        double[] factor = new double[PERIODS];
        for (int t = 1; t < PERIODS; t++) {
            factor[t] = 0.8 * factor[t - 1] + random.nextGaussian();
        }
        List<String> units = new ArrayList<>();
        double[][] values = new double[DONORS + 1][PERIODS];
        for (int u = 0; u <= DONORS; u++) {
            units.add(u == 0 ? "treated" : "donor" + (u - 1));
            double loading = 0.5 + random.nextDouble();
            for (int t = 0; t < PERIODS; t++) {
                // Index t is time t + 1, so the onset is two periods after the intervention.
                boolean spilled = u - 1 == SPILLED && t + 1 >= INTERVENTION + 2;
                values[u][t] = 10 + loading * factor[t] + 0.3 * random.nextGaussian()
                        + (spilled ? 4 : 0);
            }
        }
        double[] times = Panels.periods(PERIODS);
        Panel panel = Panels.build(units, times, (u, t) -> values[u][t]);
        return SyntheticControlSetup.of(panel, "treated", INTERVENTION, List.of());
    }

    private static DonorScore spilledScore(DonorScreen screen) {
        return screen.screen(delayedPanel(), ProgressSink.NONE, CancellationToken.NEVER)
                .scores().get(SPILLED);
    }

    @Test
    void firstPeriod_missesDelayedOnset() {
        DonorScore score = spilledScore(DonorScreen.withDefaults());

        assertTrue(score.rank() > 1, "rank " + score.rank());
    }

    @Test
    void threePeriodWindow_catchesDelayedOnset() {
        DonorScore score = spilledScore(DonorScreen.withDefaults().withWindow(3));

        assertEquals(1, score.rank());
        assertTrue(score.error() > 0);
    }
}
