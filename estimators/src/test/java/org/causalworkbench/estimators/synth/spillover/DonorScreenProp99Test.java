package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the lag screen on California's Proposition 99 panel with 15 packs subtracted from
 * Utah's 1989–2000 sales, a post-only spillover on the most heavily weighted donor.
 */
class DonorScreenProp99Test {

    private static final PanelSpec SPEC =
            new PanelSpec("state", "year", "cigsale", "Proposition 99");

    /**
     * Utah's z-score under the default prior IG(0.001, 0.001), reproduced by an independent
     * NumPy computation of the same normal–inverse-gamma formulas.
     */
    private static final double UTAH_Z = -4.2681;

    private static SyntheticControlSetup setup;

    @BeforeAll
    static void plantSpillover() {
        Panel panel = PanelReader.read(SharedDatasets.require("smoking_data.csv"), SPEC);
        setup = SyntheticControlSetup.of(Panels.shifted(panel, "Utah", 1989, -15),
                "California", 1989, List.of());
    }

    private static DonorScreenResult screen(DonorScreen screen) {
        return screen.screen(setup, ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void lagScreen_ranksUtahFirst() {
        DonorScreenResult result = screen(DonorScreen.withDefaults().withPenalty(1));
        DonorScore utah = result.scoreOf("Utah").orElseThrow();

        assertEquals(38, result.scores().size());
        assertEquals(18, result.fittingRows());
        assertEquals(1, utah.rank());
        assertTrue(utah.flagged());
        assertFalse(result.keptByInterval().contains("Utah"));
    }

    /**
     * A frequentist ridge variance RSS / (n − trace(H) − 1) gives z = −4.148 on the same data.
     * The conjugate posterior instead divides x'x − μ'Λμ, the RSS plus λ‖μ‖², by n + 2a0, so its
     * z-score differs by about 3%.
     */
    @Test
    void lagScreen_givesUtahNegativeZ() {
        DonorScore utah = screen(DonorScreen.withDefaults()).scoreOf("Utah").orElseThrow();

        assertEquals(UTAH_Z, utah.zScore(), 1e-3);
        assertEquals(utah.error() / utah.predictiveSd(), utah.zScore(), 1e-12);
        assertTrue(utah.error() < 0);
    }

    @Test
    void lagScreen_keepsSmallestErrorsUnderS1() {
        DonorScreenResult result = screen(DonorScreen.withDefaults().withKeepCount(30));

        assertEquals(30, result.keptByTopN().size());
        assertFalse(result.keptByTopN().contains("Utah"));
        double largestKept = result.scores().stream().filter(DonorScore::keptByTopN)
                .mapToDouble(DonorScore::score).max().orElseThrow();
        double smallestDropped = result.scores().stream().filter(s -> !s.keptByTopN())
                .mapToDouble(DonorScore::score).min().orElseThrow();
        assertTrue(largestKept <= smallestDropped);
    }

    @Test
    void lagScreen_boundsIntervalByLevel() {
        DonorScreenResult narrow = screen(DonorScreen.withDefaults().withLevel(0.8));
        DonorScreenResult wide = screen(DonorScreen.withDefaults().withLevel(0.99));

        for (int j = 0; j < narrow.scores().size(); j++) {
            DonorScore inner = narrow.scores().get(j);
            DonorScore outer = wide.scores().get(j);
            assertTrue(outer.lower() < inner.lower(), inner.donor());
            assertTrue(outer.upper() > inner.upper(), inner.donor());
        }
        assertTrue(narrow.keptByInterval().size() <= wide.keptByInterval().size());
    }

    @Test
    void crossValidation_picksGridMinimum() {
        double[] grid = {0.01, 0.1, 1, 10, 100};
        DonorScreenResult result = screen(DonorScreen.withDefaults()
                .withCrossValidatedPenalty(grid));
        DonorScreenResult.CrossValidation search = result.crossValidation().orElseThrow();

        double[] errors = search.meanSquaredErrors();
        int best = 0;
        for (int g = 1; g < errors.length; g++) {
            if (errors[g] < errors[best]) {
                best = g;
            }
        }
        assertEquals(grid[best], result.penalty());
    }

    /** The leave-one-out anchor is the weaker detector here: Utah ranks fifth, not first. */
    @Test
    void leaveOneOut_ranksUtahAmongSuspects() {
        DonorScreenResult result = screen(DonorScreen.withDefaults()
                .withAnchor(AnchorMode.LEAVE_ONE_OUT));
        DonorScore utah = result.scoreOf("Utah").orElseThrow();

        assertEquals(38, result.scores().size());
        assertTrue(utah.error() < 0);
        assertTrue(utah.flagged());
        assertTrue(utah.rank() <= 5, "Utah's leave-one-out rank is " + utah.rank());
    }

    @Test
    void window_bucketsWithoutStraddling() {
        DonorScreenResult result = screen(DonorScreen.withDefaults().withWindow(4));

        // 19 pre-period years give 4 buckets of 4 (1970–1972 dropped), so 3 transitions; the
        // 12 post-period years fill 3 buckets exactly.
        assertEquals(3, result.fittingRows());
        assertEquals(1, result.notes().size());
        assertTrue(result.notes().get(0).contains("first 3 pre-period"), result.notes().get(0));
    }
}
