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

/**
 * Plants a latent shock common to every donor at the intervention plus a spillover in one donor,
 * and checks that only the anchored screen singles out the spilled donor.
 */
class DonorScreenAnchoredTest {

    private static final int DONORS = 20;
    private static final int PERIODS = 30;
    private static final int INTERVENTION = 26;
    private static final int SPILLED = 7;
    private static final List<String> TRUSTED = List.of("donor0", "donor1", "donor2");

    /**
     * Donors load on one random-walk factor, which jumps by 8 at the intervention. Donor 7 also
     * drops by 6 times its loading, so its jump is smaller than the others'.
     */
    private static SyntheticControlSetup shockedPanel() {
        Random random = new Random(20251008);
        double[] factor = new double[PERIODS];
        for (int t = 1; t < PERIODS; t++) {
            factor[t] = factor[t - 1] + random.nextGaussian() + (t == INTERVENTION - 1 ? 8 : 0);
        }
        List<String> units = new ArrayList<>();
        units.add("treated");
        double[][] values = new double[DONORS + 1][PERIODS];
        for (int u = 0; u <= DONORS; u++) {
            if (u > 0) {
                units.add("donor" + (u - 1));
            }
            double loading = 0.5 + random.nextDouble();
            for (int t = 0; t < PERIODS; t++) {
                boolean spilled = u - 1 == SPILLED && t >= INTERVENTION - 1;
                values[u][t] = 20 + loading * factor[t] + 0.2 * random.nextGaussian()
                        - (spilled ? 6 * loading : 0);
            }
        }
        double[] times = Panels.periods(PERIODS);
        Panel panel = Panels.build(units, times, (u, t) -> values[u][t]);
        return SyntheticControlSetup.of(panel, "treated", INTERVENTION, List.of());
    }

    private static DonorScreenResult screen(DonorScreen screen) {
        return screen.screen(shockedPanel(), ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void lagScreen_isMisledByCommonShock() {
        DonorScreenResult result = screen(DonorScreen.withDefaults());
        DonorScore spilled = result.scores().get(SPILLED);

        assertTrue(spilled.rank() > 1, "rank " + spilled.rank());
        assertTrue(result.keptByInterval().size() < DONORS / 2,
                "S2 keeps " + result.keptByInterval());
    }

    @Test
    void anchoredScreen_removesCommonShock() {
        DonorScreenResult result = screen(DonorScreen.withDefaults()
                .withAnchor(AnchorMode.ANCHORED).withTrustedDonors(TRUSTED));
        DonorScore spilled = result.scores().get(SPILLED);

        assertEquals(TRUSTED, result.trustedDonors());
        assertEquals(1, spilled.rank());
        assertTrue(spilled.flagged());
        assertTrue(spilled.error() < 0);
        assertEquals(DONORS - 1, result.keptByInterval().size(), result.keptByInterval()::toString);
        assertFalse(result.keptByInterval().contains("donor" + SPILLED));
    }

    @Test
    void anchoredScreen_shiftsErrorsByAnchorMean() {
        DonorScreenResult lag = screen(DonorScreen.withDefaults());
        DonorScreenResult anchored = screen(DonorScreen.withDefaults()
                .withAnchor(AnchorMode.ANCHORED).withTrustedDonors(TRUSTED));

        double anchorMean = 0;
        for (int k = 0; k < TRUSTED.size(); k++) {
            anchorMean += lag.scores().get(k).error() / TRUSTED.size();
        }
        for (int j = 0; j < DONORS; j++) {
            assertEquals(lag.scores().get(j).error() - anchorMean,
                    anchored.scores().get(j).error(), 1e-12);
        }
    }

    @Test
    void anchoredScreen_keepsTrustedDonors() {
        List<String> trusted = List.of("donor0", "donor" + SPILLED);
        DonorScreenResult result = screen(DonorScreen.withDefaults()
                .withAnchor(AnchorMode.ANCHORED).withTrustedDonors(trusted).withKeepCount(3));
        DonorScore spilled = result.scores().get(SPILLED);

        assertTrue(spilled.flagged());
        assertTrue(spilled.keptByTopN());
        assertTrue(spilled.keptByInterval());
        assertTrue(result.keptByTopN().containsAll(trusted), result.keptByTopN()::toString);
        assertTrue(result.keptByInterval().containsAll(trusted),
                result.keptByInterval()::toString);
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Rule S1")
                && n.contains("donor" + SPILLED)), result.notes()::toString);
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Rule S2")
                && n.contains("donor" + SPILLED)), result.notes()::toString);
    }
}
